import { describe, expect, it } from "vitest";
import { analyzeLabels, bootstrapIntervals, cohenKappa, drawResample, fleissKappa, krippendorffAlpha, type LabelMatrix } from "./agreement";
import { quantile, seededRandom } from "./random";

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

/** The hand-computed 4-item, 3-labeler study several tests read. */
const FOUR_ITEMS = {
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

describe("analyzeLabels (hand-computed 4-item, 3-labeler study)", () => {
  const matrix = FOUR_ITEMS;
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

describe("krippendorffAlpha (nominal)", () => {
  // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4-observer, 12-unit
  // example with missing values (unit 12 has one value and is not pairable). Pairable values
  // n = 40; off-diagonal coincidences Σ_{c≠k} o_ck = 8 (units 2, 6 and 8 disagree); Σ_{c≠k} n_c·n_k
  // = 1216 (n_1..n_5 = 9, 13, 10, 5, 3; 40² − Σ n_c² = 1600 − 384) → α = 1 − 39·8/1216 = 113/152 ≈ 0.7434,
  // the paper's 0.743 (checked also with a direct Python transcription of the formula).
  const A = ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null];
  const B = ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"];
  const C = [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null];
  const D = ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null];
  const units = A.map((_, u) => [A[u]!, B[u]!, C[u]!, D[u]!]);
  it("gives 113/152 ≈ 0.743 on Krippendorff's reliability-data example", () => {
    expect(krippendorffAlpha(units)).toBeCloseTo(113 / 152, 12);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });
  it("is 1 for perfect agreement, skips units with one value, and is undefined with a single category", () => {
    expect(
      krippendorffAlpha([
        ["a", "a"],
        ["b", "b", null],
        ["c", null],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      krippendorffAlpha([
        ["a", "a"],
        ["a", "a"],
      ]),
    ).toBeNull();
  });
  it("is reported by analyzeLabels only when some labels are missing", () => {
    const gaps = analyzeLabels({ labelers: ["A", "B", "C", "D"], itemIds: A.map((_, i) => `u${i + 1}`), labels: units, truth: null });
    expect(gaps.missingLabels).toBe(7);
    expect(gaps.krippendorffAlpha).toBeCloseTo(113 / 152, 12);
    const full = analyzeLabels({
      labelers: ["a", "b"],
      itemIds: ["1", "2"],
      labels: [
        ["x", "x"],
        ["y", "y"],
      ],
      truth: null,
    });
    expect(full.krippendorffAlpha).toBeNull();
  });
});

describe("bootstrap intervals", () => {
  const wiki: LabelMatrix = {
    labelers: ["A", "B"],
    itemIds: Array.from({ length: 50 }, (_, i) => String(i)),
    labels: [
      ...Array.from({ length: 20 }, () => ["yes", "yes"]),
      ...Array.from({ length: 15 }, () => ["no", "no"]),
      ...Array.from({ length: 5 }, () => ["yes", "no"]),
      ...Array.from({ length: 10 }, () => ["no", "yes"]),
    ],
    truth: null,
  };

  it("hand-checked degenerate case: items (a,a) and (a,b) give κ = 0 in every resample where it is defined → [0, 0]", () => {
    // Resamples of 2 items: {1,1} has both raters saying only "a" (p_e = 1, κ undefined, 1 in 4);
    // {2,2}: p_o = 0, p_e = 1·0 + 0·1 = 0 → κ = 0; {1,2}: p_o = ½, p_e = 1·½ + 0·½ = ½ → κ = 0.
    const r = bootstrapIntervals({
      labelers: ["A", "B"],
      itemIds: ["1", "2"],
      labels: [
        ["a", "a"],
        ["a", "b"],
      ],
      truth: null,
    });
    expect(r.pairs[0]).toEqual({ low: 0, high: 0 });
    expect(r.resamples).toBe(1000);
  });

  it("gives [1, 1] for perfect agreement", () => {
    const m: LabelMatrix = {
      labelers: ["A", "B"],
      itemIds: ["1", "2", "3", "4"],
      labels: [
        ["x", "x"],
        ["y", "y"],
        ["x", "x"],
        ["y", "y"],
      ],
      truth: null,
    };
    expect(bootstrapIntervals(m).pairs[0]).toEqual({ low: 1, high: 1 });
  });

  it("matches the large-sample interval of Wikipedia's κ = 0.4 example (n = 50)", () => {
    // By hand: p_o = 0.7, p_e = 0.5, SE(κ) ≈ √(p_o(1 − p_o) / (n(1 − p_e)²)) = √(0.21 / 12.5) ≈ 0.1296,
    // so κ ± 1.96·SE ≈ [0.146, 0.654]. The percentile bootstrap should land within a few hundredths.
    const r = bootstrapIntervals(wiki);
    expect(r.pairs[0]!.low).toBeGreaterThan(0.146 - 0.06);
    expect(r.pairs[0]!.low).toBeLessThan(0.146 + 0.06);
    expect(r.pairs[0]!.high).toBeGreaterThan(0.654 - 0.06);
    expect(r.pairs[0]!.high).toBeLessThan(0.654 + 0.06);
  });

  it("equals a plain re-implementation with the same seeded draws (cohenKappa on each resample)", () => {
    const seed = 7;
    const resamples = 300;
    const rand = seededRandom(seed);
    const kappas: number[] = [];
    for (let b = 0; b < resamples; b++) {
      const idx = [...drawResample(50, rand)];
      const k = cohenKappa(
        idx.map((i) => wiki.labels[i]![0]!),
        idx.map((i) => wiki.labels[i]![1]!),
      ).kappa;
      if (k != null) kappas.push(k);
    }
    const r = bootstrapIntervals(wiki, { seed, resamples });
    expect(r.pairs[0]!.low).toBeCloseTo(quantile(kappas, 0.025), 12);
    expect(r.pairs[0]!.high).toBeCloseTo(quantile(kappas, 0.975), 12);
  });

  it("is repeatable, contains the point estimates and narrows with more items", () => {
    const r = analyzeLabels(wiki);
    expect(analyzeLabels(wiki).pairs[0]!.kappaInterval).toEqual(r.pairs[0]!.kappaInterval);
    const ci = r.pairs[0]!.kappaInterval!;
    expect(ci.low).toBeLessThan(r.pairs[0]!.kappa!);
    expect(ci.high).toBeGreaterThan(r.pairs[0]!.kappa!);
    expect(r.hlpInterval!.low).toBeLessThanOrEqual(r.hlp.score!);
    expect(r.hlpInterval!.high).toBeGreaterThanOrEqual(r.hlp.score!);
    const big = {
      ...wiki,
      labels: [...wiki.labels, ...wiki.labels, ...wiki.labels, ...wiki.labels],
      itemIds: Array.from({ length: 200 }, (_, i) => String(i)),
    };
    const bigCi = analyzeLabels(big).pairs[0]!.kappaInterval!;
    expect(bigCi.high - bigCi.low).toBeLessThan((ci.high - ci.low) * 0.7);
  });

  it("gives Fleiss' kappa and HLP intervals, and flags fewer than 30 shared items", () => {
    const r = analyzeLabels(FOUR_ITEMS);
    expect(r.sharedItems).toBe(4);
    expect(r.fleissInterval).not.toBeNull();
    expect(r.hlpInterval!.low).toBeLessThanOrEqual(r.hlp.score!);
    expect(r.bootstrap).toEqual({ resamples: 1000, seed: expect.any(Number) });
    expect(analyzeLabels(wiki).sharedItems).toBe(50);
  });
});
