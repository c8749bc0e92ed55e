// Bench: how long the history trend analysis takes — three model fits, AIC selection and the
// 100-resample residual bootstrap — for series of 20, 200 and 2,000 points.
// Run with `npx tsx bench/fit.ts` (also part of `npm run bench`).
import { performance } from "node:perf_hooks";
import { analyzeHistory } from "../lib/domain/evidence/fit";
import { seededRandom } from "../lib/domain/evidence/random";

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

function series(n: number) {
  const r = seededRandom(n);
  return Array.from({ length: n }, (_, i) => ({
    time: T0 + Math.round((i * 720) / n) * DAY + i,
    value: 0.7 - 0.25 * Math.exp((-3 * i) / n) + (r() - 0.5) * 0.02,
  }));
}

const RUNS = 3;
console.log("points | median time (ms) | runs | model | verdict");
for (const n of [20, 200, 2000]) {
  const points = series(n);
  const input = { points, direction: "higher_is_better" as const, target: { value: 0.85, time: T0 + 900 * DAY } };
  analyzeHistory(input); // warm-up (JIT)
  const times: number[] = [];
  let last = analyzeHistory(input);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = analyzeHistory(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${String(n).padStart(6)} | ${times[Math.floor(RUNS / 2)]!.toFixed(1).padStart(16)} | ${RUNS} | ${last.selected} | ${last.verdict} (p = ${last.probability})`,
  );
}
