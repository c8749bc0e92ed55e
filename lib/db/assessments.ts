import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { AppError } from "@/lib/errors";
import {
  checkPrecisionRecall,
  checkValueInput,
  ratesFromPrecisionRecall,
  type PrecisionRecall,
  type ValueInput,
  type ValueResult,
} from "@/lib/domain/scoping/value";
import type { FeasibilityAssessmentFields, FeasibilityScore, HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import { scoreSolution, type SolutionScoreInput } from "@/lib/domain/scoping/score";
import type { Availability, Prisma } from "@/lib/generated/prisma/client";
import { getHistoryVerdicts } from "./history";
import { targetChecksOf, type TargetCheck } from "@/lib/domain/baselines/checks";

type Decimalish = { toNumber(): number } | number | null | undefined;
const num = (d: Decimalish): number => (d === null || d === undefined ? 0 : typeof d === "number" ? d : d.toNumber());

export type StoredValue = {
  businessMetric: string;
  expectedUplift: Decimalish;
  yearlyGain: Decimalish;
  yearlyWasteAvoided: Decimalish;
  yearlySystemCost: Decimalish;
  falsePositiveCost: Decimalish;
  falseNegativeCost: Decimalish;
  falsePositiveRate: Decimalish;
  falseNegativeRate: Decimalish;
  yearlyVolume: bigint | number;
};

/** The calculator's input from a stored ValueAssessment row (Decimals and BigInt to numbers). */
export function valueInputOf(v: StoredValue): ValueInput {
  return {
    yearlyGain: num(v.yearlyGain),
    yearlyWasteAvoided: num(v.yearlyWasteAvoided),
    yearlySystemCost: num(v.yearlySystemCost),
    falsePositiveCost: num(v.falsePositiveCost),
    falseNegativeCost: num(v.falseNegativeCost),
    falsePositiveRate: num(v.falsePositiveRate),
    falseNegativeRate: num(v.falseNegativeRate),
    yearlyVolume: Number(v.yearlyVolume),
  };
}

type ScoredRow = {
  dataType: SolutionScoreInput["dataType"];
  systemState: SolutionScoreInput["systemState"];
  feasibility: { dataAvailability: Availability; predictiveFeatures: Availability; benchmarks: unknown } | null;
  value: StoredValue | null;
};

/** What `scoreSolution` reads of a stored solution: benchmarks counted, the value row as calculator input. */
function scoreInputOf(
  row: ScoredRow,
  hlpStudies: number,
  historyVerdict: HistoryVerdict | null,
  targetChecks: TargetCheck[] = [],
): SolutionScoreInput {
  const f = row.feasibility;
  return {
    targetChecks,
    dataType: row.dataType,
    systemState: row.systemState,
    feasibility: f
      ? {
          dataAvailability: f.dataAvailability,
          predictiveFeatures: f.predictiveFeatures,
          benchmarks: Array.isArray(f.benchmarks) ? f.benchmarks.length : 0,
        }
      : null,
    hlpStudies,
    historyVerdict,
    value: row.value ? valueInputOf(row.value) : null,
  };
}

export type SolutionScores = {
  id: string;
  title: string;
  problemTitle: string;
  status: string;
  dataType: "structured" | "unstructured";
  systemState: "new_system" | "existing_system";
  feasibility: FeasibilityScore;
  value: (ValueResult & { score: FeasibilityScore }) | null;
};

/**
 * The registry targets next to each solution's human-level and current-system baselines and its HLP studies
 * (lib/domain/baselines/checks.ts), by solution id, for the feasibility rubric's warnings.
 */
async function targetChecksBySolution(access: ProjectAccess, solutionIds: string[]): Promise<Map<string, TargetCheck[]>> {
  const out = new Map<string, TargetCheck[]>();
  if (solutionIds.length === 0) return out;
  const projectId = access.project.id;
  const [metrics, baselines, studies] = await Promise.all([
    db.metric.findMany({
      where: { projectId, target: { not: null } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, unit: true, direction: true, target: true, rangeMin: true, rangeMax: true },
    }),
    db.baseline.findMany({
      where: { projectId, solutionId: { in: solutionIds }, kind: { in: ["human_level", "current_system"] } },
      select: { solutionId: true, metricId: true, kind: true, value: true },
    }),
    db.hlpStudy.findMany({
      where: { projectId, solutionId: { in: solutionIds } },
      select: { solutionId: true, metricName: true, score: true },
    }),
  ]);
  if (metrics.length === 0) return out;
  for (const id of solutionIds)
    out.set(
      id,
      targetChecksOf(
        metrics,
        baselines.filter((b) => b.solutionId === id),
        studies.filter((h) => h.solutionId === id),
      ),
    );
  return out;
}

/** Feasibility and value scores of every solution in the project (for the chart, the overview and the plan). */
export async function listSolutionScores(access: ProjectAccess): Promise<SolutionScores[]> {
  const rows = await db.solution.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ problem: { position: "asc" } }, { position: "asc" }],
    include: { problem: { select: { title: true } }, feasibility: true, value: true, _count: { select: { hlpStudies: true } } },
  });
  const ids = rows.map((r) => r.id);
  const [verdicts, checks] = await Promise.all([getHistoryVerdicts(access, ids), targetChecksBySolution(access, ids)]);
  return rows.map((r) => {
    const { feasibility, value } = scoreSolution(scoreInputOf(r, r._count.hlpStudies, verdicts.get(r.id) ?? null, checks.get(r.id)));
    return {
      id: r.id,
      title: r.title,
      problemTitle: r.problem.title,
      status: r.status,
      dataType: r.dataType,
      systemState: r.systemState,
      feasibility,
      value: value?.result ? { ...value.result, score: value.score } : null,
    };
  });
}

