import { describe, expect, test } from "vitest";
import { buildWorkedExample, generateLabelsCsv } from "./worked-example";
import { CANVAS_BLOCK_KEYS } from "../canvas/blocks";
import { blockFieldsSchema } from "../canvas/fields";
import { canvasCompleteness } from "../canvas/completeness";
import { metricIssues, PRIORITY, startNotAfterDue } from "../field-rules";
import { isBreach } from "../monitoring/status";
import { hasCycle } from "../plan/cycles";
import { isVagueProblem } from "../scoping/problems";
import { checkValueInput } from "../scoping/value";
import { scoreSolution } from "../scoping/score";
import { quadrantOf } from "../scoping/prioritization";
import { analyzeLabels } from "../evidence/agreement";
import { parseCsv } from "../evidence/csv";
import { toLabelMatrix } from "../evidence/labels";
import { analyzeStoredSeries } from "../evidence/series";
import { runInputSchema, monitoringPointSchema } from "@/lib/schemas/ingest";

const TODAY = "2026-03-15";
const ex = buildWorkedExample(TODAY);
const metricId = (name: string) => `id-${name}`;
const solutions = ex.problems.flatMap((p) => p.solutions);

function labelStudy() {
  const table = parseCsv(ex.hlpStudy.csv);
  if (!table.ok) throw new Error(table.problem.message);
  const matrix = toLabelMatrix(table.table, { truthColumn: ex.hlpStudy.truthColumn, idColumn: ex.hlpStudy.idColumn, labelerColumns: null });
  if (!matrix.ok) throw new Error(matrix.problem.message);
  return analyzeLabels(matrix.matrix);
}

function historyVerdict() {
  const metric = ex.metrics.find((m) => m.name === ex.history.metricName)!;
  return analyzeStoredSeries({
    direction: metric.direction,
    targetValue: ex.history.targetValue,
    targetDate: new Date(`${ex.history.targetDate}T00:00:00Z`),
    xAxis: "date",
    targetX: null,
    points: ex.history.points.map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), x: null, value: p.value })),
    range: { min: metric.rangeMin ?? undefined, max: metric.rangeMax ?? undefined },
  }).verdict;
}

