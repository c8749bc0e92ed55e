"use client";
import { useState, useTransition, type FormEvent } from "react";
import Link from "@/components/ui/link";
import { runTrendSeriesAction } from "@/lib/actions/runs";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { useUnsavedGuard } from "@/components/forms/use-unsaved-guard";

type SolutionOption = {
  id: string;
  title: string;
  series: { metricId: string | null; metricName: string; targetDate: string | null } | null;
};

/** "Use as trend series": the values across runs become a solution's trend series, so its trend verdict runs on them. */
export function TrendSeriesForm({
  workspaceSlug,
  projectId,
  metricId,
  metricName,
  solutions,
}: {
  workspaceSlug: string;
  projectId: string;
  metricId: string;
  metricName: string;
  solutions: SolutionOption[];
}) {
  const [solutionId, setSolutionId] = useState(solutions[0]?.id ?? "");
  const chosen = solutions.find((s) => s.id === solutionId);
  const [targetDate, setTargetDate] = useState(chosen?.series?.targetDate ?? "");
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<{ message: string; fields?: FieldErrors }>();
  const [done, setDone] = useState<{ message: string; solutionId: string }>();
  const [pending, startTransition] = useTransition();
  useUnsavedGuard(touched);

  function pick(id: string) {
    setSolutionId(id);
    setTouched(true);
    const s = solutions.find((o) => o.id === id);
    if (s?.series?.targetDate) setTargetDate(s.series.targetDate);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setErrors(undefined);
    setDone(undefined);
    startTransition(async () => {
      const res = await runTrendSeriesAction({ workspaceSlug, projectId, metricId, solutionId, targetDate });
      if (!res.ok) {
        setErrors({ message: res.error.message, fields: res.error.fieldErrors });
        return;
      }
      setTouched(false);
      const title = solutions.find((s) => s.id === solutionId)?.title ?? "the solution";
      setDone({
        message: `${res.data.created ? "Created" : "Refreshed"} the trend series of "${title}" with ${res.data.points} points (${res.data.fromRuns} from runs).`,
        solutionId,
      });
    });
  }

  const replaces = chosen?.series && chosen.series.metricId !== metricId && chosen.series.metricName !== metricName;
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="trend-solution" label="Solution" error={errors?.fields?.solutionId}>
          {(a11y) => (
            <select id="trend-solution" value={solutionId} onChange={(e) => pick(e.target.value)} {...a11y}>
              {solutions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="trend-target-date"
          label="Target date"
          type="date"
          value={targetDate}
          onChange={(e) => {
            setTargetDate(e.target.value);
            setTouched(true);
          }}
          error={errors?.fields?.targetDate}
          hint="When the target should be reached; the verdict forecasts to this date."
        />
      </div>
      {replaces && (
        <p className="text-sm text-amber-900">
          This solution&apos;s trend series follows {chosen.series!.metricName}; using {metricName} replaces it.
        </p>
      )}
      <Button type="submit" disabled={pending || !solutionId}>
        {pending ? "Saving…" : "Use as trend series"}
      </Button>
      {errors && !errors.fields && <Alert tone="error">{errors.message}</Alert>}
      {errors?.fields && (
        <p role="alert" className="text-sm text-red-700">
          {errors.message}
        </p>
      )}
      <div role="status" className="text-sm text-slate-700">
        {done && (
          <>
            {done.message}{" "}
            <Link
              href={`/w/${workspaceSlug}/projects/${projectId}/scoping/solutions/${done.solutionId}/evidence`}
              className="font-medium text-brand-700 underline"
            >
              See its trend verdict
            </Link>
          </>
        )}
      </div>
    </form>
  );
}
