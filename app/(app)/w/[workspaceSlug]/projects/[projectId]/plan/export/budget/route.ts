// GET /w/:workspaceSlug/projects/:projectId/plan/export/budget — the budget lines as CSV, importable as is (viewer and up)
import { requireProjectAccess } from "@/lib/auth/access";
import { getProjectCurrency, listBudgetLines } from "@/lib/db/budget";
import { budgetCsvRows } from "@/lib/domain/plan/csv";
import { csvResponse } from "../csv-response";

export async function GET(_request: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  return csvResponse(async () => {
    const { workspaceSlug, projectId } = await params;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    const [lines, currency] = await Promise.all([listBudgetLines(access), getProjectCurrency(access)]);
    return { access, name: "budget", rows: budgetCsvRows(lines, currency) };
  });
}
