// Bench: calibration of the history trend verdicts on real learning curves (LCDB 1.1 and Pythia,
// ../shared/data/learning-curves/curves.json; skipped when absent). Point i is dated one week after
// point i−1; the fit sees the first k = 5, 8 or 12 points; the target date is the last point's date;
// targets are the final value, final ± 0.01 (± 2 % for perplexity) and final ± 0.05 (± 10 %).
// Constants are calibrated on LCDB only (`--calibrate` prints the grid); Pythia is held out.
// Run with `npx tsx bench/trend-calibration.ts` (also part of `npm run bench`).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeHistory, fitModel, type HistoryInput } from "../lib/domain/evidence/fit";
import { MODELS } from "../lib/domain/evidence/models";
import { seededRandom } from "../lib/domain/evidence/random";

const ROOT = path.resolve(import.meta.dirname, "..");
const FILE = path.resolve(ROOT, "..", "shared", "data", "learning-curves", "curves.json");
if (!existsSync(FILE)) {
  console.log(`SKIP trend-calibration: ${FILE} not found`);
  process.exit(0);
}

type Curve = {
  id: string;
  source: string;
  metric: string;
  direction: "higher_is_better" | "lower_is_better";
  bounded01: boolean;
  y: number[];
};
const curves: Curve[] = (JSON.parse(readFileSync(FILE, "utf8")) as { curves: Curve[] }).curves;
const WEEK = 7 * 86_400_000;
const KS = [5, 8, 12];

type Row = { source: string; p: number; reached: boolean; near: boolean; decisive: boolean; wrong: boolean };
type ErrRow = { source: string; covered: boolean; err: number; errLast: number; errPow3: number };

function pow3(ys: number[], s: number) {
  // plain least squares, no robustness, no uncertainty: the baseline of the estimate
  const n = ys.length;
  const xs = ys.map((_, i) => i / (n - 1));
  const lo = Math.min(...ys);
  const sc = Math.max(...ys) - lo || 1;
  const fit = fitModel(
    "power",
    xs,
    ys.map((v) => (v - lo) / sc),
  );
  return MODELS.power.f(fit.params)(s) * sc + lo;
}

function evaluate(set: Curve[], calibration?: HistoryInput["calibration"]) {
  const rows: Row[] = [];
  const errs: ErrRow[] = [];
  for (const c of set) {
    const final = c.y[c.y.length - 1]!;
    const good = (v: number, t: number) => (c.direction === "higher_is_better" ? v >= t : v <= t);
    const perplexity = !c.bounded01;
    const deltas = perplexity ? [0, 0.02 * final, -0.02 * final, 0.1 * final, -0.1 * final] : [0, 0.01, -0.01, 0.05, -0.05];
    const bounds = c.bounded01 ? { min: 0, max: 1 } : { min: 0 };
    for (const k of KS) {
      if (k >= c.y.length) continue;
      const points = c.y.slice(0, k).map((value, i) => ({ time: i * WEEK, value }));
      const time = (c.y.length - 1) * WEEK;
      for (const [j, d] of deltas.entries()) {
        const target = final + d;
        const a = analyzeHistory({ points, direction: c.direction, target: { value: target, time }, bounds, calibration });
        const p = a.probability!;
        const reached = good(final, target);
        const decisive = a.verdict === "likely" || a.verdict === "unlikely";
        rows.push({
          source: c.source,
          p,
          reached,
          near: j > 0 && j < 3,
          decisive,
          wrong: decisive && (a.verdict === "likely") !== reached,
        });
        if (j === 0) {
          const at = a.atTarget!;
          errs.push({
            source: c.source,
            covered: at.low <= final && final <= at.high,
            err: Math.abs(at.estimate - final),
            errLast: Math.abs(c.y[k - 1]! - final),
            errPow3: Math.abs(pow3(c.y.slice(0, k), (c.y.length - 1) / (k - 1)) - final),
          });
        }
      }
    }
  }
  return { rows, errs };
}

const med = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(v.length, 1);
const brier = (rows: Row[]) => mean(rows.map((r) => (r.p - (r.reached ? 1 : 0)) ** 2));

function summarise(rows: Row[], errs: ErrRow[]) {
  return {
    brier: brier(rows),
    brierNear: brier(rows.filter((r) => r.near)),
    coverage: mean(errs.map((e) => (e.covered ? 1 : 0))),
    decisive: mean(rows.map((r) => (r.decisive ? 1 : 0))),
    wrong: mean(rows.map((r) => (r.wrong ? 1 : 0))),
    err: med(errs.map((e) => e.err)),
    errLast: med(errs.map((e) => e.errLast)),
    errPow3: med(errs.map((e) => e.errPow3)),
    n: errs.length,
  };
}

