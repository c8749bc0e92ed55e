// POST /api/v1/projects/:projectId/openlineage — record an OpenLineage event: a RunEvent folds into its run (source "openlineage"), a DatasetEvent or JobEvent into the lineage graph (token auth)
import { withApiToken } from "@/lib/api/with-api-token";
import { handleOpenLineageEvent } from "@/lib/api/openlineage";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = withApiToken(handleOpenLineageEvent);

// The other methods: 405 problem+json with an Allow header.
const SERVED = ["POST"] as const;
export const GET = methodNotAllowed(SERVED);
export const PUT = methodNotAllowed(SERVED);
export const PATCH = methodNotAllowed(SERVED);
export const DELETE = methodNotAllowed(SERVED);
