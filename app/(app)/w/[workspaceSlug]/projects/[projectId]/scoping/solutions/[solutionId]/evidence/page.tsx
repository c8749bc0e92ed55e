import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { deleteHlpStudyAction } from "@/lib/actions/evidence";
import { getEvidenceSolution, getHistorySeries, listHlpStudies } from "@/lib/db/evidence";
import { listMetrics } from "@/lib/db/metrics";
import { listBaselines } from "@/lib/db/baselines";
import { baselinesForSeries } from "@/lib/domain/baselines/lines";
import { analyzeSeries, withSeriesRanges } from "@/lib/db/history";
import { hasRole } from "@/lib/domain/auth/roles";
import { isoDate } from "@/lib/domain/dates";
import { trendView } from "@/lib/domain/evidence/trend-view";
import { MIN_POINTS, LIKELY, UNLIKELY } from "@/lib/domain/evidence/fit";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { HlpManualForm } from "./hlp-manual-form";
import { HlpUploadForm } from "./hlp-upload-form";
import { HistoryForm } from "./history-form";
import { HistoryChart } from "@/components/evidence/history-chart";
import { VerdictBadge } from "@/components/evidence/verdict-badge";
import { ImportRunsButton } from "./import-runs-button";
import { HlpStudyList } from "@/components/evidence/hlp-study-list";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Feasibility evidence" };

const day = (d: Date | null) => (d ? isoDate(d) : "");

