// GET /w/:workspaceSlug/projects/:projectId/plan/export/milestones — the milestones as CSV (viewer and up)
import { requireProjectAccess } from "@/lib/auth/access";
import { listMilestones } from "@/lib/db/milestones";
import { milestoneCsvRows } from "@/lib/domain/plan/csv";
import { csvResponse } from "../csv-response";

export async function GET(_request: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  return csvResponse(async () => {
    const { workspaceSlug, projectId } = await params;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    return { access, name: "milestones", rows: milestoneCsvRows(await listMilestones(access)) };
  });
}
