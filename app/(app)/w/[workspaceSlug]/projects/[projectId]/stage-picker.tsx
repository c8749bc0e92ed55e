"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setStageAction } from "@/lib/actions/projects";
import { LIFECYCLE_STAGES, type LifecycleStage } from "@/lib/schemas/project";
import { STAGE_LABEL } from "@/lib/domain/projects/stages";
import { Alert } from "@/components/ui/alert";

export function StagePicker({
  workspaceSlug,
  projectId,
  stage,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  stage: LifecycleStage;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [value, setValue] = useState(stage);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function change(next: LifecycleStage) {
    const previous = value;
    setValue(next);
    setError(undefined);
    startTransition(async () => {
      const res = await setStageAction({ workspaceSlug, projectId, stage: next });
      if (!res.ok) {
        setValue(previous);
        setError(res.error.message);
      } else router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <ol className="flex flex-wrap gap-2" aria-label="Lifecycle">
        {LIFECYCLE_STAGES.map((s, i) => (
          <li
            key={s}
            className={
              s === value
                ? "rounded-full bg-brand-600 px-3 py-1 text-sm text-white"
                : "rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-600"
            }
            aria-current={s === value ? "step" : undefined}
          >
            {i + 1}. {STAGE_LABEL[s]}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <div className="flex items-center gap-2">
          <label htmlFor="stage" className="text-sm font-medium">
            Current stage
          </label>
          <select
            id="stage"
            value={value}
            disabled={pending}
            onChange={(e) => change(e.target.value as LifecycleStage)}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          >
            {LIFECYCLE_STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABEL[s]}
              </option>
            ))}
          </select>
          {pending && <span className="text-sm text-slate-500">Saving…</span>}
        </div>
      ) : (
        <p className="text-sm text-slate-500">Viewers can read this project but not change it.</p>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
