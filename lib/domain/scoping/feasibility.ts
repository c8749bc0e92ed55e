// The feasibility matrix (a solution's data type × system state decides which evidence it needs)
// and rubric. The score is computed from the evidence, never typed by hand.
//
// Rubric — start at 3 (no opinion yet), then for each factor:
//   data availability       available +1 · partial 0 · unknown −1 · unavailable −2 (and the score is capped at 2)
//   the cell's evidence
//     unstructured data     human-level performance recorded +1 · none yet −1
//     structured data       predictive features available +1 · partial 0 · unknown −1 · unavailable −2
//     existing system       history verdict likely +1 · uncertain 0 · not assessed / not enough data −1 · unlikely −2 (cap 2)
//   known benchmark or architecture on similar data   at least one +1
// The result is clamped to 1…5.
// Warnings about targets (lib/domain/baselines/checks.ts) are listed with no effect on the score: a target
// above human-level performance on unstructured data, a target barely above the current system (value in doubt).

import { targetWarnings, type TargetCheck } from "@/lib/domain/baselines/checks";

export type DataType = "structured" | "unstructured";
export type SystemState = "new_system" | "existing_system";
export type Availability = "unknown" | "available" | "partial" | "unavailable";
export type HistoryVerdict = "likely" | "uncertain" | "unlikely" | "not_enough_data";

export type MatrixCell = { dataType: DataType; systemState: SystemState };

export type EvidenceKind = "hlp" | "features" | "history";

/** Which evidence a cell of the matrix asks for, in the order the page shows it. */
export function evidenceFor(cell: MatrixCell): EvidenceKind[] {
  const first: EvidenceKind = cell.dataType === "unstructured" ? "hlp" : "features";
  return cell.systemState === "existing_system" ? [first, "history"] : [first];
}

export const CELL_GUIDANCE: Record<DataType, Record<SystemState, string>> = {
  unstructured: {
    new_system: "Can a person do this task from the same images, audio or text? Human-level performance tells you what is within reach.",
    existing_system: "Compare with human-level performance, and look at how the current system's results have moved over time.",
  },
  structured: {
    new_system: "Do the columns you have actually predict the outcome? Find out whether predictive features are available.",
    existing_system: "Look for new predictive features, and at how the current system's results have moved over time.",
  },
};

export const DATA_TYPE_LABEL: Record<DataType, string> = { structured: "Structured data", unstructured: "Unstructured data" };
export const SYSTEM_STATE_LABEL: Record<SystemState, string> = { new_system: "New system", existing_system: "Existing system" };

/** A solution's feasibility assessment as the team enters it (and as it is stored). */
export type FeasibilityAssessmentFields = {
  dataAvailability: Availability;
  predictiveFeatures: Availability;
  hlpNote: string;
  historyNote: string;
  costEstimate: number | null;
  notes: string;
  benchmarks: { title: string; url: string }[];
};

export type FeasibilityEvidence = MatrixCell & {
  dataAvailability: Availability;
  predictiveFeatures: Availability;
  /** Number of HLP studies recorded for the solution (or 1 when a note gives a human score). */
  hlpStudies: number;
  historyVerdict: HistoryVerdict | null;
  benchmarks: number;
  /** The metrics' targets next to their human-level and current-system baselines; none when absent. */
  targetChecks?: readonly TargetCheck[];
};

/** One line of a score's explanation; a `warning` moves nothing but must be read. */
export type Reason = { effect: number; text: string; warning?: true };
export type FeasibilityScore = { score: 1 | 2 | 3 | 4 | 5; reasons: Reason[] };

/** The highest score; a blocking factor (unavailable data, an unlikely history) caps the score below it. */
const SCALE_TOP = 5;
const clamp = (n: number): 1 | 2 | 3 | 4 | 5 => Math.min(5, Math.max(1, Math.round(n))) as 1 | 2 | 3 | 4 | 5;

