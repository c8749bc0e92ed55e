import "server-only";
import { toSafeCsv } from "@/lib/domain/csv-export";
import { projectFileSlug } from "@/lib/domain/report/file-name";
import type { ProjectAccess } from "@/lib/db/access";
import { ERROR_STATUS, isAppError } from "@/lib/errors";

/** Runs an export (which authorizes first) and answers with a CSV download; refusals keep their status (404, 401…). */
export async function csvResponse(run: () => Promise<{ access: ProjectAccess; name: string; rows: string[][] }>): Promise<Response> {
  try {
    const { access, name, rows } = await run();
    // Every line of a cell that starts with = + - @ (or tab, CR) is prefixed so spreadsheets do not run it.
    const body = toSafeCsv(rows);
    const slug = projectFileSlug(access.project.name);
    return new Response(`\uFEFF${body}\r\n`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}-${name}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: { code: err.code, message: err.message } }, { status: ERROR_STATUS[err.code] });
    console.error("[scopebench] CSV export failed", err);
    return Response.json({ error: { code: "internal_error", message: "The export failed; please try again." } }, { status: 500 });
  }
}
