import { DATA_TYPE_LABEL, SYSTEM_STATE_LABEL, type DataType, type SystemState } from "@/lib/domain/scoping/feasibility";
import { cn } from "@/lib/utils";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

const EVIDENCE: Record<DataType, Record<SystemState, string>> = {
  unstructured: { new_system: "Human-level performance", existing_system: "Human-level performance + project history" },
  structured: { new_system: "Predictive features available?", existing_system: "New predictive features + project history" },
};

/** The 2 × 2 feasibility matrix with the solution's cell highlighted. */
export function FeasibilityMatrix({ dataType, systemState }: { dataType: DataType; systemState: SystemState }) {
  const rows: DataType[] = ["unstructured", "structured"];
  const cols: SystemState[] = ["new_system", "existing_system"];
  return (
    <Table
      caption="Feasibility matrix: the highlighted cell decides which evidence to gather."
      showCaption
      scroll
      className="max-w-xl border-collapse"
    >
      <THead>
        <Tr>
          <Td />
          {cols.map((c) => (
            <Th key={c} className="pl-3">
              {SYSTEM_STATE_LABEL[c]}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r}>
            <Th scope="row" className="font-medium text-slate-600">
              {DATA_TYPE_LABEL[r]}
            </Th>
            {cols.map((c) => {
              const current = r === dataType && c === systemState;
              return (
                <Td
                  key={c}
                  aria-current={current ? "true" : undefined}
                  className={cn(
                    "border px-3",
                    current ? "border-brand-500 bg-brand-50 font-semibold text-brand-700" : "border-slate-200 text-slate-500",
                  )}
                >
                  {EVIDENCE[r][c]}
                  {current && <span className="sr-only"> (this solution)</span>}
                </Td>
              );
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
