// A project with every table and every optional field filled, including edge values (the largest
// amounts, rates and volumes the forms and the import accept, float rounding, tiny and huge
// monitoring values), unicode text, canvas revisions with a restore,
// comment threads with a guest reply, milestone dependencies, runs and segmented monitoring.
// Written straight through Prisma so nothing is left at a default.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import type { WorkspaceAccess } from "@/lib/db/access";

export const UNICODE = "Ελληνικά 中文 émoji ✓";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Fills a new project in `access`'s workspace; `colleagueId` must be a member there too. */
export async function makeFullProject(db: Db, access: WorkspaceAccess, colleagueId: string) {
  const me = access.userId;
  const { id: projectId } = await createProject(access, { name: `Full ${UNICODE}`, description: "", templateKey: "blank" });
  await db.project.update({
    where: { id: projectId },
    data: {
      description: `**Everything** filled: ${UNICODE}\n\n- one\n- two`,
      stage: "monitoring",
      templateKey: "sales-forecasting",
      currency: "JPY",
      archivedAt: new Date(),
    },
  });
  await db.projectConstraints.create({
    data: {
      projectId,
      dataVolume: "3 years",
      classBalance: "1:20",
      canCollectMore: false,
      collectionCost: "1000000000000.00",
      hardware: "GPU ✓",
      deploymentTarget: "edge",
      latencyMode: "online",
      p95BudgetMs: 600_000,
      batchDeadline: "06:00 CET",
    },
  });
  const [mape, f1, waste] = await Promise.all(
    [
      {
        name: "MAPE",
        kind: "offline" as const,
        unit: "%",
        direction: "lower_is_better" as const,
        target: 0.1 + 0.2,
        alertThreshold: 0.30000000000000004 + 1e-15,
        description: UNICODE,
      },
      {
        name: `F1 ${UNICODE}`,
        kind: "offline" as const,
        unit: "",
        direction: "higher_is_better" as const,
        target: 0.9,
        alertThreshold: 0.85,
        rangeMin: 0,
        rangeMax: 1,
        description: "",
      },
      {
        name: "waste",
        kind: "business" as const,
        unit: "€",
        direction: "lower_is_better" as const,
        target: -1e12,
        alertThreshold: 123456789.123456,
        rangeMin: -1e12,
        rangeMax: null,
        description: "Business",
      },
    ].map((m) => db.metric.create({ data: { projectId, ...m }, select: { id: true } })),
  );
  // Two problems share position 0: their order must survive on the creation-time tie-break, so
  // each is given its own creation time, a minute after the one before.
  const problems = await Promise.all(
    [
      { title: `Waste ${UNICODE}`, description: "**bold** _it_", businessMetric: "waste %", stakeholder: "CFO", priority: 1, position: 0 },
      { title: "Second at position 0", description: "tie", businessMetric: "OSA", stakeholder: "COO", priority: 2, position: 0 },
      { title: "No solutions yet", description: "", businessMetric: "", stakeholder: "", priority: 5, position: 3 },
    ].map((p, i) =>
      db.businessProblem.create({
        data: { projectId, ...p, createdAt: new Date(at("2024-01-10T09:00:00Z").getTime() + i * 60_000) },
        select: { id: true },
      }),
    ),
  );
  const solution = (problemId: string, position: number, extra: object) =>
    db.solution.create({
      data: {
        projectId,
        problemId,
        position,
        title: `Solution ${position} ${UNICODE}`,
        approach: "Gradient boosting",
        taskType: "forecasting",
        dataType: "structured",
        systemState: "existing_system",
        ...extra,
      },
      select: { id: true },
    });
  const a = await solution(problems[0]!.id, 0, { status: "selected", rationale: "Best value ✓" });
  const b = await solution(problems[0]!.id, 1, {
    status: "rejected",
    rationale: "Too costly",
    taskType: "other",
    dataType: "unstructured",
    systemState: "new_system",
  });
  await solution(problems[1]!.id, 0, {});

  await db.feasibilityAssessment.create({
    data: {
      solutionId: a.id,
      dataAvailability: "available",
      predictiveFeatures: "partial",
      hlpNote: "HLP ✓",
      historyNote: "History",
      benchmarks: [{ title: `M5 ${UNICODE}`, url: "https://example.test/m5" }],
      costEstimate: "0.01",
      notes: "Notes",
    },
  });
  await db.feasibilityAssessment.create({
    data: { solutionId: b.id, dataAvailability: "unavailable", predictiveFeatures: "unknown", costEstimate: null },
  });
  await db.valueAssessment.create({
    data: {
      solutionId: a.id,
      businessMetric: "waste",
      expectedUplift: "0.000001",
      yearlyGain: "1000000000000.00",
      yearlyWasteAvoided: "0.00",
      yearlySystemCost: "1234567.89",
      falsePositiveCost: "0.10",
      falseNegativeCost: "7.00",
      falsePositiveRate: "1.000000",
      falseNegativeRate: "0.333333",
      yearlyVolume: 1_000_000_000_000n,
    },
  });
  // Rates derived from precision 50 %, recall 80 % and 10 % positive cases (lib/domain/scoping/value.ts).
  await db.valueAssessment.create({
    data: {
      solutionId: b.id,
      expectedUplift: null,
      yearlyVolume: 0n,
      falsePositiveRate: "0.080000",
      falseNegativeRate: "0.020000",
      precision: "0.500000",
      recall: "0.800000",
      positiveShare: "0.100000",
    },
  });
  await db.solutionDecision.createMany({
    data: [
      {
        projectId,
        solutionId: a.id,
        status: "selected",
        rationale: `Chosen ${UNICODE}`,
        actorId: me,
        createdAt: at("2024-03-01T10:00:00.123Z"),
      },
      {
        projectId,
        solutionId: a.id,
        status: "proposed",
        rationale: "Reopened",
        actorId: colleagueId,
        createdAt: at("2024-03-01T10:00:00.123Z"),
      },
      { projectId, solutionId: b.id, status: "rejected", rationale: "No", actorId: null, createdAt: at("2024-02-01T00:00:00.000Z") },
    ],
  });
  const study = await db.hlpStudy.create({
    data: {
      projectId,
      solutionId: a.id,
      kind: "manual",
      metricName: "accuracy",
      score: 0.97,
      method: "experts",
      itemCount: null,
      notes: "",
      results: undefined,
      createdById: me,
      createdAt: at("2024-01-05T00:00:00.000Z"),
    },
    select: { id: true },
  });
  await db.hlpStudy.create({
    data: {
      projectId,
      solutionId: a.id,
      kind: "labels_csv",
      metricName: "accuracy",
      score: 0.915,
      method: "crowd",
      itemCount: 200,
      notes: UNICODE,
      results: {
        labelers: ["a", "b"],
        kappa: [
          [1, 0.5],
          [0.5, 1],
        ],
        note: UNICODE,
        nested: { empty: [], none: null },
      },
      createdById: colleagueId,
      createdAt: at("2024-01-06T00:00:00.000Z"),
    },
  });

  // One baseline of each kind that links something: a study, a citation, a value estimate (decision 020).
  type BaselineData = {
    kind: "current_system" | "simple_rule" | "published_benchmark" | "human_level";
    value: number;
    metricId?: string;
    label?: string;
    source?: string;
    measuredOn?: Date;
    note?: string;
    citationUrl?: string;
    hlpStudyId?: string;
    yearlyValue?: string;
    costEstimate?: string;
    feasibility?: number;
  };
  const baseline = (position: number, data: BaselineData) =>
    db.baseline.create({ data: { projectId, solutionId: a.id, metricId: mape!.id, label: `Baseline ${position}`, position, ...data } });
  await baseline(0, { kind: "current_system", value: 12.5, source: "BI dashboard", measuredOn: day("2024-01-31"), note: UNICODE });
  await baseline(1, { kind: "simple_rule", value: 13, yearlyValue: "1000000000000.00", costEstimate: "0.01", feasibility: 4 });
  await baseline(2, {
    kind: "published_benchmark",
    metricId: f1!.id,
    value: 0.93,
    citationUrl: "https://example.test/paper?id=1&v=2",
    label: `M5 paper ${UNICODE}`,
  });
  await baseline(3, { kind: "human_level", metricId: f1!.id, value: 0.97, hlpStudyId: study.id });
  await db.baseline.create({
    data: { projectId, solutionId: b.id, metricId: waste!.id, kind: "naive", label: "Last year", value: -1e12, position: 0 },
  });

  const run1 = await db.pipelineRun.create({
    data: {
      projectId,
      source: "mlflow",
      externalId: `run ${UNICODE}`,
      pipeline: "train",
      stage: "training",
      status: "succeeded",
      startedAt: at("2024-04-01T08:00:00.000Z"),
      endedAt: at("2024-04-01T09:30:00.500Z"),
      url: "https://mlflow.example.test/1",
      params: { lr: 0.05, layers: [64, 32], name: UNICODE },
      lineage: { job: { namespace: "ns", name: "train" }, events: { START: "2024-04-01T08:00:00Z" } },
      notes: `**Tuned** the learning rate ${UNICODE}`,
      tags: ["lr-sweep", "ablation"],
      candidate: true,
    },
    select: { id: true },
  });
  const run2 = await db.pipelineRun.create({
    data: {
      projectId,
      source: "airflow",
      externalId: "2",
      pipeline: "serve",
      stage: "serving",
      status: "running",
      startedAt: at("2024-04-01T08:00:00.000Z"),
      endedAt: null,
      url: null,
      params: {},
      lineage: undefined,
    },
    select: { id: true },
  });
  await db.runMetric.createMany({
    data: [
      { runId: run1.id, key: "loss", value: 0.5, step: 1, timestamp: at("2024-04-01T08:10:00.000Z") },
      { runId: run1.id, key: "loss", value: 0.25, step: 2, timestamp: at("2024-04-01T08:20:00.000Z") },
      { runId: run1.id, key: "MAPE", value: 11.5, step: null, timestamp: null },
    ],
  });
  await db.runStep.createMany({
    data: [
      {
        runId: run1.id,
        name: "fit",
        status: "succeeded",
        startedAt: at("2024-04-01T08:00:00.000Z"),
        endedAt: at("2024-04-01T09:00:00.000Z"),
        position: 0,
      },
      { runId: run1.id, name: "evaluate ✓", status: "failed", startedAt: null, endedAt: null, position: 1 },
      { runId: run2.id, name: "deploy", status: "running", startedAt: at("2024-04-01T08:00:00.000Z"), endedAt: null, position: 0 },
    ],
  });

  const series = await db.historySeries.create({
    data: {
      projectId,
      solutionId: a.id,
      metricId: mape!.id,
      metricName: "MAPE",
      unit: "%",
      direction: "lower_is_better",
      targetValue: 9.5,
      targetDate: day("2025-06-30"),
    },
    select: { id: true },
  });
  await db.historyPoint.createMany({
    data: [
      { seriesId: series.id, date: day("2024-01-01"), value: 14.2, source: "manual" },
      { seriesId: series.id, date: day("2024-02-01"), value: 13.1, source: "csv" },
      { seriesId: series.id, date: day("2024-04-01"), value: 11.5, source: "run", runId: run1.id },
    ],
  });
  // A learning curve by training-set size: x instead of dates, and a target size.
  const bySize = await db.historySeries.create({
    data: {
      projectId,
      solutionId: b.id,
      metricId: null,
      metricName: "custom",
      unit: "",
      direction: "higher_is_better",
      xAxis: "examples",
      targetValue: null,
      targetDate: null,
      targetX: 1_000_000,
    },
    select: { id: true },
  });
  await db.historyPoint.createMany({
    data: [
      { seriesId: bySize.id, x: 1000, value: 0.61, source: "manual" },
      { seriesId: bySize.id, x: 10_000, value: 0.7, source: "csv" },
    ],
  });

  await db.canvasBlock.update({
    where: { projectId_key: { projectId, key: "prediction_task" } },
    data: {
      text: `Predict ${UNICODE}`,
      version: 3,
      fields: { taskType: "forecasting", inputs: "sales, weather", output: "units" },
      updatedById: colleagueId,
    },
  });
  await db.canvasBlock.update({
    where: { projectId_key: { projectId, key: "offline_evaluation" } },
    data: { text: "MAPE < 10", version: 1, fields: { metricIds: [f1!.id, mape!.id, "deleted-metric-id"] }, updatedById: me },
  });
  await db.canvasBlock.update({
    where: { projectId_key: { projectId, key: "making_predictions" } },
    data: { text: "Nightly", version: 1, fields: { mode: "batch", latencyBudgetMs: 604_800_000, volume: "1e6 / day" }, updatedById: me },
  });
  await db.canvasBlock.update({
    where: { projectId_key: { projectId, key: "building_models" } },
    data: { fields: { retrainingFrequency: "on_trigger" }, version: 1 },
  });
  await db.canvasBlock.update({
    where: { projectId_key: { projectId, key: "monitoring" } },
    data: { fields: { metricIds: [waste!.id] }, version: 1, updatedById: null },
  });
  const rev = (blockKey: "prediction_task" | "offline_evaluation", version: number, extra: object) =>
    db.canvasRevision.create({
      data: {
        projectId,
        blockKey,
        version,
        text: `v${version} ${UNICODE}`,
        message: `Save ${version}`,
        authorId: version === 2 ? colleagueId : me,
        createdAt: at(`2024-05-0${version}T12:00:00.000Z`),
        ...extra,
      },
      select: { id: true },
    });
  const v1 = await rev("prediction_task", 1, { fields: { taskType: "regression" } });
  await rev("prediction_task", 2, { fields: { taskType: "forecasting", inputs: "sales" }, authorId: null });
  await rev("prediction_task", 3, { fields: { taskType: "regression" }, restoredFromId: v1.id, message: "Restored version 1" });
  await rev("offline_evaluation", 1, { fields: { metricIds: [f1!.id, mape!.id] } });

  const link = await db.shareLink.create({
    data: {
      projectId,
      tokenHash: randomUUID(),
      note: "for the board",
      expiresAt: at("2099-01-01T00:00:00.000Z"),
      allowComments: true,
      createdById: me,
    },
    select: { id: true },
  });
  const root = await db.canvasComment.create({
    data: {
      projectId,
      blockKey: "prediction_task",
      body: `Why weekly? ${UNICODE}`,
      authorId: me,
      resolvedAt: at("2024-06-02T00:00:00.000Z"),
      resolvedById: colleagueId,
      createdAt: at("2024-06-01T00:00:00.000Z"),
    },
    select: { id: true },
  });
  await db.canvasComment.create({
    data: {
      projectId,
      blockKey: "prediction_task",
      parentId: root.id,
      body: "Because orders are weekly.",
      authorId: colleagueId,
      createdAt: at("2024-06-01T01:00:00.000Z"),
    },
  });
  await db.canvasComment.create({
    data: {
      projectId,
      blockKey: "prediction_task",
      parentId: root.id,
      body: "Guest here ✓",
      authorId: null,
      guestName: `Board member ${UNICODE}`,
      shareLinkId: link.id,
      createdAt: at("2024-06-01T02:00:00.000Z"),
    },
  });
  await db.canvasComment.create({
    data: { projectId, blockKey: "monitoring", body: "Alert on drift?", authorId: me, createdAt: at("2024-06-03T00:00:00.000Z") },
  });

  const milestone = (title: string, position: number, extra: object) =>
    db.milestone.create({
      data: {
        projectId,
        title,
        phase: "data",
        ownerRole: "data_engineer",
        startDate: day("2024-07-01"),
        dueDate: day("2024-07-31"),
        position,
        ...extra,
      },
      select: { id: true },
    });
  const m1 = await milestone(`Data audit ${UNICODE}`, 0, { ownerUserId: colleagueId, status: "done" });
  const m2 = await milestone("Baseline", 1, { phase: "modeling", ownerRole: "data_scientist", status: "in_progress", ownerUserId: me });
  const m3 = await milestone("Pilot", 1, {
    phase: "deployment",
    ownerRole: "ml_engineer",
    status: "blocked",
    startDate: day("2024-09-01"),
    dueDate: day("2024-12-31"),
  });
  await db.milestoneDependency.createMany({
    data: [
      { milestoneId: m2.id, dependsOnId: m1.id },
      { milestoneId: m3.id, dependsOnId: m2.id },
      { milestoneId: m3.id, dependsOnId: m1.id },
    ],
  });

  await db.budgetLine.createMany({
    data: [
      {
        projectId,
        category: "people",
        label: `Data scientist ${UNICODE}`,
        month: day("2024-07-01"),
        plannedMinor: 100_000_000_000_000n,
        actualMinor: 0n,
      },
      { projectId, category: "people", label: "Same month and category", month: day("2024-07-01"), plannedMinor: 0n, actualMinor: null },
      { projectId, category: "compute", label: "", month: day("2024-08-01"), plannedMinor: 150_000n, actualMinor: 149_999n },
    ],
  });
  await db.$executeRaw`SELECT scopebench_monitoring_partitions(ARRAY[timestamp '2024-08-01'])`;
  await db.monitoringPoint.createMany({
    data: [
      { projectId, metric: "MAPE", segment: "", timestamp: at("2024-08-01T00:00:00.000Z"), value: 10.25 },
      { projectId, metric: "MAPE", segment: "", timestamp: at("2024-08-01T01:00:00.001Z"), value: 5e-324 },
      { projectId, metric: "MAPE", segment: `store ${UNICODE}`, timestamp: at("2024-08-01T00:00:00.000Z"), value: -0.5 },
      { projectId, metric: "waste", segment: "eu", timestamp: at("2024-08-01T00:00:00.000Z"), value: 1.5e308 },
    ],
  });
  return { projectId };
}
