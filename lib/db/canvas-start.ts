import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { CANVAS_TX, commitBlockVersion, ensureBlockRows } from "./canvas-commit";
import { listRegistryMetrics } from "./canvas";
import { AppError } from "@/lib/errors";
import { CANVAS_BLOCK_KEYS } from "@/lib/domain/canvas/blocks";
import { readBlockFields } from "@/lib/domain/canvas/fields";
import { draftFromScoping, draftFromTemplate, isCanvasBlank, type CanvasDraft, type ScopingAnswers } from "@/lib/domain/canvas/starters";
import { getTemplate } from "@/lib/domain/projects/templates";
import type { StartCanvasInput } from "@/lib/schemas/canvas";

/** What a blank canvas can start from: solutions (selected first, rejected left out), and whether any scoping answer exists. */
export async function getStartOptions(access: ProjectAccess) {
  const projectId = access.project.id;
  const [rows, metricCount, constraints] = await Promise.all([
    db.solution.findMany({
      where: { projectId, status: { not: "rejected" } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true, status: true, problem: { select: { title: true } } },
    }),
    db.metric.count({ where: { projectId } }),
    db.projectConstraints.count({ where: { projectId } }),
  ]);
  const solutions = rows
    .sort((a, b) => Number(b.status === "selected") - Number(a.status === "selected"))
    .map((s) => ({ id: s.id, title: s.title, status: s.status, problemTitle: s.problem.title }));
  return { solutions, hasScoping: solutions.length > 0 || metricCount > 0 || constraints > 0 };
}

async function scopingAnswers(access: ProjectAccess, solutionId: string | undefined): Promise<ScopingAnswers> {
  const projectId = access.project.id;
  const [solution, constraints, metrics] = await Promise.all([
    solutionId
      ? db.solution.findFirst({
          where: { id: solutionId, projectId },
          select: {
            title: true,
            approach: true,
            taskType: true,
            dataType: true,
            systemState: true,
            problem: { select: { title: true, description: true, businessMetric: true, stakeholder: true } },
          },
        })
      : null,
    db.projectConstraints.findUnique({
      where: { projectId },
      select: {
        dataVolume: true,
        classBalance: true,
        canCollectMore: true,
        hardware: true,
        deploymentTarget: true,
        latencyMode: true,
        p95BudgetMs: true,
        batchDeadline: true,
      },
    }),
    listRegistryMetrics(access),
  ]);
  if (solutionId && !solution) throw new AppError("not_found", "That solution is not in this project.");
  return { solution: solution ?? undefined, constraints: constraints ?? undefined, metrics };
}

async function buildDraft(access: ProjectAccess, input: StartCanvasInput): Promise<{ draft: CanvasDraft; label: string }> {
  if (input.source === "template") {
    const template = getTemplate(input.templateKey);
    if (!template) throw new AppError("invalid_input", "Choose an example.");
    return { draft: draftFromTemplate(template), label: `the example "${template.name}"` };
  }
  return { draft: draftFromScoping(await scopingAnswers(access, input.solutionId)), label: "the scoping answers" };
}

/**
 * Fills a blank canvas from an example or the scoping answers. Each filled block gets a revision
 * like any save; a canvas that is no longer blank is left alone (conflict).
 */
export async function startCanvas(access: ProjectAccess, input: StartCanvasInput): Promise<{ filled: number }> {
  assertRole(access, "editor");
  const { draft, label } = await buildDraft(access, input);
  const entries = CANVAS_BLOCK_KEYS.flatMap((key) =>
    draft[key] && (draft[key].text.trim() || Object.keys(draft[key].fields).length) ? [[key, draft[key]] as const] : [],
  );
  if (entries.length === 0)
    throw new AppError(
      "invalid_input",
      "The scoping answers have nothing to put on the canvas yet: select a solution or add metrics and constraints first.",
    );
  const projectId = access.project.id;
  return db.$transaction(async (tx) => {
    await ensureBlockRows(tx, projectId, CANVAS_BLOCK_KEYS);
    const rows = await tx.canvasBlock.findMany({ where: { projectId }, select: { key: true, text: true, fields: true, version: true } });
    if (!isCanvasBlank(rows.map((r) => ({ text: r.text, fields: readBlockFields(r.key, r.fields) })))) {
      throw new AppError("conflict", "Someone has already started this canvas. Reload to see their text.");
    }
    const versionOf = new Map(rows.map((r) => [r.key, r.version]));
    for (const [key, block] of entries) {
      const ok = await commitBlockVersion(tx, access, {
        key,
        baseVersion: versionOf.get(key) ?? 0,
        text: block.text,
        fields: block.fields,
        message: `Started from ${label}`,
      });
      if (ok === null) throw new AppError("conflict", "Someone saved the canvas at the same moment. Reload and try again.");
    }
    await audit(tx, access, {
      action: "canvas.start",
      targetType: "project",
      targetId: projectId,
      summary: `Started the canvas of "${access.project.name}" from ${label} (${entries.length} blocks)`,
    });
    return { filled: entries.length };
  }, CANVAS_TX);
}
