// Agreement statistics for a labels study: one row per item, one label per labeler (null = not
// labelled), and optionally a ground-truth label per item. Pure functions, no I/O; the bootstrap
// draws from a seeded generator, so the same file always gives the same intervals.
import { quantile, seededRandom } from "./random";

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

/** A 95 % percentile bootstrap interval. */
export type Interval = { low: number; high: number };
export type PairStat = {
  a: string;
  b: string;
  n: number;
  agreement: number;
  kappa: number | null;
  /** Absent in studies saved before intervals were computed. */
  kappaInterval?: Interval | null;
};
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
  // The fields below are absent in studies saved before they were computed.
  /** 95 % bootstrap intervals (items resampled) of Fleiss' kappa and the HLP estimate. */
  fleissInterval?: Interval | null;
  hlpInterval?: Interval | null;
  bootstrap?: { resamples: number; seed: number };
  /** How many labels are missing (blank cells of labeler columns). */
  missingLabels?: number;
  /** Krippendorff's alpha (nominal): computed when some labels are missing, where Fleiss' kappa is on shakier ground. */
  krippendorffAlpha?: number | null;
  /** The fewest items any two labelers (or a labeler and the ground truth) share: below 30 the figures are rough. */
  sharedItems?: number;
};

export const SMALL_SAMPLE_ITEMS = 30;
export const BOOTSTRAP_SEED = 20240601;

/**
 * Krippendorff's alpha for nominal data, from a units × coders table (null = no value). Units with
 * fewer than two values are not pairable and are skipped. α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k,
 * with o the coincidence matrix (each unit's ordered value pairs weighted 1 / (m_u − 1)).
 */
export function krippendorffAlpha(units: (string | null)[][]): number | null {
  const o = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = o.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    o.set(c, row);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v != null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const nc = new Map<string, number>();
  let disagree = 0;
  for (const [c, row] of o)
    for (const [k, w] of row) {
      nc.set(c, (nc.get(c) ?? 0) + w);
      if (c !== k) disagree += w;
    }
  const n = [...nc.values()].reduce((s, x) => s + x, 0);
  if (n <= 1) return null;
  let expected = 0;
  for (const [c, x] of nc) for (const [k, y] of nc) if (c !== k) expected += x * y;
  return expected === 0 ? null : 1 - ((n - 1) * disagree) / expected;
}

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
export function analyzeLabels(m: LabelMatrix, maxDisagreements = 10, opts: { resamples?: number; seed?: number } = {}): LabelStudyResults {
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

  const intervals = bootstrapIntervals(m, opts);
  pairs.forEach((p, i) => (p.kappaInterval = intervals.pairs[i] ?? null));
  const missingLabels = m.labels.reduce((s, row) => s + m.labelers.filter((_, j) => row[j] == null).length, 0);
  const shared = [...pairs.map((p) => p.n), ...accuracy.map((a) => a.n)];

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
    fleissInterval: intervals.fleiss,
    hlpInterval: hlp.score == null ? null : intervals.hlp,
    bootstrap: { resamples: intervals.resamples, seed: intervals.seed },
    missingLabels,
    krippendorffAlpha: missingLabels > 0 ? krippendorffAlpha(m.labels) : null,
    sharedItems: shared.length ? Math.min(...shared) : 0,
  };
}

// ── Bootstrap ────────────────────────────────────────────────────────────────────────────────
// Items are resampled with replacement (one draw per item: index = ⌊rand()·n⌋, in order), the
// statistics recomputed on each resample, and the 2.5 % and 97.5 % quantiles of the defined values
// kept. A statistic undefined in more than half the resamples gets no interval.

type Encoded = {
  n: number;
  k: number;
  cols: Int32Array[];
  truth: Int32Array | null;
  /** Per item: labels given, Fleiss' P_i, and the counts per category. */
  itemN: Int32Array;
  itemP: Float64Array;
  itemCounts: Int32Array[];
};

function encode(m: LabelMatrix, categories: string[]): Encoded {
  const index = new Map(categories.map((c, j) => [c, j]));
  const code = (v: string | null | undefined) => (v == null ? -1 : index.get(v)!);
  const k = categories.length;
  const cols = m.labelers.map((_, j) => Int32Array.from(m.labels, (row) => code(row[j])));
  const itemCounts = m.labels.map((row) => {
    const r = new Int32Array(k);
    for (const l of row) if (l != null) r[index.get(l)!]!++;
    return r;
  });
  const itemN = Int32Array.from(itemCounts, (r) => r.reduce((s, c) => s + c, 0));
  const itemP = Float64Array.from(itemCounts, (r, i) => {
    const ni = itemN[i]!;
    return ni < 2 ? 0 : r.reduce((s, c) => s + c * (c - 1), 0) / (ni * (ni - 1));
  });
  return { n: m.labels.length, k, cols, truth: m.truth ? Int32Array.from(m.truth, code) : null, itemN, itemP, itemCounts };
}

/** Cohen's kappa of two encoded columns over the sampled items (as `cohenKappa`). */
function sampledKappa(a: Int32Array, b: Int32Array, idx: Int32Array, k: number): { n: number; agreement: number; kappa: number | null } {
  const ca = new Float64Array(k);
  const cb = new Float64Array(k);
  let n = 0;
  let same = 0;
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j]!;
    const x = a[i]!;
    const y = b[i]!;
    if (x < 0 || y < 0) continue;
    n++;
    if (x === y) same++;
    ca[x]!++;
    cb[y]!++;
  }
  if (n === 0) return { n, agreement: 0, kappa: null };
  let pe = 0;
  for (let c = 0; c < k; c++) pe += (ca[c]! / n) * (cb[c]! / n);
  const po = same / n;
  return { n, agreement: po, kappa: pe === 1 ? null : (po - pe) / (1 - pe) };
}

