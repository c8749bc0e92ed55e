import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import {
  benchmarksOf,
  decimalString,
  emailOf,
  isoDay,
  isoOrNull,
  MONEY_SCALE,
  RATE_SCALE,
  solutionColumns,
  toExportedFields,
} from "@/lib/domain/export/convert";
import type { ExportedBlock, ExportedComment, ExportedMilestone, ExportedProblem, ExportedProject } from "@/lib/domain/export/format";

// Each section of a project export that is read whole, in a stable order (the large lists are in
// project-export-pages.ts). Every order ends in a unique key, and an import gives rows ids in
// document order, so a re-export lists everything the same way. Like every lib/db function, each
// takes the caller's access object and reads only its project (exportProject checks the role).

/** The project's metric names by id, read once per export on first use (canvas fields store metric ids). */
export type MetricNames = () => Promise<Map<string, string>>;

export const WITH_EMAIL = { select: { email: true } } as const;

export function metricNamesOf(access: ProjectAccess): MetricNames {
  let names: Promise<Map<string, string>> | undefined;
  return () =>
    (names ??= db.metric
      .findMany({ where: { projectId: access.project.id }, select: { id: true, name: true } })
      .then((rows) => new Map(rows.map((m) => [m.id, m.name]))));
}

export async function loadProjectHeader(access: ProjectAccess) {
  const p = await db.project.findUniqueOrThrow({
    where: { id: access.project.id },
    select: { name: true, description: true, stage: true, templateKey: true, currency: true, archivedAt: true },
  });
  return {
    name: p.name,
    description: p.description,
    stage: p.stage,
    templateKey: p.templateKey,
    currency: p.currency,
    archived: p.archivedAt !== null,
  };
}

export async function loadConstraints(access: ProjectAccess): Promise<ExportedProject["constraints"]> {
  const c = await db.projectConstraints.findUnique({ where: { projectId: access.project.id } });
  if (!c) return null;
  const { dataVolume, classBalance, canCollectMore, hardware, deploymentTarget, latencyMode, p95BudgetMs, batchDeadline } = c;
  return {
    dataVolume,
    classBalance,
    canCollectMore,
    collectionCost: decimalString(c.collectionCost, MONEY_SCALE),
    hardware,
    deploymentTarget,
    latencyMode,
    p95BudgetMs,
    batchDeadline,
  };
}

export async function loadMetrics(access: ProjectAccess): Promise<ExportedProject["metrics"]> {
  const rows = await db.metric.findMany({ where: { projectId: access.project.id }, orderBy: [{ kind: "asc" }, { name: "asc" }] });
  return rows.map(({ name, kind, unit, direction, target, alertThreshold, rangeMin, rangeMax, description }) => ({
    name,
    kind,
    unit,
    direction,
    target,
    alertThreshold,
    // Only a stated range is written: documents of metrics without one stay as they were before ranges existed.
    ...(rangeMin !== null ? { rangeMin } : {}),
    ...(rangeMax !== null ? { rangeMax } : {}),
    description,
  }));
}

const BY_POSITION = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;
const BY_TIME = [{ createdAt: "asc" }, { id: "asc" }] as const;

function querySolutions(projectId: string) {
  return db.businessProblem.findMany({
    where: { projectId },
    orderBy: [...BY_POSITION],
    include: {
      solutions: {
        orderBy: [...BY_POSITION],
        include: {
          feasibility: true,
          value: true,
          decisions: { orderBy: [...BY_TIME], include: { actor: WITH_EMAIL } },
          hlpStudies: { orderBy: [...BY_TIME], include: { createdBy: WITH_EMAIL } },
          historySeries: { orderBy: [...BY_TIME], include: { metric: { select: { name: true } }, points: { orderBy: { date: "asc" } } } },
          baselines: { orderBy: [...BY_POSITION], include: { metric: { select: { name: true } } } },
        },
      },
    },
  });
}
type ProblemRow = Awaited<ReturnType<typeof querySolutions>>[number];
type SolutionRow = ProblemRow["solutions"][number];
type RunKeys = Map<string, { source: string; externalId: string }>;
/** HLP study refs by study id: "hlp-1", "hlp-2"… in document order, for the human-level baselines that link them. */
type StudyRefs = Map<string, string>;

