"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setMilestoneStatusAction } from "@/lib/actions/plan";
import { MILESTONE_STATUSES, STATUS_LABEL, type MilestoneStatus } from "@/lib/domain/plan/labels";

/** Changes a milestone's status as soon as another one is chosen. */
export function StatusSelect({
  workspaceSlug,
  projectId,
  milestoneId,
  title,
  status,
}: {
  workspaceSlug: string;
  projectId: string;
  milestoneId: string;
  title: string;
  status: MilestoneStatus;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const change = (next: MilestoneStatus) =>
    startTransition(async () => {
      const res = await setMilestoneStatusAction({ workspaceSlug, projectId, milestoneId, status: next });
      if (res.ok) router.refresh();
      else setError(res.error.message);
    });
  return (
    <span className="inline-flex flex-col">
      <select
        aria-label={`Status of ${title}`}
        defaultValue={status}
        disabled={pending}
        onChange={(e) => change(e.target.value as MilestoneStatus)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs"
      >
        {MILESTONE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
