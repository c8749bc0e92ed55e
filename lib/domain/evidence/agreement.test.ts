import { describe, expect, it } from "vitest";
import { analyzeLabels, cohenKappa, fleissKappa } from "./agreement";

describe("cohenKappa", () => {
  it("matches the worked example of Wikipedia's 'Cohen's kappa' article (50 proposals: yes/yes 20, no/no 15, A yes–B no 5, A no–B yes 10 → κ = 0.4)", () => {
    const a = [...Array(20).fill("yes"), ...Array(15).fill("no"), ...Array(5).fill("yes"), ...Array(10).fill("no")];
    const b = [...Array(20).fill("yes"), ...Array(15).fill("no"), ...Array(5).fill("no"), ...Array(10).fill("yes")];
    const r = cohenKappa(a, b);
    expect(r.n).toBe(50);
    expect(r.agreement).toBeCloseTo(0.7, 10);
    expect(r.kappa).toBeCloseTo(0.4, 10);
  });
  it("skips items either rater left blank, and is undefined when both always say the same single label", () => {
    expect(cohenKappa(["x", null, "y"], ["x", "y", null]).n).toBe(1);
    expect(cohenKappa(["x", "x"], ["x", "x"]).kappa).toBeNull();
  });
});

describe("fleissKappa", () => {
  it("matches Fleiss (1971) as reproduced in Wikipedia's 'Fleiss' kappa' article: 10 subjects, 14 raters, 5 categories → κ ≈ 0.210", () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.21, 2);
  });
  it("is 1 for perfect agreement over varied categories", () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
      ]),
    ).toBeCloseTo(1, 10);
  });
});

describe("analyzeLabels (hand-computed 4-item, 3-labeler study)", () => {
  const matrix = {
    labelers: ["ann", "bob", "cy"],
    itemIds: ["i1", "i2", "i3", "i4"],
    labels: [
      ["cat", "cat", "cat"],
      ["cat", "dog", "cat"],
      ["dog", "dog", "bird"],
      ["dog", "cat", "bird"],
    ],
    truth: ["cat", "cat", "dog", "dog"],
  };
  const r = analyzeLabels(matrix);
  it("gives each labeler's accuracy against the ground truth", () => {
    expect(r.accuracy.map((a) => [a.labeler, a.correct, a.accuracy])).toEqual([
      ["ann", 4, 1],
      ["bob", 2, 0.5],
      ["cy", 2, 0.5],
    ]);
  });
  it("gives pairwise percent agreement", () => {
    expect(r.pairs.map((p) => [p.a, p.b, p.agreement])).toEqual([
      ["ann", "bob", 0.5],
      ["ann", "cy", 0.5],
      ["bob", "cy", 0.25],
    ]);
  });
  it("lists the label distribution and the most-disagreed items first", () => {
    expect(r.distribution).toEqual([
      { label: "bird", count: 2, share: 2 / 12 },
      { label: "cat", count: 6, share: 0.5 },
      { label: "dog", count: 4, share: 4 / 12 },
    ]);
    expect(r.disagreements.map((d) => d.itemId)).toEqual(["i4", "i2", "i3"]);
    expect(r.disagreements[0]!.agreement).toBe(0);
  });
  it("estimates HLP as the mean labeler accuracy when ground truth exists, else mean pairwise agreement", () => {
    expect(r.hlp.basis).toBe("mean_accuracy_vs_truth");
    expect(r.hlp.score).toBeCloseTo(2 / 3, 10);
    const noTruth = analyzeLabels({ ...matrix, truth: null });
    expect(noTruth.hlp.basis).toBe("mean_pairwise_agreement");
    expect(noTruth.hlp.score).toBeCloseTo((0.5 + 0.5 + 0.25) / 3, 10);
  });
});
