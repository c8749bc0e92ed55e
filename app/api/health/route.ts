// GET /api/health — liveness and database reachability for load balancers (no auth, no data)
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const dbOk = await checkDatabase();
  return Response.json({ status: dbOk ? "ok" : "degraded", database: dbOk ? "up" : "down" }, { status: dbOk ? 200 : 503 });
}