export default async function EvidencePage({
  params,
}: {
  params: Promise<{ workspaceSlug: string; projectId: string; solutionId: string }>;
}) {
  const { workspaceSlug, projectId, solutionId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const solution = await getEvidenceSolution(access, solutionId);
  if (!solution) notFound();
  const [studies, stored, metrics, baselines] = await Promise.all([
    listHlpStudies(access, solution.id),
    getHistorySeries(access, solution.id),
    listMetrics(access),
    listBaselines(access, { solutionId: solution.id }),
  ]);
  // With its metric's range, so the page's fit is the one the feasibility score uses (getHistoryVerdicts).
  const [series = null] = stored ? await withSeriesRanges(access, [stored]) : [];
  const canEdit = hasRole(access.role, "editor");
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id, solutionId: solution.id };
  const structured = solution.dataType === "structured";
  // The stored analysis (computed in the worker when the series was saved), drawn through the view every output uses.
  const [analysis = null] = series ? await analyzeSeries(access, [series]) : [];
  // The solution's baselines on the series' metric are drawn as reference lines.
  const view =
    series && analysis ? trendView(series, analysis, baselinesForSeries(baselines, { ...series, solutionId: solution.id })) : null;

  return (
    <main className="space-y-6">
      <PageHeader
        title="Feasibility evidence"
        breadcrumb={
          <p className="text-sm text-slate-500">
            Evidence for{" "}
            <Link className="underline" href={`/w/${ref.workspaceSlug}/projects/${ref.projectId}/scoping/solutions/${solution.id}`}>
              {solution.title}
            </Link>{" "}
            ({solution.problem.title})
          </p>
        }
      />

      <EvidencePart
        id="hlp"
        title="Human-level performance"
        description="How well people do the same task: the usual benchmark for what a model can reach on images, text or audio."
      >
        {structured && (
          <Alert tone="warning">
            This solution works on structured (tabular) data. People are rarely good at reading many columns of numbers, so human
            performance is a weak benchmark here: a model often beats it easily, and matching it says little. Prefer the project history or
            published results; you can still upload labels or record a human score as a note.
          </Alert>
        )}
        <HlpStudyList
          studies={studies}
          byline={(s) => (
            <span className="text-xs text-slate-500">
              {" "}
              — {s.createdBy?.name ?? "deleted user"}, {day(s.createdAt)}
            </span>
          )}
          actions={(s) =>
            canEdit && (
              <div className="mt-2">
                <ActionButton
                  action={deleteHlpStudyAction.bind(null, { ...ref, studyId: s.id })}
                  label="Delete study"
                  pendingLabel="Deleting…"
                  confirm="Delete this study? Its statistics are lost."
                  variant="secondary"
                />
              </div>
            )
          }
        />
        {canEdit && (
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <section aria-labelledby="upload-heading" className="space-y-2">
              <h3 id="upload-heading" className="text-sm font-semibold">
                Upload labels
              </h3>
              <p className="text-xs text-slate-500">
                Have several people label the same items; the app measures how often they agree and, with a ground truth, how often each is
                right.
              </p>
              {structured && (
                <p className="text-xs text-amber-700">
                  Structured data: HLP is a weaker benchmark here; models often beat people at reading tables.
                </p>
              )}
              <HlpUploadForm key={studies.length} {...ref} />
            </section>
            <section aria-labelledby="manual-heading" className="space-y-2">
              <h3 id="manual-heading" className="text-sm font-semibold">
                {structured ? "Record a note with a human score" : "Type a human score"}
              </h3>
              <HlpManualForm
                key={studies.length}
                {...ref}
                notesHint={
                  structured
                    ? "Say who did the task and why the score is (or is not) a useful bar."
                    : "Who labelled, on which items, and how disagreements were settled."
                }
              />
            </section>
          </div>
        )}
      </EvidencePart>

      <EvidencePart
        id="history"
        title="Project history"
        description="Results of the existing system over time, fitted with saturating curves to see whether the target is within reach by its date."
      >
        {view && analysis && view.verdict ? (
          <div className="space-y-3">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <VerdictBadge verdict={view.verdict} />
              <span data-testid="history-verdict">{view.sentence}</span>
            </p>
            {view.curve.length > 0 && <HistoryChart trend={view} />}
            {analysis.candidates.length > 0 && (
              <details className="text-sm text-slate-700">
                <summary className="cursor-pointer font-medium">How the verdict is computed</summary>
                <p className="mt-2">
                  Time runs from the first result, scaled to the observed span. Each model is fitted with a robust loss, so one odd result
                  cannot steer it, and the models are weighed by how well they fit for their number of parameters (Akaike weights) instead
                  of trusting one winner. The probability and the 90 % band come from the forecast at the target date: the spread of the
                  models, the noise around the fit (never taken as zero) and an error that grows the further ahead the target is (likely at
                  ≥ {LIKELY * 100} %, unlikely at ≤ {UNLIKELY * 100} %; a band that contains the target reads uncertain). With fewer than{" "}
                  {MIN_POINTS} results there is no verdict.
                </p>
                <ul className="mt-2 list-disc pl-5">
                  {analysis.candidates.map((c) => (
                    <li key={c.kind}>
                      {c.label} <code>{c.formula}</code>: weight {Number.isFinite(c.aic) ? `${Math.round(c.weight * 100)} %` : "no fit"}
                      {c.kind === analysis.selected && " — most weight"}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        ) : (
          <p className="text-sm text-slate-600">
            No series yet. Enter at least {MIN_POINTS} dated results of the existing system, with the target value and date.
          </p>
        )}
        {canEdit && (
          <>
            <HistoryForm
              {...ref}
              metrics={metrics.map((m) => ({ id: m.id, name: m.name, unit: m.unit }))}
              initial={{
                metricId: series?.metricId ?? "",
                metricName: series?.metricName ?? "",
                unit: series?.unit ?? "",
                direction: series?.direction ?? "higher_is_better",
                targetValue: series?.targetValue != null ? String(series.targetValue) : "",
                xAxis: series?.xAxis ?? "date",
                targetDate: day(series?.targetDate ?? null),
                targetX: series?.targetX != null ? String(series.targetX) : "",
                points: series ? series.points.map((p) => `${p.date ? day(p.date) : p.x}, ${p.value}`).join("\n") : "",
              }}
            />
            {series && <ImportRunsButton {...ref} metricName={series.metricName} />}
          </>
        )}
      </EvidencePart>
    </main>
  );
}

/** One kind of evidence: a card the page's links can jump to (`#hlp`, `#history`). */
function EvidencePart({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <div id={id} className="scroll-mt-4">
      <Card title={title} description={description}>
        <div className="space-y-5">{children}</div>
      </Card>
    </div>
  );
}
