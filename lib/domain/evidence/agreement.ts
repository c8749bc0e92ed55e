// Agreement statistics for a labels study: one row per item, one label per labeler (null = not
// labelled), and optionally a ground-truth label per item. Pure functions, no I/O.

export type LabelMatrix = { labelers: string[]; itemIds: string[]; labels: (string | null)[][]; truth: (string | null)[] | null };

/** Cohen's kappa for two raters over the items both labelled: (p_o − p_e) / (1 − p_e). */
export function cohenKappa(a: (string | null)[], b: (string | null)[]): { n: number; agreement: number; kappa: number | null } {
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let n = 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x == null || y == null) continue;
    n++;
    if (x === y) same++;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  if (n === 0) return { n, agreement: 0, kappa: null };
  const po = same / n;
  let pe = 0;
  for (const [label, ca] of countA) pe += (ca / n) * ((countB.get(label) ?? 0) / n);
  // Both raters used one and the same label for everything: kappa is undefined (0/0).
  return { n, agreement: po, kappa: pe === 1 ? null : (po - pe) / (1 - pe) };
}

/**
 * Fleiss' kappa from a subjects × categories table of counts (how many raters put subject i in
 * category j). Subjects may have different numbers of raters (each P_i uses its own n_i); subjects
 * with fewer than two ratings are skipped. Equals the textbook formula when every n_i is equal.
 */
export function fleissKappa(counts: number[][]): number | null {
  const rows = counts.filter((r) => r.reduce((s, c) => s + c, 0) >= 2);
  if (rows.length === 0) return null;
  const k = rows[0]!.length;
  const totals = new Array<number>(k).fill(0);
  let ratings = 0;
  let sumP = 0;
  for (const r of rows) {
    const ni = r.reduce((s, c) => s + c, 0);
    ratings += ni;
    r.forEach((c, j) => (totals[j]! += c));
    sumP += r.reduce((s, c) => s + c * (c - 1), 0) / (ni * (ni - 1));
  }
  const pBar = sumP / rows.length;
  const peBar = totals.reduce((s, t) => s + (t / ratings) ** 2, 0);
  return peBar === 1 ? null : (pBar - peBar) / (1 - peBar);
}

export type PairStat = { a: string; b: string; n: number; agreement: number; kappa: number | null };
export type LabelerAccuracy = { labeler: string; n: number; correct: number; accuracy: number | null };
export type Disagreement = {
  itemId: string;
  row: number;
  labels: Record<string, string | null>;
  truth: string | null;
  agreement: number;
  distinct: number;
};
export type HlpEstimate = {
  score: number | null;
  basis: "mean_accuracy_vs_truth" | "mean_pairwise_agreement" | "none";
  explanation: string;
};

export type LabelStudyResults = {
  labelers: string[];
  itemCount: number;
  categories: string[];
  hasTruth: boolean;
  accuracy: LabelerAccuracy[];
  pairs: PairStat[];
  fleissKappa: number | null;
  distribution: { label: string; count: number; share: number }[];
  disagreements: Disagreement[];
  hlp: HlpEstimate;
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** Share of agreeing rater pairs on one item (the P_i of Fleiss' kappa); null when fewer than two labels. */
function itemAgreement(labels: (string | null)[]): { agreement: number | null; distinct: number } {
  const counts = new Map<string, number>();
  for (const l of labels) if (l != null) counts.set(l, (counts.get(l) ?? 0) + 1);
  const n = [...counts.values()].reduce((s, c) => s + c, 0);
  if (n < 2) return { agreement: null, distinct: counts.size };
  const pairs = [...counts.values()].reduce((s, c) => s + c * (c - 1), 0);
  return { agreement: pairs / (n * (n - 1)), distinct: counts.size };
}

/**
 * Every statistic of the study. The HLP estimate is the mean of the labelers' accuracies against
 * the ground truth when there is one; otherwise the mean pairwise percent agreement (how often two
 * people agree — an upper-bound-ish proxy, since agreeing people can still both be wrong).
 */
export function analyzeLabels(m: LabelMatrix, maxDisagreements = 10): LabelStudyResults {
  const column = (j: number) => m.labels.map((row) => row[j] ?? null);
  const cols = m.labelers.map((_, j) => column(j));
  const categorySet = new Set<string>();
  for (const row of m.labels) for (const l of row) if (l != null) categorySet.add(l);
  for (const t of m.truth ?? []) if (t != null) categorySet.add(t);
  const categories = [...categorySet].sort();

  const accuracy: LabelerAccuracy[] = m.truth
    ? m.labelers.map((labeler, j) => {
        let n = 0;
        let correct = 0;
        cols[j]!.forEach((l, i) => {
          const t = m.truth![i];
          if (l == null || t == null) return;
          n++;
          if (l === t) correct++;
        });
        return { labeler, n, correct, accuracy: n ? correct / n : null };
      })
    : [];

  const pairs: PairStat[] = [];
  for (let x = 0; x < m.labelers.length; x++)
    for (let y = x + 1; y < m.labelers.length; y++) pairs.push({ a: m.labelers[x]!, b: m.labelers[y]!, ...cohenKappa(cols[x]!, cols[y]!) });

  const index = new Map(categories.map((c, j) => [c, j]));
  const table = m.labels.map((row) => {
    const r = new Array<number>(categories.length).fill(0);
    for (const l of row) if (l != null) r[index.get(l)!]!++;
    return r;
  });

  const dist = new Map<string, number>();
  let total = 0;
  for (const row of m.labels)
    for (const l of row)
      if (l != null) {
        dist.set(l, (dist.get(l) ?? 0) + 1);
        total++;
      }
  const distribution = categories.map((label) => ({
    label,
    count: dist.get(label) ?? 0,
    share: total ? (dist.get(label) ?? 0) / total : 0,
  }));

  const disagreements: Disagreement[] = [];
  m.labels.forEach((row, i) => {
    const { agreement, distinct } = itemAgreement(row);
    if (agreement == null || agreement >= 1) return;
    disagreements.push({
      itemId: m.itemIds[i]!,
      row: i,
      labels: Object.fromEntries(m.labelers.map((l, j) => [l, row[j] ?? null])),
      truth: m.truth?.[i] ?? null,
      agreement,
      distinct,
    });
  });
  disagreements.sort((p, q) => p.agreement - q.agreement || q.distinct - p.distinct || p.row - q.row);

  const accValues = accuracy.flatMap((a) => (a.accuracy == null ? [] : [a.accuracy]));
  const pairValues = pairs.filter((p) => p.n > 0).map((p) => p.agreement);
  let hlp: HlpEstimate;
  if (m.truth && accValues.length) {
    hlp = {
      score: mean(accValues),
      basis: "mean_accuracy_vs_truth",
      explanation: `Mean accuracy of the ${accValues.length} labelers against the ground-truth column.`,
    };
  } else if (pairValues.length) {
    hlp = {
      score: mean(pairValues),
      basis: "mean_pairwise_agreement",
      explanation: `No ground truth: mean percent agreement over the ${pairValues.length} labeler pairs (two people agreeing may still both be wrong, so treat it as an optimistic estimate).`,
    };
  } else {
    hlp = { score: null, basis: "none", explanation: "Needs a ground-truth column or at least two labelers." };
  }

  return {
    labelers: m.labelers,
    itemCount: m.labels.length,
    categories,
    hasTruth: m.truth != null,
    accuracy,
    pairs,
    fleissKappa: fleissKappa(table),
    distribution,
    disagreements: disagreements.slice(0, maxDisagreements),
    hlp,
  };
}