const lcdb = curves.filter((c) => c.source.startsWith("LCDB"));
if (process.argv.includes("--calibrate")) {
  console.log("LCDB only: kappa power floor change | brier near coverage decisive wrong");
  const grid = JSON.parse(process.env.GRID ?? "[[1, 1, 0.02, 0]]") as number[][];
  for (const [extrapolation, extrapolationPower, noiseFloor, changeShare] of grid) {
    const { rows, errs } = evaluate(lcdb, { extrapolation, extrapolationPower, noiseFloor, changeShare });
    const s = summarise(rows, errs);
    console.log(
      `${extrapolation} ${extrapolationPower} ${noiseFloor} ${changeShare} | ${s.brier.toFixed(3)} ${s.brierNear.toFixed(3)} ${(s.coverage * 100).toFixed(0)}% ${(s.decisive * 100).toFixed(0)}% ${(s.wrong * 100).toFixed(1)}% err ${s.err.toFixed(4)} pow3 ${s.errPow3.toFixed(4)}`,
    );
  }
  process.exit(0);
}

const { rows, errs } = evaluate(curves, process.env.CAL ? (JSON.parse(process.env.CAL) as HistoryInput["calibration"]) : undefined);
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
console.log(
  `curves: ${curves.length} (${lcdb.length} LCDB for calibration, ${curves.length - lcdb.length} Pythia held out); k = ${KS.join(", ")}`,
);
console.log("set        | analyses | Brier | Brier near | 90 % coverage | decisive | decisive & wrong | med |err| | last value | pow3 LSQ");
const report: Record<string, ReturnType<typeof summarise>> = {};
for (const source of [...new Set(curves.map((c) => c.source)), "all"]) {
  const pick = <T extends { source: string }>(v: T[]) => (source === "all" ? v : v.filter((r) => r.source === source));
  const s = summarise(pick(rows), pick(errs));
  report[source] = s;
  console.log(
    `${source.padEnd(10)} | ${String(s.n).padStart(8)} | ${s.brier.toFixed(3)} | ${s.brierNear.toFixed(3).padStart(10)} | ${pct(s.coverage).padStart(13)} | ${pct(s.decisive).padStart(8)} | ${pct(s.wrong).padStart(16)} | ${s.err.toFixed(4).padStart(10)} | ${s.errLast.toFixed(4).padStart(10)} | ${s.errPow3.toFixed(4)}`,
  );
}

function timeIt(points: { time: number; value: number }[], runs: number) {
  const input = {
    points,
    direction: "higher_is_better" as const,
    target: { value: 0.85, time: points.at(-1)!.time * 1.5 },
    bounds: { min: 0, max: 1 },
  };
  analyzeHistory(input);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    analyzeHistory(input);
    t.push(performance.now() - s);
  }
  return med(t);
}
const r = seededRandom(5);
const synth = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ time: (i + 1) * 3_600_000, value: 0.8 - 0.3 * Math.exp((-4 * i) / n) + (r() - 0.5) * 0.02 }));
const t12 = timeIt(synth(12), 21);
const t5000 = timeIt(synth(5000), 5);
console.log(`time per analysis (median): 12 points ${t12.toFixed(1)} ms; 5,000 points ${t5000.toFixed(1)} ms`);

const all = report.all!;
const goals: [string, boolean][] = [
  [`Brier ≤ 0.18 (${all.brier.toFixed(3)})`, all.brier <= 0.18],
  [`Brier near ≤ 0.24 (${all.brierNear.toFixed(3)})`, all.brierNear <= 0.24],
  [`coverage 85–97 % (${pct(all.coverage)})`, all.coverage >= 0.85 && all.coverage <= 0.97],
  [`decisive and wrong ≤ 5 % (${pct(all.wrong)})`, all.wrong <= 0.05],
  [`median |error| ≤ pow3 (${all.err.toFixed(4)} vs ${all.errPow3.toFixed(4)})`, all.err <= all.errPow3],
  [`12 points ≤ 50 ms (${t12.toFixed(1)})`, t12 <= 50],
  [`5,000 points ≤ 1 s (${t5000.toFixed(0)} ms)`, t5000 <= 1000],
];
for (const [label, ok] of goals) console.log(`${ok ? "MET   " : "NOT MET"} ${label}`);
