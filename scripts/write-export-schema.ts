// Writes docs/project-export.schema.json from the zod schema of the JSON export format.
//
//   npx tsx scripts/write-export-schema.ts
//
// Run it after changing lib/domain/export/format.ts; a unit test fails while the file is stale.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { EXPORT_SCHEMA_PATH, exportJsonSchemaText } from "../lib/domain/export/json-schema";

const target = path.resolve(import.meta.dirname, "..", EXPORT_SCHEMA_PATH);
writeFileSync(target, exportJsonSchemaText());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
