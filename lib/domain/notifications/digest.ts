// The weekly project digest (decision 023): the week's label and key, and its lines, from facts the sweep
// (lib/db/notification-sweeps.ts) reads through the same loaders as the pages and the report.
import { isoDate } from "@/lib/domain/dates";

/** ISO 8601 week of a date, in UTC: "2026-W05". */
export function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const day = d.getUTCDay() || 7; // Monday 1 … Sunday 7
  d.setUTCDate(d.getUTCDate() + 4 - day); // the Thursday of the week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export type DigestFacts = {
  week: string;
  /** The week ends at `now`; the digest covers the 7 days before it. */
  now: Date;
  solutions: { title: string; status: string; feasibility: number; value: number | null }[];
  breaches: { metric: string; segment: string }[];
  runs: { total: number; failed: number };
  lateMilestones: { title: string; dueDate: string }[];
  /** The plan's burn in words (burnSummary), or null without budget lines. */
  burn: string | null;
};

const SOLUTIONS_NAMED = 5;

/** The digest's lines, in a fixed order: scores and verdicts, breaches, runs, late milestones, budget. */
export function digestLines(f: DigestFacts): string[] {
  const since = isoDate(new Date(f.now.getTime() - 7 * 86_400_000));
  const lines = [`What happened in the project from ${since} to ${isoDate(f.now)}.`, ""];
  lines.push("Solutions (feasibility and value out of 5, and status):");
  if (f.solutions.length === 0) lines.push("- No solutions yet.");
  for (const s of f.solutions.slice(0, SOLUTIONS_NAMED))
    lines.push(`- ${s.title}: feasibility ${s.feasibility}/5, value ${s.value === null ? "not estimated" : `${s.value}/5`}, ${s.status}`);
  if (f.solutions.length > SOLUTIONS_NAMED) lines.push(`- and ${f.solutions.length - SOLUTIONS_NAMED} more`);
  lines.push("");
  const seg = (s: string) => (s ? ` (${s})` : "");
  lines.push(
    f.breaches.length === 0
      ? "Monitoring: no alert threshold was crossed."
      : `Monitoring: ${f.breaches.length === 1 ? "1 breach" : `${f.breaches.length} breaches`} — ${f.breaches.map((b) => `${b.metric}${seg(b.segment)}`).join(", ")}.`,
  );
  lines.push(
    f.runs.total === 0
      ? "Pipeline runs: none reported."
      : `Pipeline runs: ${f.runs.total} reported, ${f.runs.failed === 0 ? "none" : f.runs.failed} failed.`,
  );
  lines.push(
    f.lateMilestones.length === 0
      ? "Milestones: none is late."
      : `Milestones: ${f.lateMilestones.length} late — ${f.lateMilestones.map((m) => `${m.title} (due ${m.dueDate})`).join(", ")}.`,
  );
  lines.push(`Budget: ${f.burn ?? "no budget lines yet."}`);
  return lines;
}
