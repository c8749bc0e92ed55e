import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createWorkedExample } from "@/lib/db/worked-example";
import { getScopingFacts, listSolutionScores } from "@/lib/db/assessments";
import { getCanvas } from "@/lib/db/canvas";
import { listHlpStudies } from "@/lib/db/evidence";
import { getHistoryVerdicts } from "@/lib/db/history";
import { listTargetsVsReality } from "@/lib/db/targets";
import { listBaselines } from "@/lib/db/baselines";
import { readSeries } from "@/lib/db/monitoring";
import { listMilestones } from "@/lib/db/milestones";
import { createInvite, acceptInvite } from "@/lib/db/invites";
import { resolveWorkspaceAccess } from "@/lib/db/access";
import { AppError } from "@/lib/errors";
import { canvasCompleteness } from "@/lib/domain/canvas/completeness";
import { breachPeriods } from "@/lib/domain/monitoring/status";
import { quadrantOf } from "@/lib/domain/scoping/prioritization";
import { missingSteps } from "@/lib/domain/scoping/progress";
import { isVagueProblem } from "@/lib/domain/scoping/problems";
import { buildWorkedExample } from "@/lib/domain/projects/worked-example";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);
const TODAY = "2026-05-20";

describe("the worked example", () => {
  test("creates a complete project: every table has rows, scores, canvas and monitoring read back as expected", async () => {
    const { access } = await makeUser("Newcomer");
    const project = await createWorkedExample(access, { name: "Ticket routing", description: "" }, TODAY);
    const pa = await projectAccessFor(access.userId, access.workspace.slug, project.id);
    const ex = buildWorkedExample(TODAY);
    const projectId = project.id;
    const where = { projectId };
    const solutionIds = (await db.solution.findMany({ where, select: { id: true } })).map((s) => s.id);
    const counts = {
      problems: await db.businessProblem.count({ where }),
      solutions: solutionIds.length,
      feasibility: await db.feasibilityAssessment.count({ where: { solutionId: { in: solutionIds } } }),
      value: await db.valueAssessment.count({ where: { solutionId: { in: solutionIds } } }),
      decisions: await db.solutionDecision.count({ where }),
      metrics: await db.metric.count({ where }),
      constraints: await db.projectConstraints.count({ where }),
      hlpStudies: await db.hlpStudy.count({ where }),
      historySeries: await db.historySeries.count({ where }),
      historyPoints: await db.historyPoint.count({ where: { series: { projectId } } }),
      canvasRevisions: await db.canvasRevision.count({ where }),
      milestones: await db.milestone.count({ where }),
      dependencies: await db.milestoneDependency.count({ where: { milestone: { projectId } } }),
      budgetLines: await db.budgetLine.count({ where }),
      runs: await db.pipelineRun.count({ where }),
      runMetrics: await db.runMetric.count({ where: { run: { projectId } } }),
      runSteps: await db.runStep.count({ where: { run: { projectId } } }),
      monitoringPoints: await db.monitoringPoint.count({ where }),
      baselines: await db.baseline.count({ where }),
    };
    expect(counts).toEqual({
      problems: ex.problems.length,
      solutions: 3,
      feasibility: 3,
      value: 3,
      decisions: 2,
      metrics: ex.metrics.length,
      constraints: 1,
      hlpStudies: 1,
      historySeries: 1,
      historyPoints: 12,
      canvasRevisions: 10,
      milestones: ex.milestones.length,
      dependencies: ex.milestones.reduce((n, m) => n + m.dependsOn.length, 0),
      budgetLines: ex.budget.length,
      runs: ex.runs.length,
      runMetrics: ex.runs.reduce((n, r) => n + r.metrics.length, 0),
      runSteps: ex.runs.reduce((n, r) => n + r.steps.length, 0),
      monitoringPoints: ex.monitoring.length,
      baselines: 4,
    });

    // Prioritization: the stored evidence (HLP study, trend verdict) gives the scores the example is written for.
    const scores = await listSolutionScores(pa);
    expect(scores.map((s) => quadrantOf({ feasibility: s.feasibility.score, value: s.value!.score.score }))).toEqual([
      "quick_win",
      "big_bet",
      "low_hanging",
    ]);
    const selected = scores.find((s) => s.status === "selected")!;
    expect(selected.title).toBe("Route each ticket to a team from its text");
    expect(selected.feasibility.reasons.map((r) => r.text)).toContain("Human-level performance has been measured");
    expect(["likely", "uncertain"]).toContain((await getHistoryVerdicts(pa, [selected.id])).get(selected.id));

    // The HLP study was computed from the labels file, as an upload is.
    const [study] = await listHlpStudies(pa, selected.id);
    expect(study).toMatchObject({ kind: "labels_csv", itemCount: 60 });
    expect((study!.results as { labelers: string[] }).labelers).toEqual(["agent_a", "agent_b", "agent_c"]);
    expect(study!.score).toBeGreaterThan(0.8);

    // Baselines on the selected solution's offline metric: the human-level one is the study's score, linked to it.
    const baselines = await listBaselines(pa);
    expect(baselines.map((b) => [b.kind, b.solutionId, b.metricName])).toEqual([
      ["current_system", selected.id, "Routing accuracy"],
      ["published_benchmark", selected.id, "Routing accuracy"],
      ["human_level", selected.id, "Routing accuracy"],
      ["simple_rule", selected.id, "Routing accuracy"],
    ]);
    expect(baselines.find((b) => b.kind === "human_level")).toMatchObject({ hlpStudyId: study!.id, value: study!.score });
    expect(baselines.find((b) => b.kind === "published_benchmark")!.citationUrl).toMatch(/^https:\/\//);
    expect(baselines.find((b) => b.kind === "simple_rule")).toMatchObject({ yearlyValue: 60000, costEstimate: 6000, feasibility: 5 });

    // Overview: nothing is missing; canvas: complete.
    const facts = await getScopingFacts(pa);
    const steps = missingSteps({
      problems: facts.problems.length,
      vagueProblems: facts.problems.filter(isVagueProblem).length,
      solutions: facts.solutions.length,
      solutionsWithoutFeasibility: facts.solutions.filter((s) => !s.feasibility).length,
      solutionsWithoutValue: facts.solutions.filter((s) => !s.value).length,
      selected: facts.solutions.filter((s) => s.status === "selected").length,
      metrics: facts.metrics,
      hasConstraints: facts.hasConstraints,
    });
    expect(steps).toEqual([]);
    const canvas = await getCanvas(pa);
    expect(canvasCompleteness(canvas.blocks, canvas.metrics).percent).toBe(100);

    // Monitoring: one breach of the misrouting alert; targets vs reality reads the latest values.
    const misrouted = ex.metrics.find((m) => m.name === "Misrouted tickets")!;
    const series = await readSeries(pa, { metric: misrouted.name, maxPoints: 1000 });
    expect(series.points).toHaveLength(30);
    expect(breachPeriods(series.points, misrouted)).toHaveLength(1);
    const targets = await listTargetsVsReality(pa);
    expect(targets.find((t) => t.name === misrouted.name)).toMatchObject({ status: "green", latest: { from: "monitoring" } });
    const accuracy = targets.find((t) => t.name === "Routing accuracy")!;
    expect(accuracy).toMatchObject({ latest: { from: "run", value: 0.88 } });
    // The latest run (0.88) beats the keyword rules, the topic menu and the agents, not the published benchmark (0.89).
    expect(accuracy.baselines.map((b) => [b.kind, b.beaten])).toEqual([
      ["current_system", true],
      ["published_benchmark", false],
      ["human_level", true],
      ["simple_rule", true],
    ]);
    expect(targets.find((t) => t.name === "Macro F1")!.baselines).toEqual([]);

    // Plan: dependencies stored as written.
    const milestones = await listMilestones(pa);
    expect(milestones.find((m) => m.title === "Shadow routing on live tickets")?.status).toBe("planned");

    // Audited: the creation and each part.
    const actions = (await db.auditEvent.findMany({ where: { projectId }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["project.create", "solution.value", "hlp.create", "history.save", "canvas.save"]));
  });

  test("a viewer cannot create it, and no project appears", async () => {
    const owner = await makeUser("Owner");
    const viewer = await makeUser("Viewer");
    const { token } = await createInvite(owner.access, "viewer", 7);
    await acceptInvite(viewer.user.id, token);
    const va = (await resolveWorkspaceAccess(viewer.user.id, owner.workspace.slug))!;
    expect(va.role).toBe("viewer");
    await expect(createWorkedExample(va, { name: "Not allowed", description: "" })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "forbidden",
    );
    expect(await db.project.count({ where: { workspaceId: owner.workspace.id } })).toBe(0);
  });

  test("a failure part-way leaves no half project behind, and the log says why it went", async () => {
    const { access } = await makeUser("Unlucky");
    const ex = buildWorkedExample(TODAY);
    // The last solution's value estimate is refused (a negative gain), after most of the project is stored.
    ex.problems.at(-1)!.solutions[0]!.value.yearlyGain = -1;
    await expect(createWorkedExample(access, { name: "Broken example", description: "" }, TODAY, ex)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "internal_error" && /nothing of it was kept/.test(e.message),
    );
    expect(await db.project.count({ where: { workspaceId: access.workspace.id } })).toBe(0);
    const summaries = (await db.auditEvent.findMany({ where: { workspaceId: access.workspace.id }, select: { summary: true } })).map(
      (e) => e.summary,
    );
    expect(summaries).toContain('Removed the unfinished worked example "Broken example" after an error');
  });
});
