// Bench: what the word diff of two versions of a block costs, and what its cut (MAX_DIFF_EDITS,
// past which the versions are shown as replaced whole) saves on a pathological rewrite.
// Run with `npx tsx bench/diff.ts` (also part of `npm run bench`).
//
// The unit tests only check that the cut happens and what it shows; the time it takes is
// measured here, against a reference measured in the same run: a small edit of the same text.
import { performance } from "node:perf_hooks";
import { MAX_DIFF_EDITS, wordDiff, type DiffSegment } from "../lib/domain/canvas/diff";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WORDS = 2000;

/** The text of the unit test "a rewrite too large for a word diff…": 2,000 words from 97. */
const text = (seed: string) => Array.from({ length: WORDS }, (_, i) => `${seed}${(i * 7) % 97}`).join(" ");
/** `base` with every `every`-th word replaced. */
const edited = (base: string, every: number) =>
  base
    .split(" ")
    .map((w, i) => (i % every === 0 ? `changed${i}` : w))
    .join(" ");

const base = text("a");
const cases: { label: string; after: string; maxEdits?: number; runs?: number }[] = [
  { label: "reference: 2 % of words changed", after: edited(base, 50) },
  { label: "a third of words changed (just inside the cut)", after: edited(base, 3) },
  { label: "completely rewritten (cut at MAX_DIFF_EDITS)", after: text("b") },
  { label: "completely rewritten, no cut", after: text("b"), maxEdits: Infinity, runs: 3 },
];

function shown(d: DiffSegment[]): string {
  if (d.length === 2 && d[0]!.text === base && d[1]!.kind === "added") return "replaced whole";
  return `word diff, ${d.filter((s) => s.kind !== "same").length} changed runs`;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(`word diff of ${WORDS.toLocaleString("en-US")}-word texts, MAX_DIFF_EDITS = ${MAX_DIFF_EDITS}`);
console.log("case                                            | median (ms) | × reference | runs | result");
let reference = 0;
for (const c of cases) {
  const run = () => wordDiff(base, c.after, c.maxEdits);
  let last = run(); // warm-up (JIT)
  const times: number[] = [];
  const runs = c.runs ?? RUNS;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = run();
    times.push(performance.now() - t);
  }
  const ms = median(times);
  reference ||= ms;
  console.log(
    `${c.label.padEnd(47)} | ${ms.toFixed(1).padStart(11)} | ${(ms / reference).toFixed(0).padStart(10)}× | ${String(runs).padStart(4)} | ${shown(last)}`,
  );
}
