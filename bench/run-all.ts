// npm run bench — runs each benchmark script in bench/ in turn; each prints its own figures.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCRIPTS = [
  "ingest.ts",
  "openlineage-interop.ts",
  "canvas.ts",
  "diff.ts",
  "fit.ts",
  "trend-calibration.ts",
  "reports.ts",
  "pages.ts",
  "runs.ts",
  "alerts.ts",
];
let failed = 0;
for (const script of SCRIPTS) {
  const file = path.join(ROOT, "bench", script);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench/${script} ===`);
  const res = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: ROOT, stdio: "inherit" });
  if (res.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
