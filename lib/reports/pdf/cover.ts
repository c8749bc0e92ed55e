// The "at a glance" block of the PDF cover: the decision a director reads first (problem, chosen
// solution or leading candidates, scores with their main reason, trend, value and break-even,
// schedule, budget), as label/value lines drawn from the report model. Pure; the share page's
// strip (lib/domain/report/glance.ts) says the same from the same model.
import { dateLabel } from "@/lib/domain/dates";
import { formatCompactMoney } from "@/lib/domain/plan/money";
import type { LabelValue, ProjectReport } from "@/lib/domain/report/types";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The reason that moved a score most (the first on a tie), or null when none did. */
function mainReason(reasons: readonly { effect: number; text: string }[]): string | null {
  const moved = reasons.filter((r) => r.effect !== 0);
  if (moved.length === 0) return reasons[0]?.text ?? null;
  return moved.reduce((a, r) => (Math.abs(r.effect) > Math.abs(a.effect) ? r : a)).text;
}

function solutionLine(report: ProjectReport): LabelValue {
  const { basis, solutions } = report.focus;
  if (basis === "selected")
    return { label: solutions.length > 1 ? "Selected solutions" : "Selected solution", value: solutions.map((s) => s.title).join("; ") };
  const open = report.prioritization.solutions
    .filter((s) => s.status !== "rejected")
    .sort((a, b) => (b.value ?? 0) + b.feasibility - ((a.value ?? 0) + a.feasibility));
  if (basis === "top_ranked" && open.length)
    return {
      label: "Leading candidates (none selected yet)",
      value: open
        .slice(0, 3)
        .map((s) => `${s.title} (feasibility ${s.feasibility}, value ${s.value ?? "—"})`)
        .join("; "),
    };
  return { label: "Solution", value: "None selected or proposed yet" };
}

function scheduleLine(report: ProjectReport): LabelValue {
  const rows = report.milestones.timeline.rows;
  if (rows.length === 0) return { label: "Schedule", value: "No milestones yet" };
  const next = rows
    .filter((r) => r.status !== "done")
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))[0];
  const end = rows.reduce((d, r) => (r.dueDate > d ? r.dueDate : d), rows[0]!.dueDate);
  const late = rows.filter((r) => r.isLate).length;
  return {
    label: "Schedule",
    value: [
      next ? `next: "${next.title}", due ${dateLabel(next.dueDate)}` : "every milestone is done",
      `ends ${dateLabel(end)}`,
      late ? `${plural(late, "milestone")} late` : null,
    ]
      .filter(Boolean)
      .join(" · "),
  };
}

/** The cover's decision lines, in reading order. Amounts are compact; the tables inside have them exact. */
export function coverGlance(report: ProjectReport): LabelValue[] {
  const s = report.focus.solutions[0];
  const p = report.payback;
  const money = (v: number) => formatCompactMoney(v, report.project.currency);
  const problem = s?.problem ?? report.problems[0];
  const lines: LabelValue[] = [
    {
      label: "Problem",
      value: problem
        ? `${problem.title}${problem.businessMetric ? ` (measured by ${problem.businessMetric})` : ""}`
        : "No business problem yet",
    },
    solutionLine(report),
  ];
  if (s) {
    const feasibility = mainReason(s.feasibility.reasons);
    lines.push({ label: "Feasibility", value: `${s.feasibility.score} / 5${feasibility ? ` — ${feasibility}` : ""}` });
    lines.push({
      label: "Value",
      value: s.value ? `${s.value.score} / 5${s.value.scoreReason ? ` — ${s.value.scoreReason}` : ""}` : "No usable value estimate yet",
    });
    if (s.trend) lines.push({ label: "Trend", value: `${s.trend.verdictLabel} (${s.trend.metricName})` });
  }
  if (p && !p.unavailable)
    lines.push({
      label: "Net value a year",
      value: `${money(p.yearlyValueAmount)} · break-even ${p.breakEven ?? `not within ${plural(p.horizonYears, "year")}`}`,
    });
  lines.push(scheduleLine(report));
  const b = report.budget;
  lines.push({
    label: "Budget",
    value:
      b.lineCount === 0
        ? "No budget yet"
        : `${money(b.total.plannedValue)} planned, ${money(b.total.actualValue)} spent${
            p?.costNote ? `; the payback counts ${money(p.totalCostAmount)} (actual amounts where recorded)` : ""
          }`,
  });
  return lines;
}
