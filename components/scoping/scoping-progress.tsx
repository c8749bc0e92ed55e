import Link from "@/components/ui/link";
import type { ProjectAccess } from "@/lib/db/access";
import { getScopingFacts, listSolutionScores } from "@/lib/db/assessments";
import { getConstraints } from "@/lib/db/metrics";
import { isVagueProblem } from "@/lib/domain/scoping/problems";
import { missingStepTargets, type StepTarget } from "@/lib/domain/scoping/progress";
import { formatCompactMoney } from "@/lib/domain/plan/money";
import { Card } from "@/components/ui/card";
import { ScorePill } from "./score";
import { StatusBadge } from "./status-badge";

/** The overview's scoping card: problems, solutions by status, the selected solution and what is missing. */
export async function ScopingProgress({ access }: { access: ProjectAccess }) {
  const [facts, scores, { currency }] = await Promise.all([getScopingFacts(access), listSolutionScores(access), getConstraints(access)]);
  const byStatus = { proposed: 0, selected: 0, rejected: 0 } as Record<string, number>;
  for (const s of facts.solutions) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  const selected = scores.find((s) => s.status === "selected");
  const steps = missingStepTargets({
    problems: facts.problems.length,
    vagueProblems: facts.problems.filter(isVagueProblem).length,
    solutions: facts.solutions.length,
    solutionsWithoutFeasibility: facts.solutions.filter((s) => !s.feasibility).length,
    solutionsWithoutValue: facts.solutions.filter((s) => !s.value).length,
    selected: byStatus.selected ?? 0,
    metrics: facts.metrics,
    hasConstraints: facts.hasConstraints,
  });
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  // Each step links to the form that answers it: the first solution still missing that assessment.
  const solutionPage = (missing: "feasibility" | "value") => {
    const s = facts.solutions.find((x) => !x[missing]);
    return s ? `${base}/scoping/solutions/${s.id}#${missing}` : `${base}/scoping`;
  };
  const HREF: Record<StepTarget, () => string> = {
    add_problem: () => `${base}/scoping#add-problem`,
    problems: () => `${base}/scoping`,
    add_solution: () => `${base}/scoping`,
    feasibility: () => solutionPage("feasibility"),
    value: () => solutionPage("value"),
    decision: () => `${base}/scoping/prioritization`,
    add_metric: () => `${base}/metrics#add-metric`,
    constraints: () => `${base}/metrics#constraints`,
  };
  return (
    <Card title="Scoping progress" description="Problems → solutions → feasibility & value → decision.">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">Business problems</dt>
          <dd className="text-xl font-semibold">{facts.problems.length}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Solutions</dt>
          <dd className="text-xl font-semibold">{facts.solutions.length}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Proposed / selected / rejected</dt>
          <dd className="text-xl font-semibold">
            {byStatus.proposed} / {byStatus.selected} / {byStatus.rejected}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Registered metrics</dt>
          <dd className="text-xl font-semibold">{facts.metrics}</dd>
        </div>
      </dl>
      <div className="mt-4 rounded-md bg-slate-50 p-3 text-sm">
        {selected ? (
          <p className="flex flex-wrap items-center gap-2">
            <StatusBadge status="selected" />
            <Link href={`${base}/scoping/solutions/${selected.id}`} className="font-medium text-brand-700 underline">
              {selected.title}
            </Link>
            <ScorePill label="Feasibility" score={selected.feasibility.score} />
            <ScorePill label="Value" score={selected.value?.score.score ?? null} />
            {selected.value && <span>ROI {formatCompactMoney(selected.value.roi, currency)} per year</span>}
          </p>
        ) : (
          <p>No solution selected yet.</p>
        )}
      </div>
      {steps.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Still missing</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {steps.map((s) => (
              <li key={s.target}>
                <Link href={HREF[s.target]()} className="text-brand-700 underline">
                  {s.text}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-4 text-sm text-green-800">Scoping is complete: every step has its answer.</p>
      )}
    </Card>
  );
}
