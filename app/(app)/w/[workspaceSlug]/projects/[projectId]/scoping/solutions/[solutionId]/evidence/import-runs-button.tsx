"use client";
import { useState, useTransition } from "react";
import { importRunPointsAction } from "@/lib/actions/evidence";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** Adds the offline values of the series' metric from succeeded pipeline runs. */
export function ImportRunsButton(p: { workspaceSlug: string; projectId: string; solutionId: string; metricName: string }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const run = () =>
    start(async () => {
      const r = await importRunPointsAction({ workspaceSlug: p.workspaceSlug, projectId: p.projectId, solutionId: p.solutionId });
      setMessage(r.ok ? { tone: "success", text: `Imported ${r.data.imported} run values.` } : { tone: "error", text: r.error.message });
    });
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={run} disabled={pending} aria-disabled={pending}>
        {pending ? "Importing…" : `Import "${p.metricName}" from pipeline runs`}
      </Button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
