import type { ProjectAccess } from "@/lib/db/access";
import type { ProjectReport } from "@/lib/domain/report/types";
import { PrioritizationChart, type ChartPoint } from "@/components/scoping/prioritization-chart";
import { StatusBadge } from "@/components/scoping/status-badge";
import { Card, EmptyState } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { Table, TBody, Td, Th, THeadRow, Tr } from "@/components/ui/table";
import { ChartFigure } from "./chart-figure";
import { SharedSolution } from "./shared-solution";

const FOCUS_INTRO = {
  selected: "The evidence behind the solution the team selected.",
  top_ranked: "No solution is selected yet, so this shows the evidence of the highest-scored one.",
  none: "",
} as const;

/**
 * The prioritization chart of every solution, then the full evidence of the selected (or best-scored) ones:
 * the report's prioritization and focus, built with the share link's focus (`pickSharedFocus`).
 */
export function SharedEvidence({ access, report }: { access: ProjectAccess; report: ProjectReport }) {
  const { currency } = report.project;
  const { summary, solutions: rows } = report.prioritization;
  const points: ChartPoint[] = rows.flatMap((r, i) =>
    r.value === null
      ? []
      : [
          {
            id: r.id,
            n: i + 1,
            title: r.title,
            feasibility: r.feasibility,
            value: r.value,
            cost: r.yearlyCost ?? 0,
            roiLabel: r.roiLabel ?? "—",
            costLabel: r.yearlyCostLabel ?? "—",
            status: r.status,
          },
        ],
  );
  // Simple rules (non-ML) with a value estimate sit on the same chart as squares R1, R2…, numbered after the solutions.
  const rules: ChartPoint[] = report.prioritization.rules.map((r, i) => ({
    id: r.id,
    n: rows.length + i + 1,
    title: r.title,
    feasibility: r.feasibility,
    value: r.value,
    cost: r.yearlyCost,
    roiLabel: r.roiLabel,
    costLabel: r.yearlyCostLabel,
    status: "rule",
  }));
  const focus = report.focus;

  return (
    <Section id="evidence" title="Feasibility evidence" className="scroll-mt-4 space-y-6" headingClassName="text-xl font-semibold">
      {rows.length === 0 ? (
        <EmptyState title="No solutions yet.">The team has not listed candidate solutions for this project yet.</EmptyState>
      ) : (
        <div className="space-y-6">
          <Card
            title="Value × feasibility"
            description="Each numbered marker is a solution with a value assessment, placed by its feasibility score (x, 1–5) and value score (y, 1–5); the legend and the table give its name. The dashed lines at 3 split high from low."
          >
            <ChartFigure id="prioritization" name="Prioritization chart: value and feasibility of the solutions" summary={summary}>
              {points.length || rules.length ? (
                <PrioritizationChart points={points} rules={rules} />
              ) : (
                <p className="text-sm text-slate-600">No solution has a value assessment yet, so none can be placed on the chart.</p>
              )}
            </ChartFigure>
          </Card>
          <Card title="Scores">
            <Table caption="Feasibility and value of every solution" scroll>
              <THeadRow columns={["Solution", "Feasibility", "Value", { label: `ROI / year (${currency})`, numeric: true }]} />
              <TBody>
                {rows.map((r, i) => (
                  <Tr key={r.id}>
                    <Th scope="row" className="font-normal">
                      <span className="font-medium text-slate-900">
                        {i + 1}. {r.title}
                      </span>{" "}
                      <StatusBadge status={r.status} />
                      <span className="block text-xs text-slate-500">{r.problemTitle}</span>
                    </Th>
                    <Td>{r.feasibility}/5</Td>
                    <Td>{r.value ? `${r.value}/5` : "not scored"}</Td>
                    <Td numeric>{r.roiLabel ?? "—"}</Td>
                  </Tr>
                ))}
                {report.prioritization.rules.map((r) => (
                  <Tr key={r.id}>
                    <Th scope="row" className="font-normal">
                      <span className="font-medium text-slate-900">
                        {r.tag}. {r.title}
                      </span>{" "}
                      <span className="block text-xs text-slate-500">Simple rule (non-ML) for &ldquo;{r.solutionTitle}&rdquo;</span>
                    </Th>
                    <Td>{r.feasibility}/5</Td>
                    <Td>{r.value}/5</Td>
                    <Td numeric>{r.roiLabel}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </Card>
        </div>
      )}
      {focus.basis !== "none" && <p className="text-sm text-slate-700">{FOCUS_INTRO[focus.basis]}</p>}
      {focus.solutions.map((s) => (
        <SharedSolution key={s.id} access={access} solution={s} />
      ))}
    </Section>
  );
}
