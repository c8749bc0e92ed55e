// GET /api/v1/openapi.json — the OpenAPI 3.1 document of API v1, generated from the zod schemas (public, no data)
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const runtime = "nodejs";

let cached: string | undefined;

export async function GET() {
  cached ??= JSON.stringify(buildOpenApiDocument());
  return new Response(cached, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
}
