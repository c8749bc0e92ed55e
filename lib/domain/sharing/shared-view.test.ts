import { describe, expect, test } from "vitest";
import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";
import { anonymizeLabelers, pickSharedSolutions } from "./shared-view";

const s = (id: string, status: string, feasibility: number, value: number | null) => ({ id, status, feasibility, value });

describe("pickSharedSolutions", () => {
  test("the selected solutions, whatever their scores", () => {
    const out = pickSharedSolutions([s("a", "proposed", 5, 5), s("b", "selected", 1, 2), s("c", "selected", 2, null)]);
    expect(out).toEqual({ basis: "selected", solutions: [s("b", "selected", 1, 2), s("c", "selected", 2, null)] });
  });

  test("none selected: the highest feasibility + value among those not rejected, ties included", () => {
    const out = pickSharedSolutions([
      s("a", "proposed", 3, 4),
      s("b", "rejected", 5, 5),
      s("c", "proposed", 4, 3),
      s("d", "proposed", 4, null),
    ]);
    expect(out.basis).toBe("top_scored");
    expect(out.solutions.map((x) => x.id)).toEqual(["a", "c"]);
  });

  test("at most `max`, and nothing when every solution was rejected or there are none", () => {
    const many = Array.from({ length: 5 }, (_, i) => s(`x${i}`, "proposed", 3, 3));
    expect(pickSharedSolutions(many, 3).solutions).toHaveLength(3);
    expect(pickSharedSolutions([s("a", "rejected", 5, 5)])).toEqual({ basis: "none", solutions: [] });
    expect(pickSharedSolutions([])).toEqual({ basis: "none", solutions: [] });
  });
});

describe("anonymizeLabelers", () => {
  const results: LabelStudyResults = {
    labelers: ["alice", "bob"],
    itemCount: 2,
    categories: ["no", "ok"],
    hasTruth: true,
    accuracy: [
      { labeler: "alice", n: 2, correct: 2, accuracy: 1 },
      { labeler: "bob", n: 2, correct: 1, accuracy: 0.5 },
    ],
    pairs: [{ a: "alice", b: "bob", n: 2, agreement: 0.5, kappa: 0 }],
    fleissKappa: 0,
    distribution: [
      { label: "ok", count: 3, share: 0.75 },
      { label: "no", count: 1, share: 0.25 },
    ],
    disagreements: [{ itemId: "i2", row: 3, labels: { alice: "ok", bob: "no" }, truth: "ok", agreement: 0, distinct: 2 }],
    hlp: { score: 0.75, basis: "mean_accuracy_vs_truth", explanation: "Mean accuracy of the 2 labelers against the ground-truth column." },
  };

  test("every labeler name is replaced, consistently, and the numbers are kept", () => {
    const out = anonymizeLabelers(results);
    expect(out.labelers).toEqual(["Labeler 1", "Labeler 2"]);
    expect(out.accuracy.map((a) => [a.labeler, a.accuracy])).toEqual([
      ["Labeler 1", 1],
      ["Labeler 2", 0.5],
    ]);
    expect(out.pairs[0]).toMatchObject({ a: "Labeler 1", b: "Labeler 2", agreement: 0.5 });
    expect(out.disagreements[0]!.labels).toEqual({ "Labeler 1": "ok", "Labeler 2": "no" });
    expect(JSON.stringify(out)).not.toMatch(/alice|bob/);
  });
});
