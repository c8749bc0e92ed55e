import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";

/**
 * The canvas version a report was made from: the number of saved canvas revisions (the sum of the
 * blocks' versions, so each save, restore or starter counts once) and when the last one was made.
 */
export async function getCanvasVersion(access: ProjectAccess): Promise<{ revision: number; lastChange: Date | null }> {
  const [sum, latest] = await Promise.all([
    db.canvasBlock.aggregate({ where: { projectId: access.project.id }, _sum: { version: true } }),
    db.canvasRevision.findFirst({
      where: { projectId: access.project.id, version: { gt: 0 } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true },
    }),
  ]);
  return { revision: sum._sum.version ?? 0, lastChange: latest?.createdAt ?? null };
}
