// GET /w/:workspaceSlug/projects/:projectId/report/pdf?paper=a4|letter — the project report as a
// PDF download (viewer and up), streamed while it is rendered.
import { Readable } from "node:stream";
import { z } from "zod";
import { requireProjectAccess } from "@/lib/auth/access";
import { AppError } from "@/lib/errors";
import { loadReportSources } from "@/lib/db/report";
import { buildProjectReport } from "@/lib/domain/report/build-report";
import { reportFileName } from "@/lib/domain/report/file-name";
import { renderProjectReportPdfStream } from "@/lib/reports/pdf/render";
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
    const report = buildProjectReport(await loadReportSources(access), new Date());
    const stream = await renderProjectReportPdfStream(report, { paper: query.data.paper });
    const body = Readable.toWeb(stream as Readable) as ReadableStream<Uint8Array>;
    return new Response(body, { headers: attachment(reportFileName(report.project.name, "pdf", query.data.paper), "application/pdf") });
  });
}
