// GET /w/:workspaceSlug/projects/:projectId/export/json — the whole project as a JSON export, streamed (viewer and up)
import { requireProjectAccess } from "@/lib/auth/access";
import { projectExportStream } from "@/lib/db/project-export";
import { slugify } from "@/lib/domain/slug";
import { ERROR_STATUS, isAppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  try {
    const { workspaceSlug, projectId } = await params;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    // slugify keeps ASCII letters and digits; a name without any (e.g. only Greek or Chinese) becomes "project".
    const slug = /[a-z0-9]/i.test(access.project.name.normalize("NFKD")) ? slugify(access.project.name) : "project";
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
