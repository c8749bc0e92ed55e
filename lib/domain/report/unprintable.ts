// Characters the PDF's embedded fonts cannot draw. react-pdf has no font fallback beyond the
// families it is given and no right-to-left shaping, so a character no embedded font covers would
// come out as an unrelated glyph of a non-embedded standard font. Instead each such character (a
// whole grapheme: an emoji with its modifiers, a letter with its marks) is drawn as a visible
// placeholder, and the report says what was replaced and where the original text can be read.
// Pure: the fonts' coverage comes in as a function.

/** Drawn instead of a character no embedded font has (a white square, which Noto Sans SC has). */
export const PLACEHOLDER = "□";

/** Whether some embedded font has a glyph for the code point. */
export type Coverage = (codePoint: number) => boolean;

/** What was replaced, counted by kind ("Arabic script", "emoji", …). */
export type ReplacedCounts = Map<string, number>;

const SCRIPTS: readonly [string, RegExp][] = [
  ["emoji", /\p{Extended_Pictographic}|\p{Regional_Indicator}/u],
  ["Arabic script", /\p{Script=Arabic}/u],
  ["Hebrew script", /\p{Script=Hebrew}/u],
  ["Devanagari script", /\p{Script=Devanagari}/u],
  ["Thai script", /\p{Script=Thai}/u],
  ["Armenian script", /\p{Script=Armenian}/u],
  ["Georgian script", /\p{Script=Georgian}/u],
  ["Ethiopic script", /\p{Script=Ethiopic}/u],
];

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const CONTROL = /^\p{Cc}$/u;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The kind of an unprintable grapheme, for the note: its script, "emoji", or "other". */
export function unprintableKind(grapheme: string): string {
  for (const [kind, re] of SCRIPTS) if (re.test(grapheme)) return kind;
  return "other";
}

/**
 * `text` with every grapheme that has a character no font covers replaced by PLACEHOLDER
 * (invisible format characters without a glyph, such as a variation selector or a bidi mark,
 * are dropped instead); each replacement is counted in `counts`.
 */
export function replaceUnprintable(text: string, covers: Coverage, counts: ReplacedCounts = new Map()): string {
  // Control characters (line breaks, tabs) are never drawn: the renderer lays them out or drops them.
  const ok = (ch: string) => covers(ch.codePointAt(0)!) || CONTROL.test(ch);
  // Fast path: nothing to do for text every character of which is covered.
  let all = true;
  for (const ch of text)
    if (!ok(ch)) {
      all = false;
      break;
    }
  if (all) return text;
  let out = "";
  for (const { segment } of segmenter.segment(text)) {
    const missing = [...segment].filter((ch) => !ok(ch));
    if (missing.length === 0) out += segment;
    else if (missing.every((ch) => IGNORABLE.test(ch))) out += [...segment].filter((ch) => !missing.includes(ch)).join("");
    else {
      out += PLACEHOLDER;
      const kind = unprintableKind(segment);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return out;
}

/** A copy of `value` (plain data: objects, arrays, strings, numbers…) with `fn` applied to every string. */
export function mapStrings<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === "string") return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
    return out as T;
  }
  return value;
}

const countOf = (n: number, kind: string) =>
  kind === "emoji"
    ? `${n} emoji`
    : kind === "other"
      ? `${n} other ${n === 1 ? "character" : "characters"}`
      : `${n} ${n === 1 ? "character" : "characters"} in ${kind}`;

/** The note that explains the placeholders, or null when nothing was replaced. */
export function unprintableNote(counts: ReplacedCounts): string | null {
  const parts = [...counts.entries()]
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([kind, n]) => countOf(n, kind));
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `${list} could not be printed with this PDF's fonts and ${sum(counts) === 1 ? "is" : "are"} shown as ${PLACEHOLDER}; read the original text on the share page or in the Markdown export.`;
}

const order = (kind: string) => {
  const i = SCRIPTS.findIndex(([k]) => k === kind);
  return i === -1 ? SCRIPTS.length : i === 0 ? SCRIPTS.length - 0.5 : i;
};
const sum = (counts: ReplacedCounts) => [...counts.values()].reduce((a, b) => a + b, 0);
