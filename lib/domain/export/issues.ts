// Turns zod's validation issues into one readable line per problem, each with the JSON path of the
// value it is about ("$.project.problems[2].solutions[0].title"), so an import can list them all.
import type { z } from "zod";

export type ExportIssue = { path: string; message: string };
type Segment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$`, then `.key` for plain keys, `["odd key"]` for others and `[3]` for array positions. */
export function jsonPath(path: readonly Segment[]): string {
  return path.reduce<string>((out, seg) => {
    if (typeof seg === "number") return `${out}[${seg}]`;
    const key = String(seg);
    return IDENTIFIER.test(key) ? `${out}.${key}` : `${out}[${JSON.stringify(key)}]`;
  }, "$");
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? "a string" : `the string ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value === "object" ? "an object" : typeof value;
}

const withArticle = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

type Issue = z.core.$ZodIssue;

/** A union failed: follow the one branch that got past the type check, else say none fits. */
function unionIssues(issue: Extract<Issue, { code: "invalid_union" }>, base: Segment[]): ExportIssue[] {
  const deep = issue.errors.filter((branch) => branch.some((i) => i.path.length > 0 || i.code !== "invalid_type"));
  if (deep.length === 1) return deep[0]!.flatMap((i) => toIssues(i, base));
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((i) => (i.code === "invalid_type" && i.path.length === 0 ? [i.expected] : [])),
  );
  const suffix = expected.length ? ` (expected ${[...new Set(expected)].join(" or ")})` : "";
  return [{ path: jsonPath(base), message: `This value does not match any allowed form${suffix}.` }];
}

function toIssues(issue: Issue, parent: Segment[] = []): ExportIssue[] {
  const path = [...parent, ...issue.path];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: jsonPath([...path, key]),
        message: `Unknown property "${key}": the export format has no such property.`,
      }));
    case "invalid_union":
      return unionIssues(issue, path);
    case "invalid_type": {
      const hasInput = "input" in issue;
      if (hasInput && issue.input === undefined)
        return [{ path: jsonPath(path), message: `Missing required property (expected ${withArticle(issue.expected)}).` }];
      const got = hasInput ? `, got ${describeValue(issue.input)}` : "";
      return [{ path: jsonPath(path), message: `Expected ${withArticle(issue.expected)}${got}.` }];
    }
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v));
      const list = options.length > 1 ? `one of ${options.slice(0, -1).join(", ")} or ${options.at(-1)}` : (options[0] ?? "another value");
      const got = "input" in issue ? `, got ${describeValue(issue.input)}` : "";
      return [{ path: jsonPath(path), message: `Expected ${list}${got}.` }];
    }
    default:
      return [{ path: jsonPath(path), message: issue.message }];
  }
}

/** Every problem zod found, in document order, with its JSON path. Parse with `reportInput: true` for "got …" details. */
export function exportIssuesOf(issues: readonly Issue[]): ExportIssue[] {
  return issues.flatMap((issue) => toIssues(issue));
}
