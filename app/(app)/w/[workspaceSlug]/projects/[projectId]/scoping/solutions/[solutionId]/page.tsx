import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { LazyDetails } from "@/components/ui/lazy-details";
import { notFound } from "next/navigation";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getSolutionDetail } from "@/lib/db/assessments";
import { getConstraints, listMetrics } from "@/lib/db/metrics";
import { listBaselines } from "@/lib/db/baselines";
import { listHlpStudies } from "@/lib/db/evidence";
import { hasRole } from "@/lib/domain/auth/roles";
import { isoDate } from "@/lib/domain/dates";
import { CELL_GUIDANCE, DATA_TYPE_LABEL, evidenceFor, SYSTEM_STATE_LABEL } from "@/lib/domain/scoping/feasibility";
import { TASK_TYPE_LABEL } from "@/lib/schemas/scoping";
import { Card } from "@/components/ui/card";
import { ScoreCard } from "@/components/scoping/score";
import { StatusBadge } from "@/components/scoping/status-badge";
import { FeasibilityMatrix } from "@/components/scoping/feasibility-matrix";
import { SolutionForm } from "../../solution-form";
import { DecisionForm } from "./decision-form";
import { FeasibilityForm } from "./feasibility-form";
import { ValueForm } from "./value-form";
import { BaselinesCard } from "./baselines-card";

export const metadata: Metadata = { title: "Solution" };

