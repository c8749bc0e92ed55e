// Reading an export document: first the envelope (is this our format, and a version we read?), so a
// file from a newer Scopebench gets one clear sentence instead of a page of schema errors; then
// the full schema, reporting every problem with its JSON path.
import { findUnsafeValue, MAX_JSON_DEPTH } from "@/lib/domain/safe-input";
import { exportIssuesOf, jsonPath, type ExportIssue } from "./issues";
import { PROJECT_EXPORT_FORMAT, PROJECT_EXPORT_VERSION, projectExportSchema, type ProjectExport } from "./format";

export type ParseExportResult = { ok: true; doc: ProjectExport } | { ok: false; issues: ExportIssue[] };

export function newerVersionMessage(version: number): string {
  return `This file was made by a newer version of Scopebench (format ${version}); this server reads format ${PROJECT_EXPORT_VERSION}. Update Scopebench or export again from the newer server.`;
}

/** The envelope check alone: null when the format and version are ones this server reads. */
export function checkExportEnvelope(input: unknown): ExportIssue | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { path: "$", message: "This file is not a Scopebench project export: expected a JSON object at the top level." };
  }
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== PROJECT_EXPORT_FORMAT) {
    return { path: "$.format", message: `This file is not a Scopebench project export: "format" must be "${PROJECT_EXPORT_FORMAT}".` };
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      path: "$.version",
      message: `The export has no valid format version: "version" must be a whole number (this server reads ${PROJECT_EXPORT_VERSION}).`,
    };
  }
  if (version > PROJECT_EXPORT_VERSION) return { path: "$.version", message: newerVersionMessage(version) };
  return null;
}

/** Validates a parsed JSON value as a project export of the version this server reads. */
export function parseProjectExport(input: unknown): ParseExportResult {
  const envelope = checkExportEnvelope(input);
  if (envelope) return { ok: false, issues: [envelope] };
  // The input rule first: NUL, control characters, lone surrogates and non-finite numbers would
  // pass the schema's types and then fail in PostgreSQL or in arithmetic.
  const unsafe = findUnsafeValue(input, MAX_JSON_DEPTH);
  if (unsafe) return { ok: false, issues: [{ path: jsonPath(unsafe.segments), message: unsafe.message }] };
  const parsed = projectExportSchema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, doc: parsed.data } : { ok: false, issues: exportIssuesOf(parsed.error.issues) };
}
