import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { ACCESS_PROJECT_SELECT, assertRole, type ProjectAccess, type WorkspaceAccess } from "./access";
import { audit, projectEventScope } from "./audit";
import { createProblem } from "./problems";
import { createSolution, decideSolution } from "./solutions";
import { saveFeasibility, saveValue } from "./assessments";
import { createMetric, saveConstraints } from "./metrics";
import { createHlpStudy, saveHistorySeries } from "./evidence";
import { saveCanvasBlock } from "./canvas";
import { addDependency, createMilestone } from "./milestones";
import { createBudgetLine } from "./budget";
import { upsertRun } from "./runs";
import { ingestMonitoringPoints } from "./monitoring";
import { AppError } from "@/lib/errors";
import { CANVAS_BLOCK_KEYS } from "@/lib/domain/canvas/blocks";
import { isoDate } from "@/lib/domain/dates";
import { analyzeLabels } from "@/lib/domain/evidence/agreement";
import { parseCsv } from "@/lib/domain/evidence/csv";
import { toLabelMatrix } from "@/lib/domain/evidence/labels";
import { buildWorkedExample, WORKED_EXAMPLE_KEY, type WorkedExample } from "@/lib/domain/projects/worked-example";

// Creates the worked example (lib/domain/projects/worked-example.ts) as a new project. The project
// row comes first, in its own short transaction; then every part is stored through the function
// its form or API route uses, each in its own short transaction (so each is audited as usual and
// no transaction is held across the κ statistics or the trend fit); independent parts run in up to
// five lanes at once. If any step fails, the project is deleted again, so nobody is left with half
// an example (decision 012).

/** Like Promise.all, but waits for every promise to settle before throwing the first failure, so no
 * step is still writing when a failed example is cleaned up. */
async function settled<T extends readonly unknown[]>(promises: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T>;
async function settled<T>(promises: readonly Promise<T>[]): Promise<T[]>;
async function settled(promises: readonly Promise<unknown>[]): Promise<unknown[]> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value);
}

/** The problems (in order), then each solution with its assessments and decision; returns the selected solution's id. */
async function fillScoping(access: ProjectAccess, ex: WorkedExample): Promise<string> {
  const problemIds: string[] = [];
  for (const { solutions: _s, ...fields } of ex.problems) problemIds.push((await createProblem(access, fields)).id);
  const ids = await settled(
    ex.problems.flatMap((p, i) =>
      p.solutions.map(async ({ decision, feasibility, value, ...fields }) => {
        const { id } = await createSolution(access, problemIds[i]!, fields);
        await settled([saveFeasibility(access, id, feasibility), saveValue(access, id, value)]);
        if (decision.status !== "proposed") await decideSolution(access, id, decision.status, decision.rationale);
        return { id, selected: decision.status === "selected" };
      }),
    ),
  );
  const selected = ids.find((s) => s.selected);
  if (!selected) throw new Error("the worked example selects no solution");
  return selected.id;
}

/** The HLP study, computed from the generated labels file exactly as an uploaded one is, and the history series. */
async function fillEvidence(access: ProjectAccess, ex: WorkedExample, solutionId: string, metricIds: Map<string, string>) {
  const { csv, truthColumn, idColumn, metricName, method, notes } = ex.hlpStudy;
  const table = parseCsv(csv);
  if (!table.ok) throw new Error(`the worked example's labels file does not parse: ${table.problem.message}`);
  const matrix = toLabelMatrix(table.table, { truthColumn, idColumn, labelerColumns: null });
  if (!matrix.ok) throw new Error(`the worked example's labels file has no label matrix: ${matrix.problem.message}`);
  const results = analyzeLabels(matrix.matrix);
  if (results.hlp.score == null) throw new Error("the worked example's labels file gives no human-level score");
  const study = await createHlpStudy(access, solutionId, {
    kind: "labels_csv",
    metricName,
    score: results.hlp.score,
    method,
    itemCount: results.itemCount,
    notes,
    results: JSON.parse(JSON.stringify(results)) as Prisma.InputJsonValue,
  });
  await fillBaselines(access, ex, solutionId, metricIds, { id: study.id, score: results.hlp.score });
  const metric = ex.metrics.find((m) => m.name === ex.history.metricName)!;
  await saveHistorySeries(
    access,
    solutionId,
    {
      metricId: metricIds.get(metric.name) ?? null,
      metricName: metric.name,
      unit: metric.unit,
      direction: metric.direction,
      targetValue: ex.history.targetValue,
      targetDate: ex.history.targetDate,
      xAxis: "date",
    },
    ex.history.points.map((p) => ({ ...p, source: "manual" as const })),
  );
}

/**
 * What the selected solution must beat, in one short transaction. Written directly: the example's values are fixed,
 * and the human-level baseline takes the study's score and links to it.
 */
