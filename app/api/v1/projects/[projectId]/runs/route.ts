// POST /api/v1/projects/:projectId/runs — create or update a pipeline run keyed by (source, externalId); GET — list runs, newest first (token auth)
import { json, withApiToken } from "@/lib/api/with-api-token";
import { BODY_LIMITS, readJson } from "@/lib/api/body";
import { queryObject } from "@/lib/api/query";
import { parseOrThrow } from "@/lib/api/problem";
import { listRuns, upsertRun } from "@/lib/db/runs";
import { listRunsQuerySchema, runInputSchema } from "@/lib/schemas/ingest";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = withApiToken(async ({ request, access }) => {
  const input = parseOrThrow(runInputSchema, await readJson(request, BODY_LIMITS.runs));
  const run = await upsertRun(access, input);
  return json(run, run.created ? 201 : 200);
});

export const GET = withApiToken(async ({ request, access }) => {
  const q = parseOrThrow(listRunsQuerySchema, queryObject(request));
  const page = await listRuns(access, q);
  return json({
    runs: page.runs.map((r) => ({
      ...r,
      startedAt: r.startedAt.toISOString(),
      endedAt: r.endedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  });
});

// The other methods: 405 problem+json with an Allow header.
const SERVED = ["GET", "POST"] as const;
export const PUT = methodNotAllowed(SERVED);
export const PATCH = methodNotAllowed(SERVED);
export const DELETE = methodNotAllowed(SERVED);