export default async function SolutionPage({
  params,
}: {
  params: Promise<{ workspaceSlug: string; projectId: string; solutionId: string }>;
}) {
  const { workspaceSlug, projectId, solutionId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const [solution, { currency }, baselines, metrics, studies] = await Promise.all([
    getSolutionDetail(access, solutionId),
    getConstraints(access),
    listBaselines(access, { solutionId }),
    listMetrics(access),
    listHlpStudies(access, solutionId),
  ]);
  if (!solution) notFound();
  const canEdit = hasRole(access.role, "editor");
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  const evidenceHref = `/w/${ref.workspaceSlug}/projects/${ref.projectId}/scoping/solutions/${solution.id}/evidence`;
  const f = solution.feasibility;
  const benchmarks = Array.isArray(f?.benchmarks) ? (f.benchmarks as { title: string; url: string }[]) : [];
  const { feasibility, value } = solution.score;

  return (
    <main className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">
          Solution for{" "}
          <Link className="underline" href={`/w/${ref.workspaceSlug}/projects/${ref.projectId}/scoping`}>
            {solution.problem.title}
          </Link>
        </p>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-lg font-semibold">
          {solution.title} <StatusBadge status={solution.status} />
        </h1>
        <p className="text-sm text-slate-600">
          {TASK_TYPE_LABEL[solution.taskType]} · {DATA_TYPE_LABEL[solution.dataType]} · {SYSTEM_STATE_LABEL[solution.systemState]}
        </p>
        {solution.approach && <p className="mt-2 max-w-3xl whitespace-pre-line text-sm text-slate-700">{solution.approach}</p>}
        {canEdit && (
          <LazyDetails
            className="mt-3 max-w-3xl"
            summaryClassName="cursor-pointer text-sm font-medium text-brand-700"
            summary="Edit solution"
          >
            <div className="mt-3">
              <SolutionForm {...ref} solution={solution} />
            </div>
          </LazyDetails>
        )}
      </div>

      <Card
        id="decision"
        title="Decision"
        description="Select the solution to work on, or reject it; either needs a rationale for the decision log."
      >
        {canEdit ? (
          <DecisionForm {...ref} solutionId={solution.id} status={solution.status} rationale={solution.rationale} />
        ) : (
          <p className="text-sm">{solution.rationale || "No decision recorded yet."}</p>
        )}
        {solution.decisions.length > 0 && (
          <ul className="mt-4 space-y-1 border-t border-slate-100 pt-3 text-sm text-slate-700">
            {solution.decisions.map((d) => (
              <li key={d.id}>
                <StatusBadge status={d.status} /> {d.rationale}{" "}
                <span className="text-xs text-slate-500">
                  — {d.actor?.name ?? "deleted user"}, {isoDate(d.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card id="feasibility" title="Feasibility" description={CELL_GUIDANCE[solution.dataType][solution.systemState]}>
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="space-y-4">
            <FeasibilityMatrix dataType={solution.dataType} systemState={solution.systemState} />
            <FeasibilityForm
              {...ref}
              solutionId={solution.id}
              evidence={evidenceFor(solution)}
              evidenceHref={evidenceHref}
              hlpStudies={solution._count.hlpStudies}
              historySeries={solution._count.historySeries}
              historyVerdict={solution.historyVerdict}
              canEdit={canEdit}
              currency={currency}
              initial={{
                dataAvailability: f?.dataAvailability ?? "unknown",
                predictiveFeatures: f?.predictiveFeatures ?? "unknown",
                hlpNote: f?.hlpNote ?? "",
                historyNote: f?.historyNote ?? "",
                costEstimate: f?.costEstimate ? f.costEstimate.toString() : "",
                notes: f?.notes ?? "",
                benchmarks: benchmarks.map((b) => `${b.title} | ${b.url}`).join("\n"),
              }}
            />
          </div>
          <div className="space-y-3">
            <ScoreCard title="Feasibility score" result={feasibility} />
            {benchmarks.length > 0 && (
              <div className="text-sm">
                <p className="font-medium">Known benchmarks</p>
                <ul className="list-disc pl-5">
                  {benchmarks.map((b) => (
                    <li key={b.url}>
                      <a href={b.url} className="text-brand-700 underline" target="_blank" rel="noopener noreferrer nofollow">
                        {b.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </div>
      </Card>

      <BaselinesCard
        project={ref}
        solutionId={solution.id}
        baselines={baselines}
        metrics={metrics.map((m) => ({ value: m.id, label: m.unit ? `${m.name} (${m.unit})` : m.name }))}
        studies={studies.map((h) => ({
          value: h.id,
          label: `${h.metricName}: ${Math.round(h.score * 1000) / 10} % (${h.method || "study"}, ${isoDate(h.createdAt)})`,
        }))}
        currency={currency}
        canEdit={canEdit}
      />

      <Card
        id="value"
        title="Value"
        description="How much the solution moves the business metric, what it costs, and what its wrong predictions cost."
      >
        <ValueForm
          {...ref}
          solutionId={solution.id}
          currency={currency}
          canEdit={canEdit}
          initial={solution.value ? valueFormValues(solution.value) : { businessMetric: solution.problem.businessMetric }}
          score={value?.score ? <ScoreCard title="Value score" result={value.score} /> : undefined}
        />
      </Card>
    </main>
  );
}

type SavedValue = NonNullable<NonNullable<Awaited<ReturnType<typeof getSolutionDetail>>>["value"]>;

/** A saved value model as the form's text fields; percentages as typed (0.02 → "2"). */
function valueFormValues(v: SavedValue): Record<string, string> {
  const pct = (d: { toNumber(): number } | null) => (d === null ? "" : String(Math.round(d.toNumber() * 1e8) / 1e6));
  return {
    businessMetric: v.businessMetric,
    expectedUpliftPct: pct(v.expectedUplift),
    yearlyGain: v.yearlyGain.toString(),
    yearlyWasteAvoided: v.yearlyWasteAvoided.toString(),
    yearlySystemCost: v.yearlySystemCost.toString(),
    falsePositiveCost: v.falsePositiveCost.toString(),
    falseNegativeCost: v.falseNegativeCost.toString(),
    errorInput: v.precision === null ? "rates" : "precisionRecall",
    falsePositiveRatePct: pct(v.falsePositiveRate),
    falseNegativeRatePct: pct(v.falseNegativeRate),
    precisionPct: pct(v.precision),
    recallPct: pct(v.recall),
    positiveSharePct: pct(v.positiveShare),
    yearlyVolume: v.yearlyVolume.toString(),
  };
}
