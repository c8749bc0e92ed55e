// The report "at a glance": what a director decides from, in one strip at the top of the share page
// (and the PDF's cover). Pure: it only picks and words what the built report (build-report.ts)
// already holds, so the strip can never say something the sections below it do not.
import { dateLabel } from "@/lib/domain/dates";
import { formatCompactMoney } from "@/lib/domain/plan/money";
import { STATUS_LABEL } from "@/lib/domain/plan/labels";
import type { ProjectReport, ReportFocusSolution } from "./types";

/** A score out of 5 with the one reason that moved it most. */
export type GlanceScore = { score: number; reason: string };

export type GlanceCandidate = {
  id: string;
  title: string;
  feasibility: GlanceScore;
  /** null without a usable value estimate; `missing` then says why. `netPerYear` is compact (€1.01 M). */
  value: (GlanceScore & { netPerYear: string }) | null;
  missing: string | null;
  /** The project-history verdict ("Target likely"…), or null when no trend could be fitted. */
  trend: { label: string; sentence: string } | null;
};

export type ProjectGlance = {
  /** The business problem the decision is about (the detailed solution's, else the first listed). */
  problem: { title: string; businessMetric: string } | null;
  /**
   * "selected": the team's choice; "leading": none is selected yet, these rank first (say so);
   * "none": no candidate to show (`note` says why).
   */
  decision: { basis: "selected" | "leading" | "none"; label: string; note: string; candidates: GlanceCandidate[] };
  payback: { breakEven: string | null; text: string } | null;
  schedule: {
    nextMilestone: { title: string; dueDate: string; dueLabel: string; isLate: boolean } | null;
    endDate: string | null;
    endLabel: string | null;
    milestoneCount: number;
  };
  /** Compact amounts (the tables have them exact); `costNote` explains a payback cost that differs from the plan. */
  budget: { planned: string; actual: string; lineCount: number; costNote: string | null } | null;
};

/** The reason with the largest effect (the first of equals): the one line that explains the score. */
export function mainReason(reasons: readonly { effect: number; text: string }[]): string {
  let best: { effect: number; text: string } | undefined;
  for (const r of reasons) if (!best || Math.abs(r.effect) > Math.abs(best.effect)) best = r;
  return best?.text ?? "";
}

function candidate(s: ReportFocusSolution, currency: string): GlanceCandidate {
  const v = s.value;
  return {
    id: s.id,
    title: s.title,
    feasibility: { score: s.feasibility.score, reason: mainReason(s.feasibility.reasons) },
    value: v
      ? { score: v.score, reason: v.scoreReason || mainReason(v.scoreReasons), netPerYear: formatCompactMoney(v.roi, currency) }
      : null,
    missing: v ? null : s.valueIssues.length ? `Value estimate unusable: ${s.valueIssues.join(" ")}` : "No value estimate yet.",
    trend: s.trend?.verdict ? { label: s.trend.verdictLabel, sentence: s.trend.sentence } : null,
  };
}

const DECISION_LABEL = {
  selected: "Selected solution",
  leading: "Leading candidates — not yet selected",
  none: "No solution to decide on yet",
} as const;

function decision(report: ProjectReport): ProjectGlance["decision"] {
  const { basis, note, solutions } = report.focus;
  const kind = basis === "selected" ? "selected" : basis === "top_ranked" ? "leading" : "none";
  const label = kind === "leading" && solutions.length === 1 ? "Leading candidate — not yet selected" : DECISION_LABEL[kind];
  return { basis: kind, label, note, candidates: solutions.map((s) => candidate(s, report.project.currency)) };
}

function schedule(report: ProjectReport): ProjectGlance["schedule"] {
  const items = report.milestones.items;
  const open = items.filter((m) => m.statusLabel !== STATUS_LABEL.done);
  // The open milestone due first; late ones come first because their due date has passed.
  const next = [...open].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  const end = items.reduce<string | null>((max, m) => (max === null || m.dueDate > max ? m.dueDate : max), null);
  return {
    nextMilestone: next ? { title: next.title, dueDate: next.dueDate, dueLabel: dateLabel(next.dueDate), isLate: next.isLate } : null,
    endDate: end,
    endLabel: end ? dateLabel(end) : null,
    milestoneCount: items.length,
  };
}

/** The strip's data, from the built report. */
export function buildGlance(report: ProjectReport): ProjectGlance {
  const first = report.focus.solutions[0];
  const problem = first
    ? { title: first.problem.title, businessMetric: first.problem.businessMetric }
    : report.problems[0]
      ? { title: report.problems[0].title, businessMetric: report.problems[0].businessMetric }
      : null;
  const p = report.payback;
  const payback = p
    ? {
        breakEven: p.unavailable ? null : p.breakEven,
        text: p.unavailable
          ? p.unavailable
          : p.breakEven
            ? `Breaks even in ${p.breakEven}`
            : `Does not break even within ${p.horizonYears} year${p.horizonYears === 1 ? "" : "s"}`,
      }
    : null;
  const b = report.budget;
  const money = (v: number) => formatCompactMoney(v, report.project.currency);
  return {
    problem,
    decision: decision(report),
    payback,
    schedule: schedule(report),
    budget: b.lineCount
      ? {
          planned: money(b.total.plannedValue),
          actual: money(b.total.actualValue),
          lineCount: b.lineCount,
          costNote: p?.costNote ? `the payback counts ${money(p.totalCostAmount)} (actual amounts where recorded)` : null,
        }
      : null,
  };
}
