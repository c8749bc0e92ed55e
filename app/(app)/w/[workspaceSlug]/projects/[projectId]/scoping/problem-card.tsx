"use client";
import { useCallback, useState, useTransition } from "react";
import { LazyDetails } from "@/components/ui/lazy-details";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { deleteProblemAction, deleteSolutionAction, moveProblemAction } from "@/lib/actions/scoping";
import { isVagueProblem, NARROWING_QUESTION } from "@/lib/domain/scoping/problems";
import { DATA_TYPE_LABEL, SYSTEM_STATE_LABEL } from "@/lib/domain/scoping/feasibility";
import { TASK_TYPE_LABEL } from "@/lib/schemas/scoping";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { DeleteButton } from "@/components/forms/delete-button";
import { createdItemId } from "@/components/forms/created-item-id";
import { StatusBadge } from "@/components/scoping/status-badge";
import { ProblemForm } from "./problem-form";
import { SolutionForm } from "./solution-form";

type Solution = {
  id: string;
  title: string;
  status: string;
  dataType: "structured" | "unstructured";
  systemState: "new_system" | "existing_system";
  taskType: keyof typeof TASK_TYPE_LABEL;
};
type Problem = {
  id: string;
  title: string;
  description: string;
  businessMetric: string;
  stakeholder: string;
  priority: number;
  solutions: Solution[];
};

export function ProblemCard({
  workspaceSlug,
  projectId,
  problem,
  index,
  count,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  problem: Problem;
  index: number;
  count: number;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const ref = { workspaceSlug, projectId };
  const stopEditing = useCallback(() => setEditing(false), []);

  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    startTransition(async () => {
      setError(undefined);
      const res = await fn();
      if (!res.ok) setError(res.error?.message);
      else router.refresh();
    });

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      {editing ? (
        <ProblemForm {...ref} problem={problem} onDone={stopEditing} />
      ) : (
        <>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id={createdItemId("problem", problem.id)} tabIndex={-1} className="font-semibold">
                <span className="text-slate-500">{index + 1}.</span> {problem.title}
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                Moves: {problem.businessMetric || <em>no business metric yet</em>}
                {problem.stakeholder && ` · Stakeholder: ${problem.stakeholder}`} · Priority {problem.priority}
              </p>
              {problem.description && <p className="mt-2 max-w-3xl whitespace-pre-line text-sm text-slate-700">{problem.description}</p>}
            </div>
            {canEdit && (
              <div className="flex flex-wrap gap-1">
                <Button
                  variant="ghost"
                  onClick={() => run(() => moveProblemAction({ ...ref, problemId: problem.id, direction: "up" }))}
                  disabled={pending || index === 0}
                  aria-label={`Move "${problem.title}" up`}
                >
                  ↑
                </Button>
                <Button
                  variant="ghost"
                  onClick={() => run(() => moveProblemAction({ ...ref, problemId: problem.id, direction: "down" }))}
                  disabled={pending || index === count - 1}
                  aria-label={`Move "${problem.title}" down`}
                >
                  ↓
                </Button>
                <Button variant="secondary" onClick={() => setEditing(true)} aria-label={`Edit "${problem.title}"`}>
                  Edit
                </Button>
                <DeleteButton
                  project={ref}
                  action={() => deleteProblemAction({ ...ref, problemId: problem.id })}
                  ariaLabel={`Delete "${problem.title}"`}
                  question={`Delete "${problem.title}"?`}
                  body={`${problem.solutions.length ? `Its ${problem.solutions.length} solution(s) and their assessments go with it. ` : ""}You can undo this for a while.`}
                  className=""
                />
              </div>
            )}
          </div>
          {isVagueProblem(problem) && (
            <Alert tone="warning" className="mt-3">
              This reads like a broad goal. Narrow it: {NARROWING_QUESTION} Name the business metric it would move.
            </Alert>
          )}
        </>
      )}
      {error && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}

      <section className="mt-4 border-t border-slate-100 pt-3" aria-label={`Solutions for ${problem.title}`}>
        <h3 className="text-sm font-semibold">AI solutions</h3>
        {problem.solutions.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">No candidate solutions yet.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {problem.solutions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2 text-sm">
                <StatusBadge status={s.status} />
                <Link
                  id={createdItemId("solution", s.id)}
                  href={`/w/${workspaceSlug}/projects/${projectId}/scoping/solutions/${s.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {s.title}
                </Link>
                <span className="text-xs text-slate-500">
                  {TASK_TYPE_LABEL[s.taskType]} · {DATA_TYPE_LABEL[s.dataType]} · {SYSTEM_STATE_LABEL[s.systemState]}
                </span>
                {canEdit && (
                  <DeleteButton
                    project={ref}
                    action={() => deleteSolutionAction({ ...ref, solutionId: s.id })}
                    ariaLabel={`Delete solution "${s.title}"`}
                    question={`Delete the solution "${s.title}"?`}
                    body="Its feasibility, value, evidence and decisions go with it. You can undo this for a while."
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {canEdit && (
          <LazyDetails
            className="mt-3"
            summaryClassName="cursor-pointer text-sm font-medium text-brand-700"
            summary={`Add a solution to “${problem.title}”`}
          >
            <div className="mt-3">
              <SolutionForm {...ref} problemId={problem.id} />
            </div>
          </LazyDetails>
        )}
      </section>
    </li>
  );
}
