"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies the page's address: the comparison (runs and charted metrics) is all in the URL. */
export function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  // A refused clipboard (no permission, insecure origin) is not an error: the address bar still has the link.
  async function copy() {
    await navigator.clipboard?.writeText(window.location.href).catch(() => {});
    setCopied(true);
  }
  return (
    <Button variant="secondary" onClick={() => void copy()} aria-live="polite">
      {copied ? "Link copied" : "Copy link"}
    </Button>
  );
}
