// npm run build:worker — bundles the trend worker (see scripts/lib/worker-build.ts).
import path from "node:path";
import { buildTrendWorker } from "./lib/worker-build";

const out = await buildTrendWorker(path.resolve(import.meta.dirname, ".."));
console.log(`[scopebench] trend worker built: ${path.relative(process.cwd(), out)}`);
