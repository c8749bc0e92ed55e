// Milestone names beside the Gantt bars: wrapped rather than cut mid-word.

/** About how many characters of 12 px text fit one line of the Gantt chart's label column. */
export const LINE_CHARS = 34;

/** A name in at most two lines that fit the label column, split at spaces; what does not fit ends in "…". */
export function labelLines(text: string, perLine = LINE_CHARS): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  const clip = (l: string) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l);
  if (lines.length <= 2) return lines.map(clip);
  return [clip(lines[0]!), clip(`${lines[1]} ${lines.slice(2).join(" ")}`).replace(/…?$/, "…")];
}
