import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type WorkspaceAccess } from "./access";
import { audit, projectEventScope } from "./audit";
import { ensureMonitoringPartitions, refreshMonitoringRollups } from "./monitoring";
import { AppError, type FieldErrors } from "@/lib/errors";
import { createOrderedIdGenerator } from "@/lib/domain/export/convert";
import { emailsIn, planProjectImport, type ImportPlan } from "@/lib/domain/export/import-plan";
import type { ExportIssue } from "@/lib/domain/export/issues";
import { parseProjectExport } from "@/lib/domain/export/parse";

type Tx = Prisma.TransactionClient;

export type ImportResult = { projectId: string; name: string; unmappedEmails: string[] };

/** An export document that failed validation; `issues` lists every problem with its JSON path. */
export class ProjectImportError extends AppError {
  constructor(public readonly issues: ExportIssue[]) {
    const fieldErrors: FieldErrors = {};
    for (const issue of issues) (fieldErrors[issue.path] ??= []).push(issue.message);
    super(
      "invalid_input",
      issues.length === 1 ? "The file has 1 problem." : `The file has ${issues.length.toLocaleString("en-US")} problems.`,
      fieldErrors,
    );
    this.name = "ProjectImportError";
  }
}

const CHUNK = 1000;

/** createMany in slices, so no statement comes near PostgreSQL's bind-parameter limit. */
async function insertAll<T>(rows: readonly T[], create: (data: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await create(rows.slice(i, i + CHUNK));
}

// JSON null in the file: a database NULL where the column is nullable, a JSON null where it is not.
const nullableJson = (v: Prisma.InputJsonValue | null) => v ?? Prisma.DbNull;
const requiredJson = (v: Prisma.InputJsonValue | null) => v ?? Prisma.JsonNull;

async function writeRows(tx: Tx, { rows }: ImportPlan): Promise<void> {
  await insertAll(rows.metrics, (data) => tx.metric.createMany({ data }));
  await insertAll(rows.problems, (data) => tx.businessProblem.createMany({ data }));
  await insertAll(rows.solutions, (data) => tx.solution.createMany({ data }));
  await insertAll(rows.feasibility, (data) => tx.feasibilityAssessment.createMany({ data }));
  await insertAll(rows.values, (data) => tx.valueAssessment.createMany({ data }));
  await insertAll(rows.decisions, (data) => tx.solutionDecision.createMany({ data }));
  await insertAll(rows.hlpStudies, (data) =>
    tx.hlpStudy.createMany({ data: data.map((h) => ({ ...h, results: nullableJson(h.results) })) }),
  );
  await insertAll(rows.baselines, (data) => tx.baseline.createMany({ data }));
  await insertAll(rows.runs, (data) =>
    tx.pipelineRun.createMany({ data: data.map((r) => ({ ...r, params: requiredJson(r.params), lineage: nullableJson(r.lineage) })) }),
  );
  await insertAll(rows.runMetrics, (data) => tx.runMetric.createMany({ data }));
  await insertAll(rows.runSteps, (data) => tx.runStep.createMany({ data }));
  await insertAll(rows.historySeries, (data) => tx.historySeries.createMany({ data }));
  await insertAll(rows.historyPoints, (data) => tx.historyPoint.createMany({ data }));
  await insertAll(rows.canvasBlocks, (data) => tx.canvasBlock.createMany({ data }));
  await insertAll(rows.canvasRevisions, (data) => tx.canvasRevision.createMany({ data }));
  await insertAll(rows.canvasComments, (data) => tx.canvasComment.createMany({ data }));
  await insertAll(rows.milestones, (data) => tx.milestone.createMany({ data }));
  await insertAll(rows.milestoneDependencies, (data) => tx.milestoneDependency.createMany({ data }));
  await insertAll(rows.budgetLines, (data) => tx.budgetLine.createMany({ data }));
  await ensureMonitoringPartitions(
    tx,
    rows.monitoringPoints.map((p) => p.timestamp),
  );
  await insertAll(rows.monitoringPoints, (data) => tx.monitoringPoint.createMany({ data }));
  await refreshMonitoringRollups(tx, rows.monitoringPoints);
}

/** Member ids of the workspace by lower-cased email: people in the file map to these, or to nobody. */
async function membersByEmail(workspaceId: string, wanted: readonly string[]): Promise<Map<string, string>> {
  if (wanted.length === 0) return new Map();
  const members = await db.membership.findMany({ where: { workspaceId }, select: { userId: true, user: { select: { email: true } } } });
  return new Map(members.map((m) => [m.user.email.toLowerCase(), m.userId]));
}

/**
 * Creates a new project in the caller's workspace from an export document (editor or owner), in
 * one transaction. Throws ProjectImportError listing every problem when the document is invalid.
 */
export async function importProject(access: WorkspaceAccess, input: unknown): Promise<ImportResult> {
  assertRole(access, "editor");
  const parsed = parseProjectExport(input);
  if (!parsed.ok) throw new ProjectImportError(parsed.issues);
  const { doc } = parsed;
  const newId = createOrderedIdGenerator();
  const userIdByEmail = await membersByEmail(access.workspace.id, emailsIn(doc.project));
  const plan = planProjectImport(doc, { projectId: newId(), userIdByEmail, newId });
  const { project, rows } = plan;
  await db.$transaction(
    async (tx) => {
      await tx.project.create({
        data: {
          id: project.id,
          workspaceId: access.workspace.id,
          name: project.name,
          description: project.description,
          stage: project.stage,
          templateKey: project.templateKey,
          currency: project.currency,
          archivedAt: project.archived ? new Date() : null,
          createdById: access.userId,
        },
      });
      if (plan.constraints) await tx.projectConstraints.create({ data: { projectId: project.id, ...plan.constraints } });
      await writeRows(tx, plan);
      await audit(tx, projectEventScope(access, project.id), {
        action: "project.import",
        targetType: "project",
        targetId: project.id,
        summary: `Imported project "${project.name}" from a JSON export`,
        data: {
          formatVersion: doc.version,
          exportedAt: doc.exportedAt,
          unmappedPeople: plan.unmappedEmails.length,
          counts: {
            problems: rows.problems.length,
            solutions: rows.solutions.length,
            baselines: rows.baselines.length,
            revisions: rows.canvasRevisions.length,
            comments: rows.canvasComments.length,
            milestones: rows.milestones.length,
            budgetLines: rows.budgetLines.length,
            runs: rows.runs.length,
            monitoringPoints: rows.monitoringPoints.length,
          },
        },
      });
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
  return { projectId: project.id, name: project.name, unmappedEmails: plan.unmappedEmails };
}
