// Where a CPU profile's time went: self time by package (or app folder) and the top functions.
//
//   npx tsx bench/profile-summary.ts bench-profiles/*.cpuprofile
//
// Reads V8 .cpuprofile files (as written by `node --cpu-prof`, e.g. BENCH_PROFILE=1 npx tsx
// bench/pages.ts) and prints the share of sampled time per package and the 15 functions with the
// most self time, so a missed page goal comes with the profile that explains it.
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples?: number[]; timeDeltas?: number[] };

/** The bucket a script URL belongs to: an npm package, a folder of this app, Node itself, or V8. */
function bucketOf(url: string): string {
  if (!url) return "(v8: gc, idle, native)";
  if (url.startsWith("node:")) return "node (built-in)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const app = /\.next\/server\/(chunks\/ssr|chunks|app)\//.exec(url);
  if (app) return `.next/server/${app[1]} (app + bundled packages)`;
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

function main() {
  const files = process.argv.slice(2);
  if (!files.length) {
    console.log("usage: npx tsx bench/profile-summary.ts <file.cpuprofile>…");
    return;
  }
  const byBucket = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfMs = new Map<number, number>();
    if (profile.samples && profile.timeDeltas) {
      profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
    } else {
      for (const n of profile.nodes) selfMs.set(n.id, n.hitCount ?? 0);
    }
    for (const [id, ms] of selfMs) {
      const n = nodes.get(id);
      if (!n || n.callFrame.functionName === "(idle)") continue;
      total += ms;
      const bucket = bucketOf(n.callFrame.url);
      byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + ms);
      const fn = `${n.callFrame.functionName || "(anonymous)"} — ${bucket}:${n.callFrame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
  }
  const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)} %`;
  console.log(`${files.length} profile(s), ${(total / 1000).toFixed(1)} s of busy samples\n\nSelf time by package:`);
  for (const [b, ms] of [...byBucket].sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`${pct(ms)}  ${b}`);
  console.log("\nTop functions by self time:");
  for (const [f, ms] of [...byFunction].sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`${pct(ms)}  ${f}`);
}

main();
