"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { restoreCanvasRevisionAction } from "@/lib/actions/canvas";
import { Button } from "@/components/ui/button";

/** Puts an old revision back as a new one; the message says which version it became. */
export function RestoreButton({
  project,
  revisionId,
  label,
}: {
  project: { workspaceSlug: string; projectId: string };
  revisionId: string;
  label: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "ok" | "error"; text: string }>();
  const restore = () =>
    startTransition(async () => {
      const res = await restoreCanvasRevisionAction({ ...project, revisionId });
      if (res.ok) {
        setResult({ tone: "ok", text: `Restored as version ${res.data.version}.` });
        router.refresh();
      } else setResult({ tone: "error", text: res.error.message });
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={restore} disabled={pending} aria-label={label}>
        {pending ? "Restoring…" : "Restore"}
      </Button>
      {result && (
        <span
          role={result.tone === "error" ? "alert" : "status"}
          className={result.tone === "error" ? "text-xs text-red-700" : "text-xs text-green-700"}
        >
          {result.text}
        </span>
      )}
    </span>
  );
}
