// GET /api/v1/openapi.json — the OpenAPI 3.1 document of API v1, generated from the zod schemas (public, no data)
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const runtime = "nodejs";

let cached: string | undefined;

export async function GET() {
  cached ??= JSON.stringify(buildOpenApiDocument());
  return new Response(cached, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
}

// The other methods: 405 problem+json with an Allow header.
const SERVED = ["GET"] as const;
export const POST = methodNotAllowed(SERVED);
export const PUT = methodNotAllowed(SERVED);
export const PATCH = methodNotAllowed(SERVED);
export const DELETE = methodNotAllowed(SERVED);
