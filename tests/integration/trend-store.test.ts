// Trend analyses are computed once, in the worker thread, and stored by the key of their input:
// saving a series computes and stores its analysis; reading it again (page, share link, report)
// computes nothing; a changed point is a new key. The stored result equals the in-process analysis.
import { beforeAll, describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { createProblem } from "@/lib/db/problems";
import { createSolution } from "@/lib/db/solutions";
import { getHistorySeries, saveHistorySeries } from "@/lib/db/evidence";
import { analyzeSeries, withSeriesRanges } from "@/lib/db/history";
import { loadReportSources } from "@/lib/db/report";
import { trendWorkerCompleted } from "@/lib/compute/trend-pool";
import { analyzeStoredSeries } from "@/lib/domain/evidence/series";
import type { ProjectAccess } from "@/lib/db/access";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

let access: ProjectAccess;
let solutionId: string;
const month = (i: number) => new Date(Date.UTC(2025, i, 1)).toISOString().slice(0, 10);
const points = Array.from({ length: 12 }, (_, i) => ({ date: month(i), value: 0.9 - 0.3 * Math.exp(-i / 3), source: "manual" as const }));
const fields = {
  metricId: null,
  metricName: "F1",
  unit: "",
  direction: "higher_is_better" as const,
  targetValue: 0.88,
  targetDate: "2026-06-01",
};

async function storedSeries() {
  const row = await getHistorySeries(access, solutionId);
  return (await withSeriesRanges(access, [row!]))[0]!;
}

beforeAll(async () => {
  const owner = await makeUser("Trend store owner");
  const project = await createProject(owner.access, { name: "Trend store", description: "", templateKey: "blank" });
  access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
  const problem = await createProblem(access, {
    title: "Late answers",
    description: "",
    businessMetric: "backlog",
    stakeholder: "",
    priority: 1,
  });
  const solution = await createSolution(access, problem.id, {
    title: "Ticket router",
    approach: "",
    taskType: "classification",
    dataType: "unstructured",
    systemState: "existing_system",
  });
  solutionId = solution.id;
});

describe("stored trend analyses", () => {
  test("saving a series computes its analysis once, in the worker; reads compute nothing", async () => {
    const before = trendWorkerCompleted();
    const rowsBefore = await db.trendAnalysis.count();
    await saveHistorySeries(access, solutionId, fields, points);
    expect(trendWorkerCompleted()).toBe(before + 1);
    expect(await db.trendAnalysis.count()).toBe(rowsBefore + 1);

    const series = await storedSeries();
    const [read] = await analyzeSeries(access, [series]);
    await analyzeSeries(access, [series]);
    const report = await loadReportSources(access);
    expect(report.focus[0]?.history?.analysis.verdict).toBe(read!.verdict);
    expect(trendWorkerCompleted()).toBe(before + 1);
    expect(await db.trendAnalysis.count()).toBe(rowsBefore + 1);

    // The worker's result, through the JSON column, is the analysis computed here.
    expect(read).toEqual(analyzeStoredSeries(series));
    // F1 is bounded to 0–1 (inferred from its name): nothing of the analysis leaves the range.
    for (const c of read!.curve) expect(c.high).toBeLessThanOrEqual(1);
  });

  test("a changed point is a new analysis; the old one stays for an identical series elsewhere", async () => {
    const before = trendWorkerCompleted();
    const moved = points.map((p, i) => (i === 11 ? { ...p, value: p.value + 0.01 } : p));
    await saveHistorySeries(access, solutionId, fields, moved);
    expect(trendWorkerCompleted()).toBe(before + 1);
    await saveHistorySeries(access, solutionId, fields, points);
    expect(trendWorkerCompleted()).toBe(before + 1);
  });
});
