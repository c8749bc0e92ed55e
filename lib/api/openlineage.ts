import "server-only";
import { BODY_LIMITS, readJson } from "./body";
import { parseOrThrow } from "./problem";
import { json, type ApiHandlerArgs } from "./with-api-token";
import { recordOpenLineageEvent } from "@/lib/db/run-lineage";
import { olDatasetEventSchema, olEventKind, olJobEventSchema, olRunEventSchema, type ParsedOlEvent } from "@/lib/schemas/openlineage";

/**
 * One OpenLineage event (JSON, optionally gzip-compressed): validated against the schema of the
 * kind it claims to be (RunEvent, DatasetEvent or JobEvent), then recorded. 201 when it created
 * the run, dataset or job, 200 when it updated one.
 */
export async function handleOpenLineageEvent({ request, access }: ApiHandlerArgs): Promise<Response> {
  const body = await readJson(request, BODY_LIMITS.openlineage);
  const kind = olEventKind(body);
  const parsed: ParsedOlEvent =
    kind === "run"
      ? { kind, event: parseOrThrow(olRunEventSchema, body) }
      : kind === "dataset"
        ? { kind, event: parseOrThrow(olDatasetEventSchema, body) }
        : { kind, event: parseOrThrow(olJobEventSchema, body) };
  const result = await recordOpenLineageEvent(access, parsed);
  return json(result, result.created ? 201 : 200);
}
