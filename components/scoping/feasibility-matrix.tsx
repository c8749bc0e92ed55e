import { DATA_TYPE_LABEL, SYSTEM_STATE_LABEL, type DataType, type SystemState } from "@/lib/domain/scoping/feasibility";
import { cn } from "@/lib/utils";

const EVIDENCE: Record<DataType, Record<SystemState, string>> = {
  unstructured: { new_system: "Human-level performance", existing_system: "Human-level performance + project history" },
  structured: { new_system: "Predictive features available?", existing_system: "New predictive features + project history" },
};

/** The 2 × 2 feasibility matrix with the solution's cell highlighted. */
export function FeasibilityMatrix({ dataType, systemState }: { dataType: DataType; systemState: SystemState }) {
  const rows: DataType[] = ["unstructured", "structured"];
  const cols: SystemState[] = ["new_system", "existing_system"];
  return (
    <table className="w-full max-w-xl border-collapse text-sm">
      <caption className="mb-1 text-left text-xs text-slate-500">
        Feasibility matrix: the highlighted cell decides which evidence to gather.
      </caption>
      <thead>
        <tr>
          <td />
          {cols.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 text-left font-medium text-slate-600">
              {SYSTEM_STATE_LABEL[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r}>
            <th scope="row" className="px-2 py-1 text-left font-medium text-slate-600">
              {DATA_TYPE_LABEL[r]}
            </th>
            {cols.map((c) => {
              const current = r === dataType && c === systemState;
              return (
                <td
                  key={c}
                  aria-current={current ? "true" : undefined}
                  className={cn(
                    "border px-3 py-2",
                    current ? "border-brand-500 bg-brand-50 font-semibold text-brand-700" : "border-slate-200 text-slate-500",
                  )}
                >
                  {EVIDENCE[r][c]}
                  {current && <span className="sr-only"> (this solution)</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
