import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildExportJsonSchema, EXPORT_SCHEMA_PATH, exportJsonSchemaText } from "./json-schema";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

describe("docs/project-export.schema.json", () => {
  test("is what the zod schema generates (run `npx tsx scripts/write-export-schema.ts` after changing the format)", () => {
    expect(readFileSync(path.join(ROOT, EXPORT_SCHEMA_PATH), "utf8")).toBe(exportJsonSchemaText());
  });

  test("has an $id and a title, and rejects unknown properties", () => {
    const schema = buildExportJsonSchema() as {
      $id: string;
      title: string;
      additionalProperties: boolean;
      properties: { project: { additionalProperties: boolean; required: string[] } };
    };
    expect(schema.$id).toBe("urn:scopebench:schema:project-export:1");
    expect(schema.title).toBe("Scopebench project export, format 1");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.project.additionalProperties).toBe(false);
    expect(schema.properties.project.required).toContain("monitoringPoints");
  });
});
