// Word-level differences between two versions of a block, shaped for display: runs of added,
// removed and unchanged text, long unchanged stretches folded, and field-by-field changes.
import { diffWordsWithSpace } from "diff";
import type { CanvasBlockKey } from "./blocks";
import { describeFields, type CanvasFields, type RegistryMetric } from "./fields";
import { countWords } from "./completeness";

export type DiffKind = "same" | "added" | "removed";
export type DiffSegment = { kind: DiffKind; text: string };
export type FoldedSegment = DiffSegment | { kind: "gap"; words: number };

/**
 * Past this many changed words and spaces, a word-level diff costs more than it explains (a full
 * rewrite of 2,000 words takes about a second); the versions are then shown as replaced whole.
 * The cut is by edit count, never by elapsed time, so the same two texts always show the same
 * way; `npx tsx bench/diff.ts` measures what it costs.
 */
export const MAX_DIFF_EDITS = 1500;

/**
 * Word-by-word changes from `before` to `after`; neighbouring segments of one kind are merged.
 * When the texts differ by more than `maxEdits` words and spaces, `before` is shown removed and
 * `after` added, whole.
 */
export function wordDiff(before: string, after: string, maxEdits = MAX_DIFF_EDITS): DiffSegment[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: maxEdits });
  if (!changes) {
    return [...(before ? [{ kind: "removed" as const, text: before }] : []), ...(after ? [{ kind: "added" as const, text: after }] : [])];
  }
  const segments: DiffSegment[] = [];
  for (const change of changes) {
    const kind: DiffKind = change.added ? "added" : change.removed ? "removed" : "same";
    const last = segments.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value) segments.push({ kind, text: change.value });
  }
  return segments;
}

export function diffStats(segments: readonly DiffSegment[]): { addedWords: number; removedWords: number; changed: boolean } {
  let addedWords = 0;
  let removedWords = 0;
  for (const s of segments) {
    if (s.kind === "added") addedWords += countWords(s.text);
    if (s.kind === "removed") removedWords += countWords(s.text);
  }
  return { addedWords, removedWords, changed: segments.some((s) => s.kind !== "same") };
}

/**
 * Folds unchanged text longer than twice `context` words into a gap, keeping `context` words on
 * each side of a change, so a small edit in a long block stays readable.
 */
export function foldUnchanged(segments: readonly DiffSegment[], context = 15): FoldedSegment[] {
  const out: FoldedSegment[] = [];
  segments.forEach((segment, i) => {
    if (segment.kind !== "same") return void out.push(segment);
    const tokens = segment.text.split(/(\s+)/);
    const words = tokens.filter((t, j) => j % 2 === 0 && t !== "");
    const keepHead = i > 0 ? context : 0;
    const keepTail = i < segments.length - 1 ? context : 0;
    if (words.length <= keepHead + keepTail + context) return void out.push(segment);
    const head = takeWords(tokens, keepHead, "start");
    const tail = takeWords(tokens, keepTail, "end");
    if (head) out.push({ kind: "same", text: head });
    out.push({ kind: "gap", words: words.length - keepHead - keepTail });
    if (tail) out.push({ kind: "same", text: tail });
  });
  return out;
}

/** The first or last `n` words of a split token list (words at even indexes), with their spacing. */
function takeWords(tokens: string[], n: number, from: "start" | "end"): string {
  if (n === 0) return "";
  let seen = 0;
  if (from === "start") {
    for (let j = 0; j < tokens.length; j++) {
      if (j % 2 === 0 && tokens[j] !== "" && ++seen === n) return tokens.slice(0, j + 1).join("") + (tokens[j + 1] ?? "");
    }
    return tokens.join("");
  }
  for (let j = tokens.length - 1; j >= 0; j--) {
    if (j % 2 === 0 && tokens[j] !== "" && ++seen === n) return (tokens[j - 1] ?? "") + tokens.slice(j).join("");
  }
  return tokens.join("");
}

export type FieldChange = { label: string; before: string; after: string };

/** Structured fields whose shown value differs between two versions of a block. */
export function fieldChanges(
  key: CanvasBlockKey,
  before: CanvasFields,
  after: CanvasFields,
  metrics: readonly RegistryMetric[],
): FieldChange[] {
  const a = new Map(describeFields(key, before, metrics).map((l) => [l.label, l.value]));
  const b = new Map(describeFields(key, after, metrics).map((l) => [l.label, l.value]));
  const labels = [...new Set([...a.keys(), ...b.keys()])];
  return labels.map((label) => ({ label, before: a.get(label) ?? "—", after: b.get(label) ?? "—" })).filter((c) => c.before !== c.after);
}
