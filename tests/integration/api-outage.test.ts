// The app survives a PostgreSQL outage: its pool's idle connections are killed (as a restart
// does), new connections are refused for a while, and requests meanwhile get 503 problem+json.
// Afterwards the same process serves again. Runs on its own throwaway database so the outage
// does not disturb the other test files.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { ensureDatabase, dropDatabase } from "../../scripts/lib/database";
import { applyMigrations } from "../../scripts/lib/migrations";
import { GET as getRuns, POST as postRun } from "@/app/api/v1/projects/[projectId]/runs/route";
import { POST as postPoints } from "@/app/api/v1/projects/[projectId]/monitoring/route";
import { GET as getHealth } from "@/app/api/health/route";
import { call, projectWithToken } from "../support/api";

const url = new URL(process.env.DATABASE_URL!);
const name = `${url.pathname.slice(1)}_outage`.slice(0, 60);
url.pathname = `/${name}`;
const outageUrl = url.toString();
const adminUrl = Object.assign(new URL(outageUrl), { pathname: "/postgres" }).toString();

// The app's client is created lazily and cached on globalThis (lib/db/client.ts); this file points it at its own database.
const holder = globalThis as unknown as { scopebenchDb?: Db };
let saved: Db | undefined;
let pool: pg.Pool;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await dropDatabase(outageUrl);
  await ensureDatabase(outageUrl);
  await applyMigrations(outageUrl);
  saved = holder.scopebenchDb;
  const made = createDb(outageUrl, 4);
  pool = made.pool;
  holder.scopebenchDb = made.db;
});

afterAll(async () => {
  holder.scopebenchDb = saved;
  await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`).catch(() => {});
  await pool?.end().catch(() => {});
  await dropDatabase(outageUrl);
});

/** Resolves once the pool holds no connection at all (each killed idle one is reported and removed). */
function poolDrained(p: pg.Pool): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (p.totalCount > 0) return;
      p.off("error", check).off("remove", check);
      resolve();
    };
    p.on("error", check).on("remove", check);
    check();
  });
}

async function health() {
  const res = await getHealth();
  return { status: res.status, body: (await res.json()) as unknown };
}

const body = { source: "ci", externalId: "42", pipeline: "train", stage: "training", status: "running", startedAt: "2024-05-01T10:00:00Z" };

describe("database outage", () => {
  test("requests during the outage get 503, the process stays up, and it serves again afterwards", async () => {
    const { projectId, token } = await projectWithToken("Outage");
    expect((await call(postRun, projectId, { token, body })).status).toBe(201);
    // Warm the pool so there are idle connections for the "restart" to kill.
    await Promise.all(Array.from({ length: 4 }, () => call(getRuns, projectId, { token })));
    expect(pool.totalCount).toBeGreaterThan(0);

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const drained = poolDrained(pool);
    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    // Wait until the pool has seen every idle connection die, as after a restart.
    await drained;
    expect(await health()).toEqual({ status: 503, body: { status: "degraded", database: "down" } });

    // Under load: every request meanwhile is a clean 503 with Retry-After, never a crash or a 500.
    const during = await Promise.all([
      ...Array.from({ length: 8 }, () => call(getRuns, projectId, { token })),
      ...Array.from({ length: 4 }, () =>
        call(postPoints, projectId, { token, body: { points: [{ metric: "m", timestamp: "2024-05-01T10:00:00Z", value: 1 }] } }),
      ),
    ]);
    expect(during.map((r) => r.status)).toEqual(Array(12).fill(503));
    expect(during[0]!.headers.get("content-type")).toBe("application/problem+json");
    expect(during[0]!.headers.get("retry-after")).toBe("5");
    expect(during[0]!.json).toMatchObject({ status: 503, title: "Service unavailable" });
    expect(during[0]!.text).not.toMatch(/at \S+ \(|node_modules/);
    // The pool's error listener saw the killed idle connections (without it, Node would have exited).
    expect(logged.mock.calls.some(([msg]) => String(msg).includes("database connection lost"))).toBe(true);
    logged.mockRestore();

    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    // The very next requests connect afresh: no restart of the process, no waiting.
    expect(await health()).toEqual({ status: 200, body: { status: "ok", database: "up" } });
    expect((await call(postRun, projectId, { token, body: { ...body, status: "succeeded" } })).status).toBe(200);
    expect((await call(getRuns, projectId, { token })).json.runs).toEqual([
      expect.objectContaining({ externalId: "42", status: "succeeded" }),
    ]);
  });
});