/** Fleiss' kappa over the sampled items (as `fleissKappa`). */
function sampledFleiss(e: Encoded, idx: Int32Array): number | null {
  const totals = new Float64Array(e.k);
  let rows = 0;
  let ratings = 0;
  let sumP = 0;
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j]!;
    const ni = e.itemN[i]!;
    if (ni < 2) continue;
    rows++;
    ratings += ni;
    sumP += e.itemP[i]!;
    const r = e.itemCounts[i]!;
    for (let c = 0; c < e.k; c++) totals[c]! += r[c]!;
  }
  if (rows === 0) return null;
  let peBar = 0;
  for (let c = 0; c < e.k; c++) peBar += (totals[c]! / ratings) ** 2;
  return peBar === 1 ? null : (sumP / rows - peBar) / (1 - peBar);
}

/** Every pair's kappa, Fleiss' kappa and the HLP estimate over the sampled items. */
function sampledStats(e: Encoded, idx: Int32Array): { kappas: (number | null)[]; fleiss: number | null; hlp: number | null } {
  const kappas: (number | null)[] = [];
  const agreements: number[] = [];
  for (let x = 0; x < e.cols.length; x++)
    for (let y = x + 1; y < e.cols.length; y++) {
      const r = sampledKappa(e.cols[x]!, e.cols[y]!, idx, e.k);
      kappas.push(r.kappa);
      if (r.n > 0) agreements.push(r.agreement);
    }
  let hlp: number | null;
  if (e.truth) {
    const accuracies: number[] = [];
    for (const col of e.cols) {
      let n = 0;
      let correct = 0;
      for (let j = 0; j < idx.length; j++) {
        const i = idx[j]!;
        const l = col[i]!;
        const t = e.truth[i]!;
        if (l < 0 || t < 0) continue;
        n++;
        if (l === t) correct++;
      }
      if (n) accuracies.push(correct / n);
    }
    hlp = accuracies.length ? mean(accuracies) : agreements.length ? mean(agreements) : null;
  } else hlp = agreements.length ? mean(agreements) : null;
  return { kappas, fleiss: sampledFleiss(e, idx), hlp };
}

function percentileInterval(values: (number | null)[], resamples: number): Interval | null {
  const defined = values.filter((v): v is number => v != null && Number.isFinite(v));
  if (defined.length === 0 || defined.length < resamples / 2) return null;
  return { low: quantile(defined, 0.025), high: quantile(defined, 0.975) };
}

/**
 * How many resamples: 1,000 up to about 3,000 items × 5 labelers; fewer (at least 100) for larger
 * files, so a save stays within seconds. Large files have narrow intervals, so fewer resamples suffice.
 */
export function bootstrapResamples(items: number, labelers: number): number {
  const work = Math.max(1, items * (labelers + (labelers * (labelers - 1)) / 2 + 1));
  return Math.max(100, Math.min(1000, Math.floor(5e7 / work)));
}

/** The bootstrap item indices of one resample of `n` items, drawn from `rand`. */
export function drawResample(n: number, rand: () => number): Int32Array {
  const idx = new Int32Array(n);
  for (let j = 0; j < n; j++) idx[j] = Math.floor(rand() * n);
  return idx;
}

/** 95 % percentile bootstrap intervals of each pair's Cohen's kappa (in `analyzeLabels`' pair order), Fleiss' kappa and the HLP estimate. */
export function bootstrapIntervals(
  m: LabelMatrix,
  opts: { resamples?: number; seed?: number } = {},
): { pairs: (Interval | null)[]; fleiss: Interval | null; hlp: Interval | null; resamples: number; seed: number } {
  const seed = opts.seed ?? BOOTSTRAP_SEED;
  const resamples = opts.resamples ?? bootstrapResamples(m.labels.length, m.labelers.length);
  const categorySet = new Set<string>();
  for (const row of m.labels) for (const l of row) if (l != null) categorySet.add(l);
  for (const t of m.truth ?? []) if (t != null) categorySet.add(t);
  const e = encode(m, [...categorySet].sort());
  const pairCount = (m.labelers.length * (m.labelers.length - 1)) / 2;
  if (e.n === 0) return { pairs: new Array<null>(pairCount).fill(null), fleiss: null, hlp: null, resamples, seed };
  const rand = seededRandom(seed);
  const kappas: (number | null)[][] = Array.from({ length: pairCount }, () => []);
  const fleiss: (number | null)[] = [];
  const hlp: (number | null)[] = [];
  for (let b = 0; b < resamples; b++) {
    const s = sampledStats(e, drawResample(e.n, rand));
    s.kappas.forEach((v, p) => kappas[p]!.push(v));
    fleiss.push(s.fleiss);
    hlp.push(s.hlp);
  }
  return {
    pairs: kappas.map((v) => percentileInterval(v, resamples)),
    fleiss: percentileInterval(fleiss, resamples),
    hlp: percentileInterval(hlp, resamples),
    resamples,
    seed,
  };
}
