// What a read-only share link shows of the feasibility evidence, decided from plain data. Which
// solutions it details is decided with the report's (lib/domain/report/build-report.ts: pickSharedFocus).
import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";

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
