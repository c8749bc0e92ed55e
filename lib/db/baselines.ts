import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit, auditWrite } from "./audit";
import { newId } from "./ids";
import { snapshotForUndo, type Undoable } from "./trash";
import { AppError } from "@/lib/errors";
import { isoDate } from "@/lib/domain/dates";
import { BASELINE_KIND_LABEL, type BaselineKind, type BaselineView } from "@/lib/domain/baselines/kinds";
import { hlpScoreAsMetricValue } from "@/lib/domain/baselines/checks";
import { baselineIssues } from "@/lib/domain/field-rules";

type Decimalish = { toNumber(): number } | null;
const numOrNull = (d: Decimalish): number | null => (d === null ? null : d.toNumber());

/**
 * The project's baselines, optionally narrowed to one solution or one registry metric, in each solution's order.
 * Every chart, the canvas, the share page and the reports read baselines through this one function.
 */
export async function listBaselines(
  access: ProjectAccess,
  filter: { solutionId?: string; metricId?: string } = {},
): Promise<BaselineView[]> {
  const rows = await db.baseline.findMany({
    where: { projectId: access.project.id, solutionId: filter.solutionId, metricId: filter.metricId },
    orderBy: [{ solution: { position: "asc" } }, { position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      solutionId: true,
      metricId: true,
      kind: true,
      label: true,
      value: true,
      source: true,
      citationUrl: true,
      hlpStudyId: true,
      measuredOn: true,
      note: true,
      yearlyValue: true,
      costEstimate: true,
      feasibility: true,
      solution: { select: { title: true } },
      metric: { select: { name: true, unit: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    solutionId: r.solutionId,
    solutionTitle: r.solution.title,
    metricId: r.metricId,
    metricName: r.metric.name,
    metricUnit: r.metric.unit,
    kind: r.kind,
    label: r.label,
    value: r.value,
    source: r.source,
    citationUrl: r.citationUrl,
    hlpStudyId: r.hlpStudyId,
    measuredOn: r.measuredOn ? isoDate(r.measuredOn) : null,
    note: r.note,
    yearlyValue: numOrNull(r.yearlyValue),
    costEstimate: numOrNull(r.costEstimate),
    feasibility: r.feasibility,
  }));
}

/** A baseline as the form gives it; `value` null only for a human-level baseline that takes its study's score. */
export type BaselineWrite = {
  kind: BaselineKind;
  metricId: string;
  label: string;
  value: number | null;
  source: string;
  citationUrl: string | null;
  hlpStudyId: string | null;
  /** YYYY-MM-DD or null. */
  measuredOn: string | null;
  note: string;
  yearlyValue: number | null;
  costEstimate: number | null;
  feasibility: number | null;
};

const invalid = (fieldErrors: Record<string, string[]>) =>
  new AppError("invalid_input", "Please correct the highlighted fields.", fieldErrors);

/**
 * Checks a baseline against its solution, metric and study, all read within the caller's project: another
 * project's solution is "not found"; a metric or study that is not this project's (or, for the study, not this
 * solution's) is a field error. Returns the row's columns, the value taken from the study when none was given.
 */
async function checkedColumns(access: ProjectAccess, solutionId: string, input: BaselineWrite) {
  const projectId = access.project.id;
  const [solution, metric, study] = await Promise.all([
    db.solution.findFirst({ where: { id: solutionId, projectId }, select: { id: true, title: true } }),
    db.metric.findFirst({
      where: { id: input.metricId, projectId },
      select: { id: true, name: true, unit: true, rangeMin: true, rangeMax: true },
    }),
    input.hlpStudyId
      ? db.hlpStudy.findFirst({ where: { id: input.hlpStudyId, projectId, solutionId }, select: { id: true, score: true } })
      : Promise.resolve(null),
  ]);
  if (!solution) throw new AppError("not_found", "That solution no longer exists.");
  if (!metric) throw invalid({ metricId: ["Choose a metric of this project's registry."] });
  if (input.hlpStudyId && !study) throw invalid({ hlpStudyId: ["Choose a human-level study of this solution."] });
  if (input.hlpStudyId && input.kind !== "human_level") throw invalid({ hlpStudyId: ["Only a human-level baseline links a study."] });
  const value = input.value ?? (study ? hlpScoreAsMetricValue(study.score, metric) : null);
  if (value === null) throw invalid({ value: ["Enter the baseline's value."] });
  const issues = baselineIssues({ ...input, value }, metric);
  if (issues.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of issues) (fieldErrors[i.path] ??= []).push(i.message);
    throw invalid(fieldErrors);
  }
  const simple = input.kind === "simple_rule";
  return {
    solution,
    metric,
    data: {
      kind: input.kind,
      metricId: metric.id,
      label: input.label,
      value,
      source: input.source,
      citationUrl: input.citationUrl,
      hlpStudyId: input.kind === "human_level" ? input.hlpStudyId : null,
      measuredOn: input.measuredOn ? new Date(`${input.measuredOn}T00:00:00Z`) : null,
      note: input.note,
      yearlyValue: simple ? input.yearlyValue : null,
      costEstimate: simple ? input.costEstimate : null,
      feasibility: simple ? input.feasibility : null,
    },
  };
}

/** Records a baseline of a solution on a registry metric (editors); checked reads, then one batch transaction. */
export async function createBaseline(access: ProjectAccess, solutionId: string, input: BaselineWrite): Promise<{ id: string }> {
  assertRole(access, "editor");
  const [{ solution, metric, data }, last] = await Promise.all([
    checkedColumns(access, solutionId, input),
    db.baseline.aggregate({ where: { solutionId, projectId: access.project.id }, _max: { position: true } }),
  ]);
  const id = newId();
  await db.$transaction([
    db.baseline.create({
      data: { id, projectId: access.project.id, solutionId: solution.id, position: (last._max.position ?? -1) + 1, ...data },
      select: { id: true },
    }),
    auditWrite(access, {
      action: "baseline.create",
      targetType: "baseline",
      targetId: id,
      summary: `Recorded the ${BASELINE_KIND_LABEL[data.kind].toLowerCase()} baseline "${data.label}" (${metric.name} ${data.value}) for "${solution.title}"`,
    }),
  ]);
  return { id };
}

/** Edits a baseline of the project (editors). Another project's baseline is "not found". */
export async function updateBaseline(access: ProjectAccess, baselineId: string, input: BaselineWrite): Promise<void> {
  assertRole(access, "editor");
  const existing = await db.baseline.findFirst({ where: { id: baselineId, projectId: access.project.id }, select: { solutionId: true } });
  if (!existing) throw new AppError("not_found", "That baseline no longer exists.");
  const { metric, data } = await checkedColumns(access, existing.solutionId, input);
  await db.$transaction(async (tx) => {
    const { count } = await tx.baseline.updateMany({ where: { id: baselineId, projectId: access.project.id }, data });
    if (count === 0) throw new AppError("not_found", "That baseline no longer exists.");
    await audit(tx, access, {
      action: "baseline.update",
      targetType: "baseline",
      targetId: baselineId,
      summary: `Edited the baseline "${data.label}" (${metric.name} ${data.value})`,
    });
  });
}

/** Deletes a baseline (editors); what it returns undoes that (lib/db/trash.ts). */
export async function deleteBaseline(access: ProjectAccess, baselineId: string): Promise<Undoable> {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    const b = await tx.baseline.findFirst({ where: { id: baselineId, projectId: access.project.id }, select: { label: true } });
    if (!b) throw new AppError("not_found", "That baseline no longer exists.");
    const undo = await snapshotForUndo(tx, access, "baseline", baselineId, `baseline "${b.label}"`);
    await tx.baseline.delete({ where: { id: baselineId } });
    await audit(tx, access, {
      action: "baseline.delete",
      targetType: "baseline",
      targetId: baselineId,
      summary: `Deleted the baseline "${b.label}"`,
    });
    return undo;
  });
}
