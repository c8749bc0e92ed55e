import type { ProjectAccess } from "@/lib/db/access";
import type { SolutionScores } from "@/lib/db/assessments";
import { getHistorySeries, listHlpStudies } from "@/lib/db/evidence";
import { isoDate } from "@/lib/domain/dates";
import { MIN_POINTS } from "@/lib/domain/evidence/fit";
import { analyzeStoredSeries, trendChartProps } from "@/lib/domain/evidence/series";
import { historySentence } from "@/lib/domain/evidence/summary";
import { DATA_TYPE_LABEL, SYSTEM_STATE_LABEL } from "@/lib/domain/scoping/feasibility";
import { formatMoney } from "@/lib/domain/scoping/value";
import { ScoreCard } from "@/components/scoping/score";
import { StatusBadge } from "@/components/scoping/status-badge";
import { HistoryChart } from "@/components/evidence/history-chart";
import { VerdictBadge } from "@/components/evidence/verdict-badge";
import { HlpStudyList } from "@/components/evidence/hlp-study-list";
import { ChartFigure } from "./chart-figure";

const day = (d: Date | null) => (d ? isoDate(d) : "");

/**
 * One solution's feasibility and value with their reasons, its human-level performance studies
 * and its project-history trend, read only. Nothing here names who recorded what: studies show no
 * author and labelers are numbered.
 */
export async function SharedSolution({
  access,
  solution,
  currency,
}: {
  access: ProjectAccess;
  solution: SolutionScores;
  currency: string;
}) {
  const [studies, series] = await Promise.all([listHlpStudies(access, solution.id), getHistorySeries(access, solution.id)]);
  const headingId = `solution-${solution.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <header className="space-y-1">
        <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
          {solution.title} <StatusBadge status={solution.status} />
        </h3>
        <p className="text-sm text-slate-600">
          For the problem “{solution.problemTitle}” · {DATA_TYPE_LABEL[solution.dataType]},{" "}
          {SYSTEM_STATE_LABEL[solution.systemState].toLowerCase()}
        </p>
      </header>
      <div className="grid gap-4 md:grid-cols-2">
        <ScoreCard title="Feasibility" result={solution.feasibility} />
        {solution.value ? (
          <div className="space-y-2">
            <ScoreCard title="Value" result={solution.value.score} />
            <p className="text-sm text-slate-700">
              Net value (ROI) {formatMoney(solution.value.roi, currency)} a year: {formatMoney(solution.value.yearlyValue, currency)} of
              value against {formatMoney(solution.value.yearlyTotalCost, currency)} of running and error costs.
            </p>
          </div>
        ) : (
          <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">No value estimate yet.</p>
        )}
      </div>
      <HlpStudies studies={studies} structured={solution.dataType === "structured"} />
      <ProjectHistory solutionId={solution.id} title={solution.title} series={series} />
    </article>
  );
}

type Studies = Awaited<ReturnType<typeof listHlpStudies>>;

function HlpStudies({ studies, structured }: { studies: Studies; structured: boolean }) {
  if (structured && studies.length === 0) return null;
  return (
    <section className="space-y-3">
      <h4 className="font-semibold text-slate-900">Human-level performance</h4>
      {structured && (
        <p className="text-sm text-slate-600">
          This solution works on structured data, where people are a weak benchmark; the human score below is a note rather than a bar to
          reach.
        </p>
      )}
      <HlpStudyList studies={studies} byline={(s) => ` · ${day(s.createdAt)}`} anonymous />
    </section>
  );
}

type Series = Awaited<ReturnType<typeof getHistorySeries>>;

function ProjectHistory({ solutionId, title, series }: { solutionId: string; title: string; series: Series }) {
  const analysis = series ? analyzeStoredSeries(series) : null;
  return (
    <section className="space-y-3">
      <h4 className="font-semibold text-slate-900">Project history</h4>
      {series && analysis?.verdict ? (
        <>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <VerdictBadge verdict={analysis.verdict} />
            <span>
              {series.metricName}
              {series.unit ? ` (${series.unit})` : ""}, target {series.targetValue ?? "—"} by {day(series.targetDate) || "—"}
            </span>
          </p>
          <ChartFigure
            id={`trend-${solutionId}`}
            name={`Project-history trend of ${series.metricName} for ${title}`}
            summary={historySentence(analysis, { unit: series.unit, targetValue: series.targetValue, targetDate: day(series.targetDate) })}
          >
            {analysis.curve.length > 0 && <HistoryChart {...trendChartProps(series, analysis)} />}
          </ChartFigure>
        </>
      ) : (
        <p className="text-sm text-slate-600">
          {series
            ? `Only ${series.points.length} past result${series.points.length === 1 ? "" : "s"} recorded so far; at least ${MIN_POINTS} are needed to fit a trend.`
            : "No project history recorded."}
        </p>
      )}
    </section>
  );
}
