// A plain-text email as text and links, for reading it in the app (the outbox). Nothing in the
// message is HTML: it is split into text runs and links, and only a URL on the app's own origin
// becomes a link — anything else stays text, so a message cannot send its reader elsewhere.

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** http(s) URLs up to whitespace or a character that cannot end one in running text. */
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
/** Punctuation that ends a sentence rather than the URL before it. */
const TRAILING = /[.,;:!?)\]}]+$/;

/** The href of `candidate` when it is an http(s) URL on `origin`, else null. */
function ownLink(candidate: string, origin: string): string | null {
  try {
    const url = new URL(candidate);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * `text` cut into runs of text and links to `appOrigin` (e.g. "https://scopebench.example"). Joined back, the
 * segments' `text` is `text` unchanged.
 */
export function linkifyText(text: string, appOrigin: string): TextSegment[] {
  const origin = new URL(appOrigin).origin;
  const out: TextSegment[] = [];
  const pushText = (t: string) => {
    if (!t) return;
    const last = out.at(-1);
    if (last?.kind === "text") last.text += t;
    else out.push({ kind: "text", text: t });
  };
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const url = match[0].replace(TRAILING, "");
    const href = ownLink(url, origin);
    pushText(text.slice(at, start));
    if (href) out.push({ kind: "link", text: url, href });
    else pushText(url);
    at = start + url.length;
  }
  pushText(text.slice(at));
  return out;
}