function availabilityReason(value: Availability, what: string): Reason {
  switch (value) {
    case "available":
      return { effect: 1, text: `${what}: available` };
    case "partial":
      return { effect: 0, text: `${what}: partly available` };
    case "unavailable":
      return { effect: -2, text: `${what}: not available` };
    default:
      return { effect: -1, text: `${what}: not assessed yet` };
  }
}

const HISTORY: Record<HistoryVerdict | "none", Reason> = {
  likely: { effect: 1, text: "Project history: the target looks reachable by the target date" },
  uncertain: { effect: 0, text: "Project history: reaching the target is uncertain" },
  unlikely: { effect: -2, text: "Project history: the existing system is unlikely to reach the target" },
  not_enough_data: { effect: -1, text: "Project history: not enough past results to judge" },
  none: { effect: -1, text: "Project history: not assessed yet" },
};

/** The feasibility score (1–5) and every reason that moved it. */
export function scoreFeasibility(e: FeasibilityEvidence): FeasibilityScore {
  const reasons: Reason[] = [availabilityReason(e.dataAvailability, "Data")];
  let cap = SCALE_TOP;
  if (e.dataAvailability === "unavailable") cap = 2;
  for (const kind of evidenceFor(e)) {
    if (kind === "hlp")
      reasons.push(
        e.hlpStudies > 0
          ? { effect: 1, text: "Human-level performance has been measured" }
          : { effect: -1, text: "Human-level performance: not measured yet" },
      );
    if (kind === "features") reasons.push(availabilityReason(e.predictiveFeatures, "Predictive features"));
    if (kind === "history") {
      reasons.push(HISTORY[e.historyVerdict ?? "none"]);
      if (e.historyVerdict === "unlikely") cap = Math.min(cap, 2);
    }
  }
  reasons.push(
    e.benchmarks > 0
      ? {
          effect: 1,
          text: `${e.benchmarks} known benchmark${e.benchmarks === 1 ? "" : "s"} or architecture${e.benchmarks === 1 ? "" : "s"} on similar data`,
        }
      : { effect: 0, text: "No known benchmark or architecture listed" },
  );
  for (const w of targetWarnings(e.targetChecks ?? [], e.dataType)) reasons.push({ effect: 0, text: w.text, warning: true });
  const raw = 3 + reasons.reduce((sum, r) => sum + r.effect, 0);
  const score = clamp(Math.min(raw, cap));
  if (raw > cap)
    reasons.push({
      effect: cap - raw,
      // Only a blocking factor lowers the cap below the top of the scale; otherwise the evidence simply adds up to more than 5.
      text: cap < SCALE_TOP ? `Capped at ${cap}: a blocking problem above outweighs the rest` : `Capped at ${cap}, the top of the scale`,
    });
  return { score, reasons };
}

/** Value score (1–5) from the ROI ratio of lib/domain/scoping/value.ts. */
export function scoreValue(roi: number, roiRatio: number | null): FeasibilityScore {
  if (roi <= 0) return { score: 1, reasons: [{ effect: 0, text: "The yearly net value (ROI) is zero or negative" }] };
  if (roiRatio === null) return { score: 5, reasons: [{ effect: 0, text: "Positive value at no recorded cost" }] };
  const pct = Math.round(roiRatio * 100);
  if (roiRatio < 0.5) return { score: 2, reasons: [{ effect: 0, text: `Net value is ${pct} % of the cost (below 50 %)` }] };
  if (roiRatio < 1.5) return { score: 3, reasons: [{ effect: 0, text: `Net value is ${pct} % of the cost (50–150 %)` }] };
  if (roiRatio < 3) return { score: 4, reasons: [{ effect: 0, text: `Net value is ${pct} % of the cost (150–300 %)` }] };
  return { score: 5, reasons: [{ effect: 0, text: `Net value is ${pct} % of the cost (300 % or more)` }] };
}
