// GET /w/:workspaceSlug/projects/:projectId/export/json — the whole project as a JSON export, streamed (viewer and up)
import { requireProjectAccess } from "@/lib/auth/access";
import { projectExportStream } from "@/lib/db/project-export";
import { projectFileSlug } from "@/lib/domain/report/file-name";
import { ERROR_STATUS, isAppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  try {
    const { workspaceSlug, projectId } = await params;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    const slug = projectFileSlug(access.project.name);
    return new Response(projectExportStream(access), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}-scopebench.json"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: { code: err.code, message: err.message } }, { status: ERROR_STATUS[err.code] });
    console.error("[scopebench] JSON export failed", err);
    return Response.json({ error: { code: "internal_error", message: "The export failed; please try again." } }, { status: 500 });
  }
}
