import { describe, expect, test } from "vitest";
import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";
import { anonymizeLabelers } from "./shared-view";

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
