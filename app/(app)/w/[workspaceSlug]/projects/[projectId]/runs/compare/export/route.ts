// GET /w/:workspaceSlug/projects/:projectId/runs/compare/export?run=…&run=… — the comparison as CSV, one row per run
// with its parameters and final metrics (viewer and up). Runs of other projects are left out, as on the page.
import { requireProjectAccess } from "@/lib/auth/access";
import { loadRunComparison } from "@/lib/db/run-compare";
import { comparisonCsvRows, selectionProblem, uniqueRunIds } from "@/lib/domain/runs/compare";
import { runCompareViewSchema } from "@/lib/schemas/run-views";
import { AppError } from "@/lib/errors";
import { csvResponse } from "../../../plan/export/csv-response";

export async function GET(request: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  return csvResponse(async () => {
    const { workspaceSlug, projectId } = await params;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    const url = new URL(request.url);
    const ids = uniqueRunIds(runCompareViewSchema.parse({ run: url.searchParams.getAll("run") }).run);
    const tooMany = ids.length > 10 ? selectionProblem(ids.length) : null;
    if (tooMany) throw new AppError("invalid_input", tooMany);
    const { model } = await loadRunComparison(access, ids);
    const problem = selectionProblem(model.runs.length);
    if (problem) throw new AppError("invalid_input", problem);
    return { access, name: "run-comparison", rows: comparisonCsvRows(model, (d) => d.toISOString()) };
  });
}