/** One solution with its problem, assessments, evidence counts, decision history and scores. */
export async function getSolutionDetail(access: ProjectAccess, solutionId: string) {
  const solution = await db.solution.findFirst({
    where: { id: solutionId, projectId: access.project.id },
    include: {
      problem: { select: { id: true, title: true, businessMetric: true } },
      feasibility: true,
      value: true,
      decisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 20,
        select: { id: true, status: true, rationale: true, createdAt: true, actor: { select: { name: true } } },
      },
      _count: { select: { hlpStudies: true, historySeries: true } },
    },
  });
  if (!solution) return null;
  const [verdicts, checks] = await Promise.all([getHistoryVerdicts(access, [solution.id]), targetChecksBySolution(access, [solution.id])]);
  const verdict: HistoryVerdict | null = verdicts.get(solution.id) ?? null;
  return {
    ...solution,
    historyVerdict: verdict,
    score: scoreSolution(scoreInputOf(solution, solution._count.hlpStudies, verdict, checks.get(solution.id))),
  };
}

export type FeasibilityWrite = FeasibilityAssessmentFields;

async function requireSolution(access: ProjectAccess, solutionId: string) {
  const s = await db.solution.findFirst({ where: { id: solutionId, projectId: access.project.id }, select: { id: true, title: true } });
  if (!s) throw new AppError("not_found", "That solution no longer exists.");
  return s;
}

/** Writes one of the solution's assessments (`upsert`) and its audit event, in one transaction. */
async function saveAssessment(
  access: ProjectAccess,
  solutionId: string,
  event: { action: "solution.feasibility" | "solution.value"; what: string },
  upsert: (tx: Prisma.TransactionClient) => Promise<unknown>,
) {
  const s = await requireSolution(access, solutionId);
  await db.$transaction(async (tx) => {
    await upsert(tx);
    await audit(tx, access, {
      action: event.action,
      targetType: "solution",
      targetId: solutionId,
      summary: `Updated the ${event.what} of "${s.title}"`,
    });
  });
}

export async function saveFeasibility(access: ProjectAccess, solutionId: string, input: FeasibilityWrite) {
  assertRole(access, "editor");
  await saveAssessment(access, solutionId, { action: "solution.feasibility", what: "feasibility evidence" }, (tx) =>
    tx.feasibilityAssessment.upsert({ where: { solutionId }, create: { solutionId, ...input }, update: input }),
  );
}

/** A value model to save; with precision, recall and the share of positives (all three), the error rates are derived from them. */
export type ValueWrite = ValueInput & { businessMetric: string; expectedUplift: number | null } & Partial<PrecisionRecall>;

export async function saveValue(access: ProjectAccess, solutionId: string, input: ValueWrite) {
  assertRole(access, "editor");
  const { precision, recall, positiveShare, ...rest } = input;
  const pr = precision !== undefined && recall !== undefined && positiveShare !== undefined ? { precision, recall, positiveShare } : null;
  const prIssues = pr ? checkPrecisionRecall(pr) : {};
  const model = pr && !Object.keys(prIssues).length ? { ...rest, ...ratesFromPrecisionRecall(pr) } : rest;
  const issues = { ...checkValueInput(model), ...prIssues };
  if (Object.keys(issues).length)
    throw new AppError(
      "invalid_input",
      "Please correct the highlighted fields.",
      Object.fromEntries(Object.entries(issues).map(([k, v]) => [k, [v]])),
    );
  await saveAssessment(access, solutionId, { action: "solution.value", what: "value assessment" }, (tx) => {
    const data = {
      ...model,
      yearlyVolume: BigInt(model.yearlyVolume),
      precision: pr?.precision ?? null,
      recall: pr?.recall ?? null,
      positiveShare: pr?.positiveShare ?? null,
    };
    return tx.valueAssessment.upsert({ where: { solutionId }, create: { solutionId, ...data }, update: data });
  });
}

/** Counts behind the overview's scoping progress. */
export async function getScopingFacts(access: ProjectAccess) {
  const pid = access.project.id;
  const [problems, solutions, metrics, constraints] = await Promise.all([
    db.businessProblem.findMany({ where: { projectId: pid }, select: { title: true, businessMetric: true } }),
    db.solution.findMany({
      where: { projectId: pid },
      select: { id: true, status: true, feasibility: { select: { solutionId: true } }, value: { select: { solutionId: true } } },
    }),
    db.metric.count({ where: { projectId: pid } }),
    db.projectConstraints.count({ where: { projectId: pid } }),
  ]);
  return { problems, solutions, metrics, hasConstraints: constraints > 0 };
}
