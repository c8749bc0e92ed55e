// Bundles the worker threads — the trend worker (lib/compute/trend-worker.ts) and the PDF worker
// (lib/compute/pdf-worker.ts) — into ES modules that Node runs without a TypeScript loader:
// `npm run build` calls it, and so does the integration tests' global setup. The output lives next
// to the Next.js build, in .build/.
import path from "node:path";
import { build, type Plugin } from "esbuild";

export const WORKER_OUT = ".build/trend-worker.mjs";
export const PDF_WORKER_OUT = ".build/pdf-worker.mjs";
/** Every file a build must have produced (scripts/lib/build-hash.ts rebuilds when one is missing). */
export const WORKER_OUTPUTS = [WORKER_OUT, PDF_WORKER_OUT];

/** `import "server-only"` guards the Next.js bundles; in a worker thread it is an empty module. */
const serverOnlyIsEmpty: Plugin = {
  name: "server-only-empty",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

const common = (root: string) =>
  ({
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    alias: { "@": root },
    logLevel: "warning",
  }) as const;

export async function buildTrendWorker(root: string): Promise<string> {
  const outfile = path.join(root, WORKER_OUT);
  await build({ ...common(root), entryPoints: [path.join(root, "lib/compute/trend-worker.ts")], outfile });
  return outfile;
}

/**
 * The PDF worker bundles our own code (the document, lib/domain) and leaves every package to Node:
 * @react-pdf/renderer loads its layout engine and the fonts from node_modules, where the Next.js
 * server finds them too, and React stays one copy.
 */
export async function buildPdfWorker(root: string): Promise<string> {
  const outfile = path.join(root, PDF_WORKER_OUT);
  await build({
    ...common(root),
    entryPoints: [path.join(root, "lib/compute/pdf-worker.ts")],
    outfile,
    packages: "external",
    jsx: "automatic",
    plugins: [serverOnlyIsEmpty],
  });
  return outfile;
}

/** Both workers. */
export async function buildWorkers(root: string): Promise<string[]> {
  return [await buildTrendWorker(root), await buildPdfWorker(root)];
}
