import "server-only";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { canvasBoxSources, planCanvasPage, type Paper } from "@/lib/domain/report/canvas-page";
import type { ProjectReport } from "@/lib/domain/report/types";
import { ReportDocument } from "./document";
import { getTextMeasurer, registerReportFonts } from "./fonts";

export type PdfOptions = { paper: Paper };

async function documentFor(report: ProjectReport, { paper }: PdfOptions) {
  registerReportFonts();
  const measure = await getTextMeasurer();
  const plan = planCanvasPage(canvasBoxSources(report), paper, measure);
  return <ReportDocument report={report} paper={paper} plan={plan} />;
}

/** The report as a whole PDF file in memory. */
export async function renderProjectReportPdf(report: ProjectReport, options: PdfOptions): Promise<Buffer> {
  return renderToBuffer(await documentFor(report, options));
}

/** The report as a PDF stream (what the download route sends, so big files are not held twice). */
export async function renderProjectReportPdfStream(report: ProjectReport, options: PdfOptions): Promise<NodeJS.ReadableStream> {
  return renderToStream(await documentFor(report, options));
}
