// POST /api/v1/lineage — the path the stock OpenLineage clients post to (`<url>/api/v1/lineage`):
// the project is the token's own, so OPENLINEAGE_URL=<app> and OPENLINEAGE_API_KEY=<token> are the whole set-up (token auth)
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
