// JSON.parse keeps the last of two equal keys in an object and says nothing, so a hand-edited
// export could lose a value silently. This scanner reads the text once more (after JSON.parse
// accepted it) and reports every repeated key with its JSON path, e.g.
// "$.project.problems[0].title: duplicate key".
import { jsonPath, type ExportIssue } from "./issues";

const STRING = /"(?:[^"\\]|\\.)*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Every key that appears twice (or more) in the same object, in document order. `text` must be valid JSON. */
export function findDuplicateKeys(text: string): ExportIssue[] {
  const issues: ExportIssue[] = [];
  const path: (string | number)[] = [];
  let i = 0;

  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t")) i++;
  };
  const readString = (): string => {
    STRING.lastIndex = i;
    const m = STRING.exec(text);
    if (!m) throw new Error(`Not JSON at character ${i + 1}.`);
    i = STRING.lastIndex;
    return JSON.parse(m[0]) as string;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const seen = new Set<string>();
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        const key = readString();
        path.push(key);
        if (seen.has(key))
          issues.push({ path: jsonPath(path), message: "Duplicate key: JSON keeps only the last value, so each key may appear once." });
        seen.add(key);
        ws();
        i++; // ":"
        value();
        path.pop();
        ws();
        if (text[i++] === "}") return;
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (let n = 0; ; n++) {
        path.push(n);
        value();
        path.pop();
        ws();
        if (text[i++] === "]") return;
      }
    }
    if (c === '"') return void readString();
    SCALAR.lastIndex = i;
    if (!SCALAR.test(text)) throw new Error(`Not JSON at character ${i + 1}.`);
    i = SCALAR.lastIndex;
  };

  value();
  return issues;
}
