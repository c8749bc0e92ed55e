"use client";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

function fileNameOf(response: Response): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  return /filename="([^"]+)"/.exec(header)?.[1] ?? "project-scopebench.json";
}

async function errorMessageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The export failed (HTTP ${response.status}); please try again.`;
}

/** A download link that fetches the export itself so it can show "Preparing…" while the server streams the file. */
export function JsonDownloadButton({ href }: { href: string }) {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    // Modified clicks (new tab, save as…) keep the browser's own behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (isPending) return;
    setPending(true);
    setError(null);
    try {
      const response = await fetch(href, { cache: "no-store" });
      if (!response.ok) throw new Error(await errorMessageOf(response));
      const url = URL.createObjectURL(await response.blob());
      const anchor = Object.assign(document.createElement("a"), { href: url, download: fileNameOf(response) });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(err instanceof Error ? err.message : "The export failed; please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <a
        href={href}
        download
        onClick={(e) => void download(e)}
        aria-disabled={isPending || undefined}
        className={buttonClass("primary", isPending ? "pointer-events-none opacity-70" : undefined)}
      >
        {isPending ? "Preparing…" : "Download JSON"}
      </a>
      <span aria-live="polite" className="sr-only">
        {isPending ? "Preparing the JSON export" : ""}
      </span>
      {error && (
        <Alert tone="error" className="w-full">
          {error}
        </Alert>
      )}
    </>
  );
}
