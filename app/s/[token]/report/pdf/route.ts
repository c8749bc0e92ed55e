// GET /s/:token/report/pdf?paper=a4|letter — the project report as a PDF, for a share link whose
// owner allowed the download: the same file the team downloads. The token is the credential; an
// unknown, expired or revoked link, or one without the PDF allowed, answers 404 and renders nothing.
import { z } from "zod";
import { findSharedProject } from "@/lib/db/share-links";
import { AppError } from "@/lib/errors";
import { loadReportSources } from "@/lib/db/report";
import { buildProjectReport } from "@/lib/domain/report/build-report";
import { reportFileName } from "@/lib/domain/report/file-name";
import { renderReportPdf, warmUpPdfWorker } from "@/lib/compute/pdf-pool";

export const dynamic = "force-dynamic";

const querySchema = z.object({ paper: z.enum(["a4", "letter"]).default("a4") });

const notFound = () =>
  Response.json(
    { error: { code: "not_found", message: "This link is not available." } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return Response.json({ error: { code: "invalid_input", message: 'Choose the paper size "a4" or "letter".' } }, { status: 422 });
  try {
    const shared = await findSharedProject(token);
    if (!shared?.link.allowPdf) return notFound();
    warmUpPdfWorker();
    const report = buildProjectReport(await loadReportSources(shared.access), new Date());
    // Rendered in the PDF worker pool (or served from its cache), like the team's download.
    const pdf = await renderReportPdf(report, query.data.paper);
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${reportFileName(report.project.name, "pdf", query.data.paper)}"`,
        "Cache-Control": "no-store",
        "X-Robots-Tag": "noindex",
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (err) {
    if (err instanceof AppError && err.code === "unavailable")
      return Response.json({ error: { code: err.code, message: err.message } }, { status: 503, headers: { "Retry-After": "30" } });
    console.error("[scopebench] shared report PDF failed", err);
    return Response.json(
      { error: { code: "internal_error", message: "The report could not be made; please try again." } },
      { status: 500 },
    );
  }
}
