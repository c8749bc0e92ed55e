// What a read-only share link shows of the feasibility evidence, decided from plain data.
import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";

export type ScoredSolution = { id: string; status: string; feasibility: number; value: number | null };
export type FocusBasis = "selected" | "top_scored" | "none";

/**
 * The solutions whose evidence a share link details: the selected ones; when none is selected,
 * the highest-scored (feasibility + value) solutions that were not rejected, ties included, at most `max`.
 */
export function pickSharedSolutions<T extends ScoredSolution>(solutions: readonly T[], max = 3): { basis: FocusBasis; solutions: T[] } {
  const selected = solutions.filter((s) => s.status === "selected");
  if (selected.length) return { basis: "selected", solutions: selected.slice(0, max) };
  const open = solutions.filter((s) => s.status !== "rejected");
  if (open.length === 0) return { basis: "none", solutions: [] };
  const total = (s: T) => s.feasibility + (s.value ?? 0);
  const best = Math.max(...open.map(total));
  return { basis: "top_scored", solutions: open.filter((s) => total(s) === best).slice(0, max) };
}

/**
 * The same study results with the labelers renamed "Labeler 1", "Labeler 2"… in column order: the
 * column headers of an uploaded labels file are often people's names, which a share link does not show.
 */
export function anonymizeLabelers(r: LabelStudyResults): LabelStudyResults {
  const alias = new Map(r.labelers.map((name, i) => [name, `Labeler ${i + 1}`]));
  const as = (name: string) => alias.get(name) ?? "Labeler";
  return {
    ...r,
    labelers: r.labelers.map(as),
    accuracy: r.accuracy.map((a) => ({ ...a, labeler: as(a.labeler) })),
    pairs: r.pairs.map((p) => ({ ...p, a: as(p.a), b: as(p.b) })),
    disagreements: r.disagreements.map((d) => ({
      ...d,
      labels: Object.fromEntries(Object.entries(d.labels).map(([name, label]) => [as(name), label])),
    })),
  };
}
