// Turns a validated export document into the rows of a new project, with fresh ids that sort in
// document order and people mapped by email. Pure: lib/db/project-import.ts writes the rows.
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type {
  BudgetCategory,
  LifecycleStage,
  MetricDirection,
  MilestoneStatus,
  RunStatus,
  SolutionStatus,
  TeamRole,
} from "@/lib/domain/enums";
import { dayToDate, solutionColumns, toStoredFields } from "./convert";
import type { BaselineKind } from "@/lib/domain/baselines/kinds";
import type { ExportedComment, ExportedProject, ExportedSolution, ProjectExport } from "./format";

/** A JSON value as a Json column takes it (the shape of Prisma's InputJsonValue, minus toJSON()). */
export type JsonInput = string | number | boolean | JsonObject | readonly (JsonInput | null)[];
export type JsonObject = { readonly [key: string]: JsonInput | null | undefined };
/** A Json column's value in the file; lib/db writes null as NULL or JSON null, as the column needs. */
type Json = JsonInput | null;

type Ids = { id: string; projectId: string };
type ExportedFeasibility = NonNullable<ExportedSolution["feasibility"]>;
type ExportedValue = NonNullable<ExportedSolution["value"]>;
type ExportedHlpStudy = ExportedSolution["hlpStudies"][number];

// One row type per table, with exactly the columns the import sets (the rest take their schema
// defaults): Decimal columns as exact decimal strings, BigInt columns as bigint, @db.Date columns
// as midnight-UTC Dates. lib/db/project-import.ts hands them to createMany, so tsc checks them
// against the Prisma models there.
export type ImportRows = {
  metrics: (Ids & ExportedProject["metrics"][number])[];
  problems: (Ids & Omit<ExportedProject["problems"][number], "solutions">)[];
  solutions: (Ids & { problemId: string } & Omit<
      ExportedSolution,
      "feasibility" | "value" | "decisions" | "hlpStudies" | "historySeries"
    >)[];
  feasibility: ({ solutionId: string } & ExportedFeasibility)[];
  values: ({ solutionId: string } & Omit<ExportedValue, "yearlyVolume"> & { yearlyVolume: bigint })[];
  decisions: (Ids & { solutionId: string; status: SolutionStatus; rationale: string; actorId: string | null; createdAt: Date })[];
  hlpStudies: (Ids & { solutionId: string } & Omit<ExportedHlpStudy, "ref" | "createdBy" | "createdAt" | "results"> & {
      results: Json;
      createdById: string | null;
      createdAt: Date;
    })[];
  /** After the HLP studies they may link. */
  baselines: (Ids & {
    solutionId: string;
    metricId: string;
    kind: BaselineKind;
    label: string;
    value: number;
    source: string;
    citationUrl: string | null;
    hlpStudyId: string | null;
    measuredOn: Date | null;
    note: string;
    yearlyValue: string | null;
    costEstimate: string | null;
    feasibility: number | null;
    position: number;
  })[];
  historySeries: (Ids & {
    solutionId: string;
    metricId: string | null;
    metricName: string;
    unit: string;
    direction: MetricDirection;
    targetValue: number | null;
    targetDate: Date | null;
    xAxis: "date" | "examples" | "steps";
    targetX: number | null;
  })[];
  historyPoints: {
    id: string;
    seriesId: string;
    date: Date | null;
    x: number | null;
    value: number;
    source: string;
    runId: string | null;
  }[];
  canvasBlocks: (Ids & { key: CanvasBlockKey; text: string; fields: JsonObject; version: number; updatedById: string | null })[];
  canvasRevisions: (Ids & {
    blockKey: CanvasBlockKey;
    version: number;
    text: string;
    fields: JsonObject;
    message: string;
    authorId: string | null;
    restoredFromId: string | null;
    createdAt: Date;
  })[];
  /** Parents before replies, so a reply's parent row always exists when it is inserted. */
  canvasComments: (Ids & {
    blockKey: CanvasBlockKey;
    parentId: string | null;
    authorId: string | null;
    guestName: string | null;
    body: string;
    resolvedAt: Date | null;
    resolvedById: string | null;
    createdAt: Date;
  })[];
  milestones: (Ids & {
    title: string;
    phase: LifecycleStage;
    ownerRole: TeamRole;
    ownerUserId: string | null;
    startDate: Date;
    dueDate: Date;
    status: MilestoneStatus;
    position: number;
  })[];
  milestoneDependencies: { milestoneId: string; dependsOnId: string }[];
  budgetLines: (Ids & { category: BudgetCategory; label: string; month: Date; plannedMinor: bigint; actualMinor: bigint | null })[];
  runs: (Ids &
    Omit<ExportedProject["runs"][number], "metrics" | "steps" | "startedAt" | "endedAt" | "params" | "lineage"> & {
      params: Json;
      lineage: Json;
      startedAt: Date;
      endedAt: Date | null;
    })[];
  runMetrics: { id: string; runId: string; key: string; value: number; step: number | null; timestamp: Date | null }[];
  runSteps: {
    id: string;
    runId: string;
    name: string;
    status: RunStatus;
    position: number;
    startedAt: Date | null;
    endedAt: Date | null;
  }[];
  monitoringPoints: { projectId: string; metric: string; segment: string; timestamp: Date; value: number }[];
};

