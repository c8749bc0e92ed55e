import type { FoldedSegment } from "@/lib/domain/canvas/diff";

/** Word-level changes: additions underlined in green, removals struck through in red, long unchanged runs folded. */
export function WordDiff({ segments }: { segments: readonly FoldedSegment[] }) {
  if (segments.length === 0) return <p className="text-sm italic text-slate-500">Both versions are empty.</p>;
  return (
    <p className="whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-3 font-mono text-xs leading-relaxed text-slate-800">
      {segments.map((s, i) => {
        if (s.kind === "gap")
          return (
            <span key={i} className="mx-1 rounded bg-slate-100 px-1 text-slate-500">
              … {s.words} unchanged words …
            </span>
          );
        if (s.kind === "added")
          return (
            <ins key={i} className="bg-green-100 text-green-900 underline decoration-green-700">
              <span className="sr-only">[added: </span>
              {s.text}
              <span className="sr-only">]</span>
            </ins>
          );
        if (s.kind === "removed")
          return (
            <del key={i} className="bg-red-100 text-red-900 line-through decoration-red-700">
              <span className="sr-only">[removed: </span>
              {s.text}
              <span className="sr-only">]</span>
            </del>
          );
        return <span key={i}>{s.text}</span>;
      })}
    </p>
  );
}
