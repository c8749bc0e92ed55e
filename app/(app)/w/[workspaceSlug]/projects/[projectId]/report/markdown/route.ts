// GET /w/:workspaceSlug/projects/:projectId/report/markdown — the project report as a Markdown
// download (viewer and up): the canvas, scores and budgets as tables, charts as their data.
import { requireProjectAccess } from "@/lib/auth/access";
import { reportFileName } from "@/lib/domain/report/file-name";
import { reportToMarkdown } from "@/lib/domain/report/markdown";
import { buildProjectReport } from "@/lib/domain/report/build-report";
import { loadReportSources } from "@/lib/db/report";
import { attachment, reportResponse } from "../report-response";

export async function GET(_request: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  return reportResponse(async () => {
    const { workspaceSlug, projectId } = await params;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    const report = buildProjectReport(await loadReportSources(access), new Date());
    return new Response(reportToMarkdown(report), {
      headers: attachment(reportFileName(report.project.name, "md"), "text/markdown; charset=utf-8"),
    });
  });
}
