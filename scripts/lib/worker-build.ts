// Bundles the trend worker (lib/compute/trend-worker.ts) into one ES module that Node can run as a
// worker thread without a TypeScript loader: `npm run build` calls it, and so does the integration
// tests' global setup. The output lives next to the Next.js build, in .build/.
import path from "node:path";
import { build } from "esbuild";

export const WORKER_OUT = ".build/trend-worker.mjs";

export async function buildTrendWorker(root: string): Promise<string> {
  const outfile = path.join(root, WORKER_OUT);
  await build({
    entryPoints: [path.join(root, "lib/compute/trend-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    alias: { "@": root },
    logLevel: "warning",
  });
  return outfile;
}
