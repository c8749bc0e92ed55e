import type { ProjectAccess } from "@/lib/db/access";
import { listHlpStudies } from "@/lib/db/evidence";
import { isoDate } from "@/lib/domain/dates";
import { MIN_POINTS } from "@/lib/domain/evidence/fit";
import type { ReportBaseline, ReportFocusSolution, ReportTrend } from "@/lib/domain/report/types";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { ScoreCard } from "@/components/scoping/score";
import { StatusBadge } from "@/components/scoping/status-badge";
import { HistoryChart } from "@/components/evidence/history-chart";
import { VerdictBadge } from "@/components/evidence/verdict-badge";
import { HlpStudyList } from "@/components/evidence/hlp-study-list";
import { ChartFigure } from "./chart-figure";

const day = (d: Date | null) => (d ? isoDate(d) : "");

/**
 * One solution's feasibility and value with their reasons, its human-level performance studies
 * and its project-history trend, read only: the report's focus section, plus the studies as the
 * evidence page lists them (with their disagreements). Nothing here names who recorded what:
 * studies show no author and labelers are numbered.
 */
export async function SharedSolution({ access, solution }: { access: ProjectAccess; solution: ReportFocusSolution }) {
  const studies = await listHlpStudies(access, solution.id);
  const headingId = `solution-${solution.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <header className="space-y-1">
        <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
          {solution.title} <StatusBadge status={solution.status} />
        </h3>
        <p className="text-sm text-slate-600">
          For the problem “{solution.problem.title}” · {solution.dataTypeLabel}, {solution.systemStateLabel.toLowerCase()}
        </p>
      </header>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <ScoreCard title="Feasibility" result={solution.feasibility} />
        {solution.value ? (
          <div className="space-y-2">
            <ScoreCard title="Value" result={{ score: solution.value.score, reasons: solution.value.scoreReasons }} />
            <p className="text-sm text-slate-700">{solution.value.roiSentence}</p>
          </div>
        ) : (
          <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">No value estimate yet.</p>
        )}
      </div>
      <HlpStudies studies={studies} structured={solution.dataType === "structured"} />
      <Baselines title={solution.title} baselines={solution.baselines} />
      <ProjectHistory solutionId={solution.id} title={solution.title} trend={solution.trend} />
    </article>
  );
}

type Studies = Awaited<ReturnType<typeof listHlpStudies>>;

/** What the solution must beat, as the report's baselines table lists it; citations link out (http/https only). */
function Baselines({ title, baselines }: { title: string; baselines: ReportBaseline[] }) {
  if (baselines.length === 0) return null;
  return (
    <section className="space-y-3">
      <h4 className="font-semibold text-slate-900">Baselines</h4>
      <Table aria-label={`Baselines of ${title}`} scroll>
        <THeadRow columns={["Kind", "Metric", "Label", { label: "Value", numeric: true }, "Source", "Measured"]} />
        <TBody>
          {baselines.map((b, i) => (
            <Tr key={i}>
              <Td>{b.kindLabel}</Td>
              <Td>{b.metricName}</Td>
              <Td>{b.label}</Td>
              <Td numeric>{b.valueText}</Td>
              <Td>
                {b.citationUrl ? (
                  <a href={b.citationUrl} className="text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
                    {b.source || b.citationUrl}
                  </a>
                ) : (
                  b.source || "—"
                )}
                {b.note && <span className="block text-xs text-slate-500">{b.note}</span>}
              </Td>
              <Td>{b.measuredOn ?? "—"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}

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

function ProjectHistory({ solutionId, title, trend }: { solutionId: string; title: string; trend: ReportTrend | null }) {
  return (
    <section className="space-y-3">
      <h4 className="font-semibold text-slate-900">Project history</h4>
      {trend?.verdict ? (
        <>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <VerdictBadge verdict={trend.verdict} />
            <span>
              {trend.metricName}
              {trend.unit ? ` (${trend.unit})` : ""}, target {trend.chart.targetValue ?? "—"}{" "}
              {trend.target?.phrase ?? `by ${trend.chart.targetLabel || "—"}`}
            </span>
          </p>
          <ChartFigure
            id={`trend-${solutionId}`}
            name={`Project-history trend of ${trend.metricName} for ${title}`}
            summary={trend.referenceSentence ? `${trend.sentence} ${trend.referenceSentence}` : trend.sentence}
          >
            {trend.curve.length > 0 && <HistoryChart trend={trend} referencesBelow={false} />}
          </ChartFigure>
        </>
      ) : (
        <p className="text-sm text-slate-600">
          {trend
            ? `Only ${trend.points.length} past result${trend.points.length === 1 ? "" : "s"} recorded so far; at least ${MIN_POINTS} are needed to fit a trend.`
            : "No project history recorded."}
        </p>
      )}
    </section>
  );
}
