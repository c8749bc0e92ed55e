// The JSON Schema of the export format, generated from the zod schema so the two cannot drift:
// scripts/write-export-schema.ts writes it to docs/project-export.schema.json and a unit test
// fails when the committed file differs from what this returns.
import { z } from "zod";
import { PROJECT_EXPORT_SCHEMA_ID, PROJECT_EXPORT_VERSION, projectExportSchema } from "./format";

export const EXPORT_SCHEMA_PATH = "docs/project-export.schema.json";

/** The schema as an object: draft 2020-12, with `$id` and `title`; the recursive JSON value is named `JsonValue`. */
export function buildExportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(projectExportSchema, { target: "draft-2020-12", unrepresentable: "throw" });
  const {
    $schema,
    title: _title,
    ...rest
  } = JSON.parse(JSON.stringify(generated).replaceAll("__schema0", "JsonValue")) as Record<string, unknown>;
  return {
    $schema,
    $id: PROJECT_EXPORT_SCHEMA_ID,
    title: `Scopebench project export, format ${PROJECT_EXPORT_VERSION}`,
    ...rest,
  };
}

/** The file's exact text: two-space indentation and a final newline. */
export function exportJsonSchemaText(): string {
  return `${JSON.stringify(buildExportJsonSchema(), null, 2)}\n`;
}
