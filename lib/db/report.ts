import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import { getSolutionDetail, listSolutionScores } from "./assessments";
import { getCanvas } from "./canvas";
import { getHistorySeries, listHlpStudies } from "./evidence";
import { analyzeSeries, withSeriesRanges } from "./history";
import { getPlan } from "./plan";
import { listBaselines } from "./baselines";
import { listProblemsWithSolutions } from "./problems";
import type { SharedProject } from "./share-links";
import {
  pickFocus,
  reportProblem,
  type ReportFocusRule,
  type ReportFocusSource,
  type ReportSources,
} from "@/lib/domain/report/build-report";

// What the project report is built from (lib/domain/report/build-report.ts), read through the
// caller's access (viewer and up) with the same lib/db functions as the pages. Stored rows become
// plain values here (Decimals to numbers, JSON to typed lists); no member name is passed on.

/**
 * The canvas version a report was made from: the number of saved canvas revisions (the sum of the
 * blocks' versions, so each save, restore or starter counts once) and when the last one was made.
 */
export async function getCanvasVersion(access: ProjectAccess): Promise<{ revision: number; lastChange: Date | null }> {
  const [sum, latest] = await Promise.all([
    db.canvasBlock.aggregate({ where: { projectId: access.project.id }, _sum: { version: true } }),
    db.canvasRevision.findFirst({
      where: { projectId: access.project.id, version: { gt: 0 } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true },
    }),
  ]);
  return { revision: sum._sum.version ?? 0, lastChange: latest?.createdAt ?? null };
}

const toNumber = (d: { toNumber(): number } | null): number | null => (d === null ? null : d.toNumber());

/** One solution the report details, with its studies and history series; null when it no longer exists. */
async function loadFocusSolution(access: ProjectAccess, solutionId: string): Promise<ReportFocusSource | null> {
  const [detail, studies, stored] = await Promise.all([
    getSolutionDetail(access, solutionId),
    listHlpStudies(access, solutionId),
    getHistorySeries(access, solutionId),
  ]);
  if (!detail) return null;
  // With its metric's range, so the report's fit is the one the feasibility score uses (getHistoryVerdicts).
  const [series = null] = stored ? await withSeriesRanges(access, [stored]) : [];
  const [analysis = null] = series ? await analyzeSeries(access, [series]) : [];
  const f = detail.feasibility;
  return {
    id: detail.id,
    title: detail.title,
    status: detail.status,
    problem: { title: detail.problem.title, businessMetric: detail.problem.businessMetric },
    approach: detail.approach,
    rationale: detail.rationale,
    taskType: detail.taskType,
    dataType: detail.dataType,
    systemState: detail.systemState,
    feasibility: f && {
      dataAvailability: f.dataAvailability,
      predictiveFeatures: f.predictiveFeatures,
      hlpNote: f.hlpNote,
      historyNote: f.historyNote,
      costEstimate: toNumber(f.costEstimate),
      notes: f.notes,
      benchmarks: Array.isArray(f.benchmarks)
        ? (f.benchmarks as { title?: unknown; url?: unknown }[]).map((b) => ({ title: String(b.title ?? ""), url: String(b.url ?? "") }))
        : [],
    },
    historyVerdict: detail.historyVerdict,
    value: detail.value && { businessMetric: detail.value.businessMetric, expectedUplift: toNumber(detail.value.expectedUplift) },
    score: detail.score,
    // Study authors stay behind: the report names no one.
    hlpStudies: studies.map((s) => ({
      metricName: s.metricName,
      score: s.score,
      method: s.method,
      itemCount: s.itemCount,
      kind: s.kind,
      notes: s.notes,
      createdAt: s.createdAt,
      results: s.results,
    })),
    history: series &&
      analysis && {
        analysis,
        metricId: series.metricId,
        metricName: series.metricName,
        unit: series.unit,
        direction: series.direction,
        targetValue: series.targetValue,
        targetDate: series.targetDate,
        points: series.points.map((p) => ({ date: p.date, value: p.value })),
        range: series.range,
      },
  };
}

/** Everything the report of the caller's project is built from (viewer and up). */
export async function loadReportSources(access: ProjectAccess): Promise<ReportSources> {
  return loadSources(access, "report");
}

/** The same for a share link's page: read through the link's viewer access, with the share link's focus. */
export async function loadSharedReportSources(shared: SharedProject): Promise<ReportSources> {
  return loadSources(shared.access, "share");
}

async function loadSources(access: ProjectAccess, focusRule: ReportFocusRule): Promise<ReportSources> {
  const [{ blocks, metrics }, solutions, plan, version, problems, baselines] = await Promise.all([
    getCanvas(access),
    listSolutionScores(access),
    getPlan(access),
    getCanvasVersion(access),
    listProblemsWithSolutions(access),
    listBaselines(access),
  ]);
  // Only the solutions the report details are read in full (their history series are fitted).
  const focus = await Promise.all(pickFocus(solutions, focusRule).solutions.map((s) => loadFocusSolution(access, s.id)));
  const { id, name, description, stage } = access.project;
  return {
    project: { id, name, description, stage },
    canvas: { blocks: blocks.map(({ key, text, fields }) => ({ key, text, fields })), metrics },
    version,
    problems: problems.map((p) => reportProblem(p, p.solutions.length)),
    solutions,
    focusRule,
    focus: focus.filter((f) => f !== null),
    baselines,
    plan,
  };
}
