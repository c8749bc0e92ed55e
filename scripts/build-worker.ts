// Bundles the worker threads (see scripts/lib/worker-build.ts); part of `npm run build`.
import path from "node:path";
import { buildWorkers } from "./lib/worker-build";

for (const out of await buildWorkers(path.resolve(import.meta.dirname, "..")))
  console.log(`[scopebench] worker built: ${path.relative(process.cwd(), out)}`);
