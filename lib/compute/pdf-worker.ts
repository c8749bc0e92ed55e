// The PDF worker: renders project reports off the request thread. Bundled on its own by
// scripts/lib/worker-build.ts into .build/pdf-worker.mjs (packages stay external: Node loads
// @react-pdf/renderer, React and the fonts from node_modules) and driven by pdf-pool.ts, one
// message per report.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import type { Paper } from "@/lib/domain/report/canvas-page";
import type { ProjectReport } from "@/lib/domain/report/types";
import { getTextMeasurer } from "@/lib/reports/pdf/fonts";
import { renderProjectReportPdf } from "@/lib/reports/pdf/render";

export type PdfRequest = { id: number; report: ProjectReport; paper: Paper };
export type PdfReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

// Below-normal CPU priority for this thread only (on Linux the nice value is per thread): on a
// busy two-core machine the scheduler then serves the request thread first, and the PDF waits.
try {
  os.setPriority(0, os.constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // not permitted here: run at normal priority
}

// Load the fonts while the request thread is still reading the report's data (pdf-pool.ts starts
// this worker before it); a failure here is reported by the render that needs them.
getTextMeasurer().catch(() => {});

parentPort?.on("message", (req: PdfRequest) => {
  void (async () => {
    try {
      const buffer = await renderProjectReportPdf(req.report, { paper: req.paper });
      // A copy in its own ArrayBuffer (a Buffer may share a pooled one), handed over without copying again.
      const pdf = new Uint8Array(buffer.byteLength);
      pdf.set(buffer);
      parentPort!.postMessage({ id: req.id, pdf } satisfies PdfReply, [pdf.buffer]);
    } catch (err) {
      parentPort!.postMessage({ id: req.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies PdfReply);
    }
  })();
});
