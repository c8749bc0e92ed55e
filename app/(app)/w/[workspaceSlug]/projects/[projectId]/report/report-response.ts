import "server-only";
import { ERROR_STATUS, isAppError } from "@/lib/errors";

/**
 * Runs a report download (which authorizes first) and answers with its file; refusals keep their
 * status (404 for another workspace's project, 401, 422 for a bad query) as a JSON error.
 */
export async function reportResponse(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: { code: err.code, message: err.message } }, { status: ERROR_STATUS[err.code] });
    console.error("[scopebench] report export failed", err);
    return Response.json(
      { error: { code: "internal_error", message: "The report could not be made; please try again." } },
      { status: 500 },
    );
  }
}

export function attachment(fileName: string, contentType: string): HeadersInit {
  return { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" };
}
