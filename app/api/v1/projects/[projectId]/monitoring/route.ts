// POST /api/v1/projects/:projectId/monitoring — ingest ≤ 10,000 monitoring points (JSON or CSV); GET — one downsampled series (token auth)
import { json, withApiToken } from "@/lib/api/with-api-token";
import { readMonitoringBatch } from "@/lib/api/monitoring-body";
import { queryObject } from "@/lib/api/query";
import { parseOrThrow } from "@/lib/api/problem";
import { ingestMonitoringPoints, readSeries } from "@/lib/db/monitoring";
import { seriesQuerySchema } from "@/lib/schemas/ingest";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = withApiToken(async ({ request, access }) => {
  const points = await readMonitoringBatch(request);
  const result = await ingestMonitoringPoints(access, points);
  return json({ received: points.length, ...result });
});

export const GET = withApiToken(async ({ request, access }) => {
  const q = parseOrThrow(seriesQuerySchema, queryObject(request));
  const series = await readSeries(access, {
    metric: q.metric,
    segment: q.segment,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    maxPoints: q.maxPoints,
  });
  return json({ ...series, points: series.points.map((p) => ({ timestamp: new Date(p.t).toISOString(), value: p.v })) });
});

// The other methods: 405 problem+json with an Allow header.
const SERVED = ["GET", "POST"] as const;
export const PUT = methodNotAllowed(SERVED);
export const PATCH = methodNotAllowed(SERVED);
export const DELETE = methodNotAllowed(SERVED);
