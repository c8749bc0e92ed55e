"use client";
import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";

type Format = "pdf" | "markdown";
type Paper = "a4" | "letter";

const PENDING_LABEL: Record<Format, string> = { pdf: "Preparing PDF…", markdown: "Preparing Markdown…" };

/** The file name from a Content-Disposition header (`attachment; filename="x.pdf"`), or a fallback. */
function fileNameFrom(header: string | null, fallback: string): string {
  const match = header?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}

/** Why a download failed, in words: the server's message when it sent one, else the status. */
async function failureMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON: fall through to the generic message
  }
  return response.status === 404
    ? "This project was not found."
    : `The report could not be prepared (HTTP ${response.status}). Please try again.`;
}

/** Seconds since `since` while it is set, ticking once a second (null when idle). */
function useElapsedSeconds(since: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? null : Math.max(0, Math.floor((now - since) / 1000));
}

/**
 * Download the project's report as PDF (A4 or US Letter) or Markdown. The file is fetched, then
 * handed to the browser as a download, so the button can show that it is being prepared, and for
 * how long: a large project's PDF is rendered in a worker and can take up to `pdfTimeoutSeconds`.
 */
export function ReportDownloads({
  workspaceSlug,
  projectId,
  pdfTimeoutSeconds = 120,
}: {
  workspaceSlug: string;
  projectId: string;
  pdfTimeoutSeconds?: number;
}) {
  const id = useId();
  const [paper, setPaper] = useState<Paper>("a4");
  const [pending, setPending] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const busy = useRef(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const elapsed = useElapsedSeconds(startedAt);

  const base = `/w/${encodeURIComponent(workspaceSlug)}/projects/${encodeURIComponent(projectId)}/report`;

  async function download(format: Format) {
    if (busy.current) return;
    busy.current = true;
    setPending(format);
    setStartedAt(Date.now());
    setError(null);
    setDone(null);
    try {
      const url = format === "pdf" ? `${base}/pdf?paper=${paper}` : `${base}/markdown`;
      const response = await fetch(url, { cache: "no-store" });
      if (!response.ok) {
        setError(await failureMessage(response));
        return;
      }
      const blob = await response.blob();
      const fileName = fileNameFrom(response.headers.get("Content-Disposition"), format === "pdf" ? "report.pdf" : "report.md");
      const objectUrl = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = objectUrl;
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
      setDone(`Downloaded ${fileName}.`);
    } catch {
      setError("The report could not be downloaded. Check your connection and try again.");
    } finally {
      busy.current = false;
      setPending(null);
      setStartedAt(null);
    }
  }

  return (
    <Card
      title="Project report"
      description="The canvas, the selected solution's feasibility and value with their charts, milestones, budget and payback — as a PDF to print or send, or as Markdown to paste into a wiki."
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-44">
          <SelectField
            id={`${id}-paper`}
            label="Paper size"
            value={paper}
            onChange={(e) => setPaper(e.target.value === "letter" ? "letter" : "a4")}
            disabled={pending !== null}
          >
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </SelectField>
        </div>
        <Button onClick={() => void download("pdf")} disabled={pending !== null} aria-busy={pending === "pdf"}>
          {pending === "pdf" ? PENDING_LABEL.pdf : "Download PDF"}
        </Button>
        <Button
          variant="secondary"
          onClick={() => void download("markdown")}
          disabled={pending !== null}
          aria-busy={pending === "markdown"}
        >
          {pending === "markdown" ? PENDING_LABEL.markdown : "Download Markdown"}
        </Button>
      </div>
      <div className="mt-3 space-y-2" aria-live="polite">
        {pending === "pdf" && (
          <p className="text-sm text-slate-600">
            {PENDING_LABEL.pdf} (this can take up to {pdfTimeoutSeconds} s for a large project){elapsed ? ` — ${elapsed} s so far.` : ""}
          </p>
        )}
        {pending === "markdown" && (
          <p className="text-sm text-slate-600">{PENDING_LABEL.markdown} This can take a few seconds for a large project.</p>
        )}
        {error && <Alert tone="error">{error}</Alert>}
        {done && !error && <p className="text-sm text-slate-600">{done}</p>}
      </div>
    </Card>
  );
}
