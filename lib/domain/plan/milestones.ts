// What the plan page says about milestones: which are late, how the timeline is laid out, which
// start before what they wait for, and a sentence for people who do not read charts.
import { PHASES, PHASE_LABEL, type MilestoneStatus, type Phase, type TeamRole } from "./labels";
import { dateLabel, dayNumber } from "../dates";

export type MilestoneView = {
  id: string;
  title: string;
  phase: Phase;
  ownerRole: TeamRole;
  ownerName: string | null;
  startDate: string;
  dueDate: string;
  status: MilestoneStatus;
  /** Ids of the milestones this one waits for. */
  dependsOn: string[];
};

/** Late: not done and its due date has passed (`today` is "YYYY-MM-DD"). */
export function isLate(m: Pick<MilestoneView, "status" | "dueDate">, today: string): boolean {
  return m.status !== "done" && m.dueDate < today;
}

/** Phase order first, then start date, then title: the order of the timeline and the list. */
export function sortMilestones<T extends Pick<MilestoneView, "phase" | "startDate" | "title">>(ms: readonly T[]): T[] {
  return [...ms].sort(
    (a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title),
  );
}

export type TimelineRow = {
  id: string;
  title: string;
  phase: Phase;
  status: MilestoneStatus;
  isLate: boolean;
  startDay: number;
  endDay: number;
  startDate: string;
  dueDate: string;
  /** Ids of the milestones this one waits for (the Gantt chart's arrows). */
  dependsOn: string[];
};
export type Timeline = { rows: TimelineRow[]; todayDay: number; fromDay: number; toDay: number };

/** Bars from the start day to the end of the due day, on an axis that always includes today. */
export function buildTimeline(ms: readonly MilestoneView[], today: string): Timeline {
  const todayDay = dayNumber(today);
  const rows = sortMilestones(ms).map((m) => ({
    id: m.id,
    title: m.title,
    phase: m.phase,
    status: m.status,
    isLate: isLate(m, today),
    startDay: dayNumber(m.startDate),
    endDay: dayNumber(m.dueDate) + 1,
    startDate: m.startDate,
    dueDate: m.dueDate,
    dependsOn: m.dependsOn,
  }));
  const fromDay = Math.min(todayDay, ...rows.map((r) => r.startDay));
  const toDay = Math.max(todayDay + 1, ...rows.map((r) => r.endDay));
  return { rows, todayDay, fromDay, toDay };
}

export type ScheduleConflict = { milestoneId: string; waitsForId: string; message: string };

/** Milestones that start before a milestone they depend on is due (finish-to-start). */
export function scheduleConflicts(ms: readonly MilestoneView[]): ScheduleConflict[] {
  const byId = new Map(ms.map((m) => [m.id, m]));
  return ms.flatMap((m) =>
    m.dependsOn.flatMap((id) => {
      const before = byId.get(id);
      if (!before || m.startDate > before.dueDate) return [];
      return [
        {
          milestoneId: m.id,
          waitsForId: id,
          message: `Starts on ${dateLabel(m.startDate)}, before "${before.title}" is due (${dateLabel(before.dueDate)}).`,
        },
      ];
    }),
  );
}

/** The next `n` unfinished milestones by due date. */
export function nextMilestones<T extends Pick<MilestoneView, "status" | "dueDate" | "title">>(ms: readonly T[], n = 3): T[] {
  return ms
    .filter((m) => m.status !== "done")
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
    .slice(0, n);
}

/** One or two sentences describing the timeline. */
export function timelineSummary(ms: readonly MilestoneView[], today: string): string {
  if (ms.length === 0) return "No milestones yet.";
  const sorted = sortMilestones(ms);
  const from = sorted.reduce((a, m) => (m.startDate < a ? m.startDate : a), sorted[0]!.startDate);
  const to = sorted.reduce((a, m) => (m.dueDate > a ? m.dueDate : a), sorted[0]!.dueDate);
  const phases = PHASES.filter((p) => ms.some((m) => m.phase === p)).map((p) => PHASE_LABEL[p]);
  const late = sorted.filter((m) => isLate(m, today));
  const done = ms.filter((m) => m.status === "done").length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const head = `${plural(ms.length, "milestone")} across ${phases.join(", ")}, from ${dateLabel(from)} to ${dateLabel(to)}; ${done} done.`;
  if (late.length === 0) return `${head} None is late.`;
  const names = mostOverdue(late, LATE_NAMED)
    .map((m) => `"${m.title}"`)
    .join(", ");
  if (late.length <= LATE_NAMED) return `${head} ${late.length === 1 ? "1 is late" : `${late.length} are late`}: ${names}.`;
  return `${head} ${late.length} are late; the ${LATE_NAMED} most overdue: ${names}.`;
}

/** How many late milestones a summary names; the rest are only counted. */
export const LATE_NAMED = 5;

/** The `n` milestones due longest ago (ties keep their order), for summaries that name only the worst. */
export function mostOverdue<T extends Pick<MilestoneView, "dueDate">>(late: readonly T[], n: number): T[] {
  return [...late].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).slice(0, n);
}