describe("the worked example", () => {
  test("every canvas block has text and structured fields its save schema accepts, and the canvas is complete", () => {
    const blocks = CANVAS_BLOCK_KEYS.map((key) => {
      const b = ex.canvas[key];
      const fields = { ...b.fields, ...(b.metricNames ? { metricIds: b.metricNames.map(metricId) } : {}) };
      const parsed = blockFieldsSchema(key).safeParse(fields);
      expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
      for (const name of b.metricNames ?? []) expect(ex.metrics.map((m) => m.name)).toContain(name);
      return { key, text: b.text, fields: parsed.data! };
    });
    const metrics = ex.metrics.map((m) => ({ id: metricId(m.name), target: m.target, alertThreshold: m.alertThreshold }));
    const completeness = canvasCompleteness(blocks, metrics);
    expect(completeness.percent).toBe(100);
    expect(completeness.completeBlocks).toBe(10);
  });

  test("metrics, problems and value inputs pass the rules the forms enforce", () => {
    for (const m of ex.metrics) expect(metricIssues(m), m.name).toEqual([]);
    expect(new Set(ex.metrics.map((m) => m.kind))).toEqual(new Set(["offline", "online", "business", "non_functional"]));
    expect(ex.problems.length).toBeGreaterThanOrEqual(2);
    for (const p of ex.problems) {
      expect(isVagueProblem(p), p.title).toBe(false);
      expect(p.priority).toBeGreaterThanOrEqual(PRIORITY.min);
      expect(p.priority).toBeLessThanOrEqual(PRIORITY.max);
    }
    for (const s of solutions) expect(checkValueInput(s.value), s.title).toEqual({});
    expect(solutions.filter((s) => s.decision.status === "selected")).toHaveLength(1);
  });

  test("the three solutions sit in different cells of the feasibility matrix and different corners of the prioritization chart", () => {
    expect(solutions).toHaveLength(3);
    expect(new Set(solutions.map((s) => `${s.dataType}/${s.systemState}`)).size).toBe(3);
    const verdict = historyVerdict();
    // A steady climb toward the target: judged, and not judged out of reach.
    expect(["likely", "uncertain"]).toContain(verdict);
    const quadrants = solutions.map((s) => {
      const selected = s.decision.status === "selected";
      const score = scoreSolution({
        dataType: s.dataType,
        systemState: s.systemState,
        feasibility: { ...s.feasibility, benchmarks: s.feasibility.benchmarks.length },
        // The HLP study and the history series are stored on the selected solution.
        hlpStudies: selected ? 1 : 0,
        historyVerdict: selected ? verdict : null,
        value: s.value,
      });
      return quadrantOf({ feasibility: score.feasibility.score, value: score.value!.score!.score });
    });
    expect(quadrants).toEqual(["quick_win", "big_bet", "low_hanging"]);
    expect(new Set(quadrants).size).toBe(3);
  });

  test("the labels file is deterministic and disagrees the way real labelers do", () => {
    expect(generateLabelsCsv()).toBe(ex.hlpStudy.csv);
    const results = labelStudy();
    expect(results.labelers).toEqual(["agent_a", "agent_b", "agent_c"]);
    expect(results.itemCount).toBe(60);
    expect(results.disagreements.length).toBeGreaterThan(0);
    expect(results.fleissKappa!).toBeGreaterThan(0.6);
    expect(results.fleissKappa!).toBeLessThan(0.97);
    expect(results.hlp.score!).toBeGreaterThan(0.8);
    expect(results.hlp.score!).toBeLessThan(1);
  });

  test("exactly one monitoring point crosses its metric's alert threshold, over a month of days", () => {
    const byName = new Map(ex.metrics.map((m) => [m.name, m]));
    const breaches = ex.monitoring.filter((p) => isBreach(byName.get(p.metric)!, p.value));
    expect(breaches).toHaveLength(1);
    const days = new Set(ex.monitoring.map((p) => p.timestamp.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(28);
    for (const p of ex.monitoring) {
      expect(monitoringPointSchema.safeParse(p).success).toBe(true);
      expect(p.timestamp.slice(0, 10) < TODAY).toBe(true);
    }
  });

  test("milestone dependencies are acyclic, point backwards and respect dates", () => {
    const deps = ex.milestones.flatMap((m, i) => m.dependsOn.map((d) => ({ milestoneId: String(i), dependsOnId: String(d) })));
    expect(deps.length).toBeGreaterThan(0);
    expect(hasCycle(deps)).toBe(false);
    ex.milestones.forEach((m, i) => {
      expect(startNotAfterDue(m)).toBe(true);
      for (const d of m.dependsOn) {
        expect(d).toBeLessThan(i);
        expect(ex.milestones[d]!.dueDate < m.startDate).toBe(true);
      }
    });
    // Some work is done, some is under way today, some is ahead.
    expect(ex.milestones.some((m) => m.dueDate < TODAY && m.status === "done")).toBe(true);
    expect(ex.milestones.some((m) => m.startDate <= TODAY && TODAY <= m.dueDate)).toBe(true);
    expect(ex.milestones.some((m) => m.startDate > TODAY)).toBe(true);
  });

  test("runs pass the ingestion API's schema; history and budget are dated around today", () => {
    for (const r of ex.runs) expect(runInputSchema.safeParse(r).success, r.externalId).toBe(true);
    expect(ex.history.points).toHaveLength(12);
    expect(ex.history.points.every((p) => p.date < TODAY)).toBe(true);
    expect(ex.history.targetDate > TODAY).toBe(true);
    expect(ex.budget.some((l) => l.month < TODAY.slice(0, 7) && l.actual !== null)).toBe(true);
    expect(ex.budget.some((l) => l.month > TODAY.slice(0, 7))).toBe(true);
  });

  test("baselines: one of each kind the displays need, on a registry offline metric, the latest run beating some but not all", () => {
    expect(ex.baselines.map((b) => b.kind)).toEqual(["current_system", "published_benchmark", "human_level", "simple_rule"]);
    const offline = new Set(ex.metrics.filter((m) => m.kind === "offline").map((m) => m.name));
    for (const b of ex.baselines) expect(offline.has(b.metricName), b.label).toBe(true);
    expect(ex.baselines.find((b) => b.kind === "published_benchmark")!.citationUrl).toMatch(/^https:\/\//);
    expect(ex.baselines.find((b) => b.kind === "human_level")!.value).toBe("hlp_score");
    expect(ex.baselines.find((b) => b.kind === "simple_rule")).toMatchObject({ yearlyValue: 60000, costEstimate: 6000, feasibility: 5 });
    const latest = ex.runs
      .filter((r) => r.status === "succeeded")
      .at(-1)!
      .metrics.find((m) => m.key === "Routing accuracy")!.value;
    const fixed = ex.baselines.flatMap((b) => (typeof b.value === "number" ? [b.value] : []));
    expect(fixed.some((v) => latest > v)).toBe(true);
    expect(fixed.some((v) => latest <= v)).toBe(true);
    expect(labelStudy().hlp.score!).toBeLessThan(latest);
  });

  test("moves with today, so the example never goes stale", () => {
    const later = buildWorkedExample("2027-01-10");
    expect(later.monitoring.at(-1)!.timestamp.startsWith("2027-01-09")).toBe(true);
    expect(later.milestones[0]!.startDate).not.toBe(ex.milestones[0]!.startDate);
  });
});