export type ImportPlan = {
  project: {
    id: string;
    name: string;
    description: string;
    stage: ExportedProject["stage"];
    templateKey: string | null;
    currency: string;
    archived: boolean;
  };
  constraints: ExportedProject["constraints"];
  rows: ImportRows;
  /** Emails in the file with no member of the target workspace; those people are left empty. */
  unmappedEmails: string[];
};

export type PlanOptions = { projectId: string; userIdByEmail: ReadonlyMap<string, string>; newId: () => string };

/** Every email the document mentions, lower-cased, for one membership lookup. */
export function emailsIn(project: ExportedProject): string[] {
  const all = [
    ...project.problems.flatMap((p) =>
      p.solutions.flatMap((s) => [...s.decisions.map((d) => d.actor), ...s.hlpStudies.map((h) => h.createdBy)]),
    ),
    ...project.canvas.blocks.map((b) => b.updatedBy),
    ...project.canvas.revisions.map((r) => r.author),
    ...project.canvas.comments.flatMap((c) => [c.author, c.resolvedBy]),
    ...project.milestones.map((m) => m.owner),
  ];
  return [...new Set(all.flatMap((e) => (e ? [e.toLowerCase()] : [])))].sort();
}

/** Replies after their parents (stable otherwise), so inserting in this order never breaks the thread key. */
function parentsFirst(comments: readonly ExportedComment[]): ExportedComment[] {
  const byRef = new Map(comments.map((c) => [c.ref, c]));
  const depth = (c: ExportedComment): number => {
    let d = 0;
    for (let p = c.parent; p !== null && d <= comments.length; d++) p = byRef.get(p)?.parent ?? null;
    return d;
  };
  return comments
    .map((c, i) => ({ c, i, d: depth(c) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.c);
}

function planSolution(rows: ImportRows, s: ExportedSolution, ids: { projectId: string; problemId: string }, ctx: PlanContext): void {
  const solutionId = ctx.newId();
  const { feasibility: f, value: v } = s;
  rows.solutions.push({
    id: solutionId,
    ...ids,
    ...solutionColumns(s),
  });
  if (f) rows.feasibility.push({ solutionId, ...f, benchmarks: f.benchmarks });
  if (v) rows.values.push({ solutionId, ...v, yearlyVolume: BigInt(v.yearlyVolume) });
  for (const d of s.decisions)
    rows.decisions.push({
      id: ctx.newId(),
      projectId: ids.projectId,
      solutionId,
      status: d.status,
      rationale: d.rationale,
      actorId: ctx.person(d.actor),
      createdAt: new Date(d.createdAt),
    });
  const studyIdByRef = new Map<string, string>();
  for (const h of s.hlpStudies) {
    const { ref, createdBy, createdAt, ...rest } = h;
    const studyId = ctx.newId();
    if (ref !== undefined) studyIdByRef.set(ref, studyId);
    rows.hlpStudies.push({
      id: studyId,
      projectId: ids.projectId,
      solutionId,
      ...rest,
      createdById: ctx.person(createdBy),
      createdAt: new Date(createdAt),
    });
  }
  for (const b of s.baselines ?? []) {
    const { metric, hlpStudy, measuredOn, ...rest } = b;
    rows.baselines.push({
      id: ctx.newId(),
      projectId: ids.projectId,
      solutionId,
      ...rest,
      metricId: ctx.metricIdByName.get(metric)!,
      hlpStudyId: hlpStudy === null ? null : (studyIdByRef.get(hlpStudy) ?? null),
      measuredOn: measuredOn === null ? null : dayToDate(measuredOn),
    });
  }
  for (const series of s.historySeries) {
    const seriesId = ctx.newId();
    const { metric, points, targetDate, ...rest } = series;
    rows.historySeries.push({
      id: seriesId,
      projectId: ids.projectId,
      solutionId,
      ...rest,
      metricId: metric === null ? null : (ctx.metricIdByName.get(metric) ?? null),
      targetDate: targetDate === null ? null : dayToDate(targetDate),
    });
    for (const p of points)
      rows.historyPoints.push({
        id: ctx.newId(),
        seriesId,
        date: p.date === undefined ? null : dayToDate(p.date),
        x: p.x ?? null,
        value: p.value,
        source: p.source,
        runId: p.run ? (ctx.runIdByKey.get(JSON.stringify([p.run.source, p.run.externalId])) ?? null) : null,
      });
  }
}

type PlanContext = {
  newId: () => string;
  person: (email: string | null) => string | null;
  metricIdByName: Map<string, string>;
  runIdByKey: Map<string, string>;
};

function planCanvas(rows: ImportRows, canvas: ExportedProject["canvas"], projectId: string, ctx: PlanContext): void {
  const fields = (key: CanvasBlockKey, f: Parameters<typeof toStoredFields>[1]) => toStoredFields(key, f, ctx.metricIdByName) as JsonObject;
  for (const b of canvas.blocks)
    rows.canvasBlocks.push({
      id: ctx.newId(),
      projectId,
      key: b.key,
      text: b.text,
      fields: fields(b.key, b.fields),
      version: b.version,
      updatedById: ctx.person(b.updatedBy),
    });
  const revisionIds = canvas.revisions.map(() => ctx.newId());
  const revisionId = new Map(canvas.revisions.map((r, i) => [`${r.blockKey}@${r.version}`, revisionIds[i]!]));
  canvas.revisions.forEach((r, i) =>
    rows.canvasRevisions.push({
      id: revisionIds[i]!,
      projectId,
      blockKey: r.blockKey,
      version: r.version,
      text: r.text,
      fields: fields(r.blockKey, r.fields),
      message: r.message,
      authorId: ctx.person(r.author),
      restoredFromId: r.restoredFromVersion === null ? null : (revisionId.get(`${r.blockKey}@${r.restoredFromVersion}`) ?? null),
      createdAt: new Date(r.createdAt),
    }),
  );
  const commentId = new Map(canvas.comments.map((c) => [c.ref, ctx.newId()]));
  for (const c of parentsFirst(canvas.comments)) {
    rows.canvasComments.push({
      id: commentId.get(c.ref)!,
      projectId,
      blockKey: c.blockKey,
      parentId: c.parent === null ? null : (commentId.get(c.parent) ?? null),
      authorId: ctx.person(c.author),
      guestName: c.guestName,
      body: c.body,
      resolvedAt: c.resolvedAt === null ? null : new Date(c.resolvedAt),
      resolvedById: ctx.person(c.resolvedBy),
      createdAt: new Date(c.createdAt),
    });
  }
}

function planPlan(rows: ImportRows, project: ExportedProject, projectId: string, ctx: PlanContext): void {
  const milestoneId = new Map(project.milestones.map((m) => [m.ref, ctx.newId()]));
  for (const m of project.milestones) {
    const id = milestoneId.get(m.ref)!;
    rows.milestones.push({
      id,
      projectId,
      title: m.title,
      phase: m.phase,
      ownerRole: m.ownerRole,
      ownerUserId: ctx.person(m.owner),
      startDate: dayToDate(m.startDate),
      dueDate: dayToDate(m.dueDate),
      status: m.status,
      position: m.position,
    });
    for (const dep of m.dependsOn) rows.milestoneDependencies.push({ milestoneId: id, dependsOnId: milestoneId.get(dep)! });
  }
  for (const b of project.budgetLines) {
    rows.budgetLines.push({
      id: ctx.newId(),
      projectId,
      category: b.category,
      label: b.label,
      month: dayToDate(b.month),
      plannedMinor: BigInt(b.plannedMinor),
      actualMinor: b.actualMinor === null ? null : BigInt(b.actualMinor),
    });
  }
}

function planRuns(rows: ImportRows, project: ExportedProject, projectId: string, ctx: PlanContext): void {
  project.runs.forEach((r) => {
    const runId = ctx.runIdByKey.get(JSON.stringify([r.source, r.externalId]))!;
    const { metrics, steps, startedAt, endedAt, params, lineage, ...rest } = r;
    rows.runs.push({
      id: runId,
      projectId,
      ...rest,
      params: params as Json,
      lineage: lineage as Json,
      startedAt: new Date(startedAt),
      endedAt: endedAt === null ? null : new Date(endedAt),
    });
    for (const m of metrics)
      rows.runMetrics.push({
        id: ctx.newId(),
        runId,
        key: m.key,
        value: m.value,
        step: m.step,
        timestamp: m.timestamp === null ? null : new Date(m.timestamp),
      });
    for (const s of steps)
      rows.runSteps.push({
        id: ctx.newId(),
        runId,
        name: s.name,
        status: s.status,
        position: s.position,
        startedAt: s.startedAt === null ? null : new Date(s.startedAt),
        endedAt: s.endedAt === null ? null : new Date(s.endedAt),
      });
  });
  for (const p of project.monitoringPoints)
    rows.monitoringPoints.push({ projectId, metric: p.metric, segment: p.segment, timestamp: new Date(p.timestamp), value: p.value });
}

/** The rows of the new project; ids come from `newId` in document order. */
export function planProjectImport(doc: ProjectExport, opts: PlanOptions): ImportPlan {
  const { project } = doc;
  const { projectId, newId } = opts;
  const unmapped = new Set<string>();
  const person = (email: string | null) => {
    if (!email) return null;
    const id = opts.userIdByEmail.get(email.toLowerCase());
    if (!id) unmapped.add(email.toLowerCase());
    return id ?? null;
  };
  const rows: ImportRows = {
    metrics: [],
    problems: [],
    solutions: [],
    feasibility: [],
    values: [],
    decisions: [],
    hlpStudies: [],
    baselines: [],
    historySeries: [],
    historyPoints: [],
    canvasBlocks: [],
    canvasRevisions: [],
    canvasComments: [],
    milestones: [],
    milestoneDependencies: [],
    budgetLines: [],
    runs: [],
    runMetrics: [],
    runSteps: [],
    monitoringPoints: [],
  };
  const metricIdByName = new Map<string, string>();
  for (const m of project.metrics) {
    const id = newId();
    metricIdByName.set(m.name, id);
    rows.metrics.push({ id, projectId, ...m });
  }
  // Runs get their ids first: history points that came from a run point at them.
  const runIdByKey = new Map(project.runs.map((r) => [JSON.stringify([r.source, r.externalId]), newId()]));
  const ctx: PlanContext = { newId, person, metricIdByName, runIdByKey };
  for (const p of project.problems) {
    const problemId = newId();
    const { solutions, ...fields } = p;
    rows.problems.push({ id: problemId, projectId, ...fields });
    for (const s of solutions) planSolution(rows, s, { projectId, problemId }, ctx);
  }
  planCanvas(rows, project.canvas, projectId, ctx);
  planPlan(rows, project, projectId, ctx);
  planRuns(rows, project, projectId, ctx);
  const { name, description, stage, templateKey, currency, archived, constraints } = project;
  return {
    project: { id: projectId, name, description, stage, templateKey, currency, archived },
    constraints,
    rows,
    unmappedEmails: [...unmapped].sort(),
  };
}