function toSolution(s: SolutionRow, runs: RunKeys, studyRefs: StudyRefs): ExportedProblem["solutions"][number] {
  const f = s.feasibility;
  const v = s.value;
  return {
    ...solutionColumns(s),
    feasibility: f && {
      dataAvailability: f.dataAvailability,
      predictiveFeatures: f.predictiveFeatures,
      hlpNote: f.hlpNote,
      historyNote: f.historyNote,
      benchmarks: benchmarksOf(f.benchmarks),
      costEstimate: decimalString(f.costEstimate, MONEY_SCALE),
      notes: f.notes,
    },
    value: v && {
      businessMetric: v.businessMetric,
      expectedUplift: decimalString(v.expectedUplift, RATE_SCALE),
      yearlyGain: decimalString(v.yearlyGain, MONEY_SCALE),
      yearlyWasteAvoided: decimalString(v.yearlyWasteAvoided, MONEY_SCALE),
      yearlySystemCost: decimalString(v.yearlySystemCost, MONEY_SCALE),
      falsePositiveCost: decimalString(v.falsePositiveCost, MONEY_SCALE),
      falseNegativeCost: decimalString(v.falseNegativeCost, MONEY_SCALE),
      falsePositiveRate: decimalString(v.falsePositiveRate, RATE_SCALE),
      falseNegativeRate: decimalString(v.falseNegativeRate, RATE_SCALE),
      yearlyVolume: v.yearlyVolume.toString(),
      precision: decimalString(v.precision, RATE_SCALE),
      recall: decimalString(v.recall, RATE_SCALE),
      positiveShare: decimalString(v.positiveShare, RATE_SCALE),
    },
    decisions: s.decisions.map((d) => ({
      status: d.status,
      rationale: d.rationale,
      actor: emailOf(d.actor),
      createdAt: d.createdAt.toISOString(),
    })),
    hlpStudies: s.hlpStudies.map((h) => ({
      ref: studyRefs.get(h.id)!,
      kind: h.kind as "manual" | "labels_csv",
      metricName: h.metricName,
      score: h.score,
      method: h.method,
      itemCount: h.itemCount,
      notes: h.notes,
      results: (h.results ?? null) as never,
      createdBy: emailOf(h.createdBy),
      createdAt: h.createdAt.toISOString(),
    })),
    historySeries: s.historySeries.map((h) => ({
      metric: h.metric?.name ?? null,
      metricName: h.metricName,
      unit: h.unit,
      direction: h.direction,
      targetValue: h.targetValue,
      xAxis: h.xAxis,
      targetDate: h.targetDate && isoDay(h.targetDate),
      targetX: h.targetX,
      points: h.points.map((p) => ({
        ...(p.date ? { date: isoDay(p.date) } : {}),
        ...(p.x != null ? { x: p.x } : {}),
        value: p.value,
        source: p.source as "manual" | "csv" | "run",
        run: (p.runId && runs.get(p.runId)) || null,
      })),
    })),
    baselines: s.baselines.map((b) => ({
      kind: b.kind,
      metric: b.metric.name,
      label: b.label,
      value: b.value,
      source: b.source,
      citationUrl: b.citationUrl,
      hlpStudy: (b.hlpStudyId && studyRefs.get(b.hlpStudyId)) || null,
      measuredOn: b.measuredOn && isoDay(b.measuredOn),
      note: b.note,
      yearlyValue: decimalString(b.yearlyValue, MONEY_SCALE),
      costEstimate: decimalString(b.costEstimate, MONEY_SCALE),
      feasibility: b.feasibility,
      position: b.position,
    })),
  };
}

