// POST /api/v1/projects/:projectId/openlineage — fold an OpenLineage RunEvent into its run (source "openlineage") (token auth)
import { json, withApiToken } from "@/lib/api/with-api-token";
import { BODY_LIMITS, readJson } from "@/lib/api/body";
import { parseOrThrow } from "@/lib/api/problem";
import { recordOpenLineageEvent } from "@/lib/db/run-lineage";
import { openLineageEventSchema } from "@/lib/schemas/ingest";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = withApiToken(async ({ request, access }) => {
  const event = parseOrThrow(openLineageEventSchema, await readJson(request, BODY_LIMITS.openlineage));
  const run = await recordOpenLineageEvent(access, event);
  return json(run, run.created ? 201 : 200);
});

// The other methods: 405 problem+json with an Allow header.
const SERVED = ["POST"] as const;
export const GET = methodNotAllowed(SERVED);
export const PUT = methodNotAllowed(SERVED);
export const PATCH = methodNotAllowed(SERVED);
export const DELETE = methodNotAllowed(SERVED);
