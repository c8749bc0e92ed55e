// Limits and messages of the "Import a project from JSON" upload, shared by the server action and
// the form (which checks the size before sending).
import type { FormState } from "@/lib/forms";
import type { ExportIssue } from "./issues";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_LABEL = "20 MB";
/** The form lists this many problems, then "and N more". */
export const IMPORT_ISSUES_SHOWN = 50;

export type ImportFormState = FormState & { issues?: ExportIssue[]; issueCount?: number };

class Located extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Where the first syntax error of `text` is, or null when it is valid JSON. Used only after JSON.parse failed. */
export function locateJsonError(text: string): { offset: number; reason: string } | null {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Located(i, reason);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const string = () => {
    for (i++; ; ) {
      if (i >= text.length) fail("a string is not closed");
      const ch = text[i]!;
      if (ch === '"') return void i++;
      if (ch === "\\") {
        const next = text[i + 1] ?? "";
        if ('"\\/bfnrt'.includes(next) && next) i += 2;
        else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail("invalid escape sequence in a string");
      } else if (ch < " ") fail("a line break or control character inside a string (write it as \\n)");
      else i++;
    }
  };
  const sequence = (close: "}" | "]", item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ",") i++;
      else if (text[i] === close) return void i++;
      else fail(i >= text.length ? "the file ends too early" : `expected "," or "${close}"`);
    }
  };
  const member = () => {
    ws();
    if (text[i] !== '"') fail("expected a property name in double quotes");
    string();
    ws();
    if (text[i] !== ":") fail('expected ":" after the property name');
    i++;
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) return fail("the file ends too early");
    if (c === "{") return sequence("}", member);
    if (c === "[") return sequence("]", value);
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    const literal = ["true", "false", "null"].find((l) => text.startsWith(l, i));
    if (literal) return void (i += literal.length);
    fail(`unexpected character ${JSON.stringify(c)}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail("unexpected text after the end of the JSON value");
    return null;
  } catch (err) {
    if (err instanceof Located) return { offset: err.offset, reason: err.reason };
    throw err;
  }
}

/** "The file is not valid JSON: expected "," or "}" at line 3, column 7 (character 41)." */
export function describeJsonSyntaxError(err: unknown, text: string): string {
  let found: ReturnType<typeof locateJsonError> = null;
  try {
    found = locateJsonError(text);
  } catch {
    // Nesting too deep for the locator's stack: fall back to the parser's own words.
  }
  if (!found) return `The file is not valid JSON: ${err instanceof Error ? err.message : "it could not be read"}.`;
  const before = text.slice(0, found.offset);
  const line = before.split("\n").length;
  const column = found.offset - before.lastIndexOf("\n");
  return `The file is not valid JSON: ${found.reason} at line ${line}, column ${column} (character ${found.offset + 1}).`;
}
