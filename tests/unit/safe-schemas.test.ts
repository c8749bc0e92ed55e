// The input rule (lib/domain/safe-input.ts) reaches every schema: free text in lib/schemas is a
// `safeString()` and free JSON a `safeJsonValue()`, never a bare `z.string()` or `z.unknown()`, so
// no new field can let NUL, control characters or lone surrogates through to PostgreSQL. The
// server-action wrapper and the API body reader check whole inputs too; this keeps the schemas
// (shared with forms, the OpenAPI document and the pages' search parameters) honest on their own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const DIR = path.resolve(import.meta.dirname, "../../lib/schemas");
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "safe.ts");

/** The part of a schema file that parses input: everything before the response-body schemas of ingest.ts. */
const inputPart = (file: string) => {
  const text = readFileSync(path.join(DIR, file), "utf8");
  const responses = text.indexOf("// Response bodies, for the OpenAPI document.");
  return responses === -1 ? text : text.slice(0, responses);
};

describe("lib/schemas use the input rule", () => {
  test("there are schema files to check", () => expect(files.length).toBeGreaterThanOrEqual(8));

  test.each(files)("%s has no bare z.string() or z.unknown() for input", (file) => {
    const text = inputPart(file);
    expect(text.match(/\bz\s*\.string\(/g) ?? [], "use safeString() from ./safe").toEqual([]);
    expect(text.match(/\bz\.unknown\(/g) ?? [], "use safeJsonValue() from ./safe").toEqual([]);
  });
});