async function fillBaselines(
  access: ProjectAccess,
  ex: WorkedExample,
  solutionId: string,
  metricIds: Map<string, string>,
  study: { id: string; score: number },
) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    await tx.baseline.createMany({
      data: ex.baselines.map((b, position) => {
        const metricId = metricIds.get(b.metricName);
        if (!metricId) throw new Error(`the worked example's baseline names an unknown metric: ${b.metricName}`);
        return {
          projectId: access.project.id,
          solutionId,
          metricId,
          kind: b.kind,
          label: b.label,
          value: b.value === "hlp_score" ? study.score : b.value,
          source: b.source,
          citationUrl: b.citationUrl,
          hlpStudyId: b.value === "hlp_score" ? study.id : null,
          measuredOn: b.measuredOn ? new Date(`${b.measuredOn}T00:00:00Z`) : null,
          note: b.note,
          yearlyValue: b.yearlyValue,
          costEstimate: b.costEstimate,
          feasibility: b.feasibility,
          position,
        };
      }),
    });
  });
}

async function fillCanvas(access: ProjectAccess, ex: WorkedExample, metricIds: Map<string, string>) {
  for (const key of CANVAS_BLOCK_KEYS) {
    const block = ex.canvas[key];
    const ids = (block.metricNames ?? []).map((n) => metricIds.get(n)).filter((id): id is string => Boolean(id));
    const outcome = await saveCanvasBlock(access, {
      key,
      baseVersion: 0,
      text: block.text,
      fields: ids.length ? { ...block.fields, metricIds: ids } : block.fields,
      message: "Filled from the worked example",
    });
    if (outcome.status !== "saved") throw new Error(`the canvas block ${key} was saved by someone else meanwhile`);
  }
}

async function fillMilestones(access: ProjectAccess, ex: WorkedExample) {
  const ids: string[] = [];
  for (const m of ex.milestones) {
    const { dependsOn: _deps, ...fields } = m;
    ids.push((await createMilestone(access, { ...fields, ownerUserId: null })).id);
  }
  for (const [i, m] of ex.milestones.entries()) {
    for (const before of m.dependsOn) await addDependency(access, ids[i]!, ids[before]!);
  }
}

async function fillBudget(access: ProjectAccess, ex: WorkedExample) {
  for (const line of ex.budget) await createBudgetLine(access, line);
}

async function fillRunsAndMonitoring(access: ProjectAccess, ex: WorkedExample) {
  for (const run of ex.runs) await upsertRun(access, run, { notify: false }); // demo history: nobody is alerted about it
  await ingestMonitoringPoints(access, ex.monitoring, { evaluateAlerts: false }); // demo history: nobody is alerted about it
}

async function fill(access: ProjectAccess, ex: WorkedExample) {
  const [, metrics] = await settled([
    saveConstraints(access, ex.constraints, ex.currency),
    settled(ex.metrics.map(async (m) => [m.name, (await createMetric(access, m)).id] as const)),
  ]);
  const metricIds = new Map(metrics);
  const selected = await fillScoping(access, ex);
  // The parts below are independent: five lanes side by side, each a chain of short transactions (so
  // at most five connections at once), which keeps the creation to a few seconds on a busy server.
  await settled([
    fillEvidence(access, ex, selected, metricIds),
    fillCanvas(access, ex, metricIds),
    fillMilestones(access, ex),
    fillBudget(access, ex),
    fillRunsAndMonitoring(access, ex),
  ]);
}

/** Deletes a project whose example could not be completed, and says so in the audit log. */
async function removeUnfinished(access: ProjectAccess, reason: unknown) {
  console.error("[scopebench] the worked example could not be completed:", reason);
  await db.$transaction(async (tx) => {
    await audit(tx, projectEventScope(access, null), {
      action: "project.delete",
      targetType: "project",
      targetId: access.project.id,
      summary: `Removed the unfinished worked example "${access.project.name}" after an error`,
    });
    await tx.project.deleteMany({ where: { id: access.project.id, workspaceId: access.workspace.id } });
  });
}

/**
 * Creates a complete example project (editors and owners). `today` (YYYY-MM-DD) anchors its dates;
 * `ex` is the content (tests pass a broken one to check the clean-up).
 * All or nothing: a failure part-way deletes the project and throws.
 */
export async function createWorkedExample(
  access: WorkspaceAccess,
  input: { name: string; description: string },
  today: string = isoDate(new Date()),
  ex: WorkedExample = buildWorkedExample(today),
): Promise<{ id: string; name: string }> {
  assertRole(access, "editor");
  const project = await db.$transaction(async (tx) => {
    const p = await tx.project.create({
      data: {
        workspaceId: access.workspace.id,
        name: input.name,
        description: input.description || ex.description,
        templateKey: WORKED_EXAMPLE_KEY,
        createdById: access.userId,
        canvasBlocks: { create: CANVAS_BLOCK_KEYS.map((key) => ({ key, text: "", fields: {}, updatedById: access.userId })) },
      },
      select: ACCESS_PROJECT_SELECT,
    });
    await audit(tx, projectEventScope(access, p.id), {
      action: "project.create",
      targetType: "project",
      targetId: p.id,
      summary: `Created project "${p.name}" from the worked example`,
    });
    return p;
  });
  const projectAccess: ProjectAccess = { ...access, project };
  try {
    await fill(projectAccess, ex);
  } catch (err) {
    await removeUnfinished(projectAccess, err);
    throw new AppError("internal_error", "The worked example could not be created, and nothing of it was kept. Please try again.");
  }
  return { id: project.id, name: project.name };
}
