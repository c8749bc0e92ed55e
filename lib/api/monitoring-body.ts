import { BODY_LIMITS, isJsonType, mediaType, parseJsonText, readText } from "./body";
import { HttpProblem, parseOrThrow, validationProblem, zodErrors } from "./problem";
import { parseMonitoringCsv } from "@/lib/domain/monitoring/csv";
import { MAX_POINTS_PER_REQUEST, monitoringBatchSchema, type MonitoringPointInput } from "@/lib/schemas/ingest";

/** The validated points of a monitoring batch sent as JSON `{points: […]}` or as CSV. */
export async function readMonitoringBatch(request: Request): Promise<MonitoringPointInput[]> {
  const type = mediaType(request);
  if (isJsonType(type)) return parseOrThrow(monitoringBatchSchema, parseJsonText(await readText(request, BODY_LIMITS.monitoring))).points;
  if (type !== "text/csv") {
    throw new HttpProblem(
      415,
      `Send monitoring points as application/json or text/csv${type ? `, not ${type}` : " (the Content-Type header is missing)"}.`,
      undefined,
      { Accept: "application/json, text/csv" },
    );
  }
  const csv = parseMonitoringCsv(await readText(request, BODY_LIMITS.monitoring), MAX_POINTS_PER_REQUEST);
  // Text that is not well-formed CSV is a 400 (like malformed JSON); bad values in good CSV are a 422.
  if (csv.framing) throw new HttpProblem(400, "The body is not well-formed CSV (check the quotes).", csv.issues);
  if (csv.issues.length) throw validationProblem(csv.issues);
  // The same schema as JSON; error paths name the CSV line ("line.7.timestamp").
  const result = monitoringBatchSchema.safeParse({ points: csv.points });
  if (!result.success) {
    throw validationProblem(
      zodErrors(result.error, (path) =>
        path.replace(/^points\.(\d+)/, (_, i: string) => `line.${csv.lines[Number(i)] ?? "?"}`).replace(/^points$/, "body"),
      ),
    );
  }
  return result.data.points;
}
