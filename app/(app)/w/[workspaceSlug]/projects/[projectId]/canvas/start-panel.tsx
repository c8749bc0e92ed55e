"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { startCanvasAction } from "@/lib/actions/canvas";
import { PROJECT_TEMPLATES } from "@/lib/domain/projects/templates";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export type StartSolution = { id: string; title: string; status: string; problemTitle: string };

type Choice = "empty" | "scoping" | (typeof PROJECT_TEMPLATES)[number]["key"];

/** Offered while every block is empty: start blank, from the scoping answers, or from an example. */
export function StartPanel({
  project,
  solutions,
  hasScoping,
}: {
  project: { workspaceSlug: string; projectId: string };
  solutions: StartSolution[];
  hasScoping: boolean;
}) {
  const router = useRouter();
  const [choice, setChoice] = useState<Choice>("empty");
  const [solutionId, setSolutionId] = useState(solutions[0]?.id ?? "");
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (hidden) return null;

  const start = () => {
    if (choice === "empty") return setHidden(true);
    setError(undefined);
    startTransition(async () => {
      const input =
        choice === "scoping"
          ? { ...project, source: "scoping" as const, solutionId: solutionId || undefined }
          : { ...project, source: "template" as const, templateKey: choice };
      const res = await startCanvasAction(input);
      if (res.ok) router.refresh();
      else setError(res.error.message);
    });
  };

  const option = (value: Choice, label: string, description: string, disabled = false) => (
    <label
      className={
        disabled
          ? "flex gap-2 rounded-md border border-slate-200 p-2 text-slate-400"
          : "flex cursor-pointer gap-2 rounded-md border border-slate-200 p-2 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
      }
    >
      <input
        type="radio"
        name="canvas-start"
        value={value}
        checked={choice === value}
        disabled={disabled}
        onChange={() => setChoice(value)}
        className="mt-1"
      />
      <span>
        <span className="block text-sm font-medium">{label}</span>
        <span className="block text-xs text-slate-600">{description}</span>
      </span>
    </label>
  );

  return (
    <Card
      title="Start this canvas"
      description="Every block is empty. Pick a starting point; each block it fills gets a revision in the history, and you can change everything afterwards."
    >
      <fieldset className="space-y-2">
        <legend className="sr-only">Starting point</legend>
        {option("empty", "Start empty", "Write every block yourself.")}
        {option(
          "scoping",
          "Draft from the scoping answers",
          hasScoping
            ? "Value proposition and prediction task from a solution and its problem; evaluation and monitoring from the metrics registry; serving details from the constraints."
            : "Nothing to draft from yet: add problems and solutions, metrics or constraints first.",
          !hasScoping,
        )}
        {choice === "scoping" && solutions.length > 0 && (
          <div className="ml-6 space-y-1">
            <label htmlFor="start-solution" className="block text-sm font-medium">
              Solution
            </label>
            <select
              id="start-solution"
              value={solutionId}
              onChange={(e) => setSolutionId(e.target.value)}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              {solutions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} — {s.problemTitle}
                  {s.status === "selected" ? " (selected)" : ""}
                </option>
              ))}
            </select>
          </div>
        )}
        {PROJECT_TEMPLATES.map((t) => (
          <div key={t.key}>{option(t.key, `Example: ${t.name}`, t.summary)}</div>
        ))}
      </fieldset>
      {error && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}
      <Button className="mt-3" onClick={start} disabled={pending}>
        {pending ? "Filling the canvas…" : "Start"}
      </Button>
    </Card>
  );
}