/** Problems with their solutions, assessments, decision log, HLP studies and history series. */
export async function loadProblems(access: ProjectAccess): Promise<ExportedProblem[]> {
  const projectId = access.project.id;
  const problems = await querySolutions(projectId);
  const runIds = [
    ...new Set(
      problems.flatMap((p) =>
        p.solutions.flatMap((s) => s.historySeries.flatMap((h) => h.points.flatMap((pt) => (pt.runId ? [pt.runId] : [])))),
      ),
    ),
  ];
  const runRows = runIds.length
    ? await db.pipelineRun.findMany({ where: { projectId, id: { in: runIds } }, select: { id: true, source: true, externalId: true } })
    : [];
  const runs: RunKeys = new Map(runRows.map((r) => [r.id, { source: r.source, externalId: r.externalId }]));
  const studyRefs: StudyRefs = new Map(
    problems.flatMap((p) => p.solutions.flatMap((s) => s.hlpStudies.map((h) => h.id))).map((id, i) => [id, `hlp-${i + 1}`]),
  );
  return problems.map((p) => ({
    title: p.title,
    description: p.description,
    businessMetric: p.businessMetric,
    stakeholder: p.stakeholder,
    priority: p.priority,
    position: p.position,
    solutions: p.solutions.map((s) => toSolution(s, runs, studyRefs)),
  }));
}

export async function loadCanvasBlocks(access: ProjectAccess, metricNames: MetricNames): Promise<ExportedBlock[]> {
  const [rows, names] = await Promise.all([
    db.canvasBlock.findMany({ where: { projectId: access.project.id }, orderBy: { key: "asc" }, include: { updatedBy: WITH_EMAIL } }),
    metricNames(),
  ]);
  return rows.map((b) => ({
    key: b.key,
    text: b.text,
    fields: toExportedFields(b.key, b.fields, names),
    version: b.version,
    updatedBy: emailOf(b.updatedBy),
  }));
}

/** Comment threads, oldest first; `ref`s are "comment-1", "comment-2"… in that order. */
export async function loadComments(access: ProjectAccess): Promise<ExportedComment[]> {
  const rows = await db.canvasComment.findMany({
    where: { projectId: access.project.id },
    orderBy: [...BY_TIME],
    include: { author: WITH_EMAIL, resolvedBy: WITH_EMAIL },
  });
  const refOf = new Map(rows.map((c, i) => [c.id, `comment-${i + 1}`]));
  return rows.map((c) => ({
    ref: refOf.get(c.id)!,
    blockKey: c.blockKey,
    parent: (c.parentId && refOf.get(c.parentId)) || null,
    author: emailOf(c.author),
    guestName: c.guestName,
    body: c.body,
    resolvedAt: isoOrNull(c.resolvedAt),
    resolvedBy: emailOf(c.resolvedBy),
    createdAt: c.createdAt.toISOString(),
  }));
}

/** Milestones in plan order with their dependencies; `ref`s are "milestone-1"… in that order. */
export async function loadMilestones(access: ProjectAccess): Promise<ExportedMilestone[]> {
  const rows = await db.milestone.findMany({
    where: { projectId: access.project.id },
    orderBy: [...BY_POSITION],
    include: { owner: WITH_EMAIL, dependsOn: { select: { dependsOnId: true } } },
  });
  const index = new Map(rows.map((m, i) => [m.id, i]));
  return rows.map((m) => ({
    ref: `milestone-${index.get(m.id)! + 1}`,
    title: m.title,
    phase: m.phase,
    ownerRole: m.ownerRole,
    owner: emailOf(m.owner),
    startDate: isoDay(m.startDate),
    dueDate: isoDay(m.dueDate),
    status: m.status,
    position: m.position,
    dependsOn: m.dependsOn
      .flatMap((d) => (index.has(d.dependsOnId) ? [index.get(d.dependsOnId)!] : []))
      .sort((a, b) => a - b)
      .map((i) => `milestone-${i + 1}`),
  }));
}
