// GET /w/:workspaceSlug/projects/:projectId/report/pdf?paper=a4|letter — the project report as a
// PDF download (viewer and up), rendered in a worker thread or served from the cache (lib/compute/pdf-pool.ts).
import { z } from "zod";
import { requireProjectAccess } from "@/lib/auth/access";
import { AppError } from "@/lib/errors";
import { loadReportSources } from "@/lib/db/report";
import { buildProjectReport } from "@/lib/domain/report/build-report";
import { reportFileName } from "@/lib/domain/report/file-name";
import { renderReportPdf, warmUpPdfWorker } from "@/lib/compute/pdf-pool";
import { attachment, reportResponse } from "../report-response";

const querySchema = z.object({ paper: z.enum(["a4", "letter"], { error: 'Choose the paper size "a4" or "letter".' }).default("a4") });

export async function GET(request: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  return reportResponse(async () => {
    const { workspaceSlug, projectId } = await params;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success)
      throw new AppError("invalid_input", query.error.issues[0]?.message ?? "Invalid query.", {
        paper: query.error.issues.map((i) => i.message),
      });
    warmUpPdfWorker(); // fonts load in the worker while the data loads here
    const report = buildProjectReport(await loadReportSources(access), new Date());
    const pdf = await renderReportPdf(report, query.data.paper);
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: attachment(reportFileName(report.project.name, "pdf", query.data.paper), "application/pdf"),
    });
  });
}
