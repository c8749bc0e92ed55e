"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setRunStageAction } from "@/lib/actions/runs";
import { PIPELINE_STAGE_LABEL, STAGE_GROUPS, type PipelineStage } from "@/lib/domain/runs/stages";
import { Alert } from "@/components/ui/alert";

/** The team corrects a run's stage; for an OpenLineage run the job's later runs get it too. */
export function RunStagePicker({
  workspaceSlug,
  projectId,
  runId,
  stage,
  hasJob,
}: {
  workspaceSlug: string;
  projectId: string;
  runId: string;
  stage: PipelineStage;
  hasJob: boolean;
}) {
  const router = useRouter();
  const [value, setValue] = useState(stage);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();

  function change(next: PipelineStage) {
    const previous = value;
    setValue(next);
    setError(undefined);
    setSaved(false);
    startTransition(async () => {
      const res = await setRunStageAction({ workspaceSlug, projectId, runId, stage: next });
      if (!res.ok) {
        setValue(previous);
        setError(res.error.message);
      } else {
        setSaved(true);
        router.refresh();
      }
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor="run-stage" className="text-sm text-slate-500">
        Stage
      </label>
      <select
        id="run-stage"
        value={value}
        disabled={pending}
        onChange={(e) => change(e.target.value as PipelineStage)}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        {STAGE_GROUPS.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.stages.map((s) => (
              <option key={s} value={s}>
                {PIPELINE_STAGE_LABEL[s]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <span role="status" className="text-sm text-slate-500">
        {pending ? "Saving…" : saved ? (hasJob ? "Saved; this job's later runs get this stage too." : "Saved.") : ""}
      </span>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
