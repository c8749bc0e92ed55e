// The "at a glance" block of the PDF cover: the share page's decision strip (buildGlance in
// lib/domain/report/glance.ts) written as label/value lines, so the cover and the strip say the
// same thing from the same model. Amounts are compact here; the tables inside have them exact.
import { buildGlance, type GlanceCandidate } from "@/lib/domain/report/glance";
import type { LabelValue, ProjectReport } from "@/lib/domain/report/types";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const scoreLine = (score: number, reason: string) => `${score} / 5${reason ? ` — ${reason}` : ""}`;

function decisionLine(report: ProjectReport): LabelValue {
  const { decision } = buildGlance(report);
  if (decision.basis === "none") return { label: "Solution", value: decision.note || "None selected or proposed yet" };
  const describe = (c: GlanceCandidate) =>
    decision.basis === "selected" ? c.title : `${c.title} (feasibility ${c.feasibility.score}, value ${c.value?.score ?? "—"})`;
  const label =
    decision.basis === "selected"
      ? decision.candidates.length > 1
        ? "Selected solutions"
        : "Selected solution"
      : "Leading candidates (none selected yet)";
  return { label, value: decision.candidates.map(describe).join("; ") };
}

/** The cover's decision lines, in reading order. */
export function coverGlance(report: ProjectReport): LabelValue[] {
  const g = buildGlance(report);
  const first = g.decision.candidates[0];
  const lines: LabelValue[] = [
    {
      label: "Problem",
      value: g.problem
        ? `${g.problem.title}${g.problem.businessMetric ? ` (measured by ${g.problem.businessMetric})` : ""}`
        : "No business problem yet",
    },
    decisionLine(report),
  ];
  if (first) {
    lines.push({ label: "Feasibility", value: scoreLine(first.feasibility.score, first.feasibility.reason) });
    lines.push({
      label: "Value",
      value: first.value ? scoreLine(first.value.score, first.value.reason) : (first.missing ?? "No value estimate yet"),
    });
    if (first.trend) lines.push({ label: "Trend", value: first.trend.label });
    if (first.value && g.payback)
      lines.push({
        label: "Net value a year",
        value: `${first.value.netPerYear} · ${g.payback.breakEven ? `break-even ${g.payback.breakEven}` : g.payback.text}`,
      });
  }
  const s = g.schedule;
  const late = report.milestones.timeline.rows.filter((r) => r.isLate).length;
  lines.push({
    label: "Schedule",
    value:
      s.milestoneCount === 0
        ? "No milestones yet"
        : [
            s.nextMilestone ? `next: "${s.nextMilestone.title}", due ${s.nextMilestone.dueLabel}` : "every milestone is done",
            s.endLabel ? `ends ${s.endLabel}` : null,
            late ? `${plural(late, "milestone")} late` : null,
          ]
            .filter(Boolean)
            .join(" · "),
  });
  lines.push({
    label: "Budget",
    value: g.budget
      ? `${g.budget.planned} planned, ${g.budget.actual} spent${g.budget.costNote ? `; ${g.budget.costNote}` : ""}`
      : "No budget yet",
  });
  return lines;
}
