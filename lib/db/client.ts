import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type Db = PrismaClient;

/**
 * Builds a client on our own pg.Pool. The adapter's default pool has no `error` listener, so an
 * idle connection dropped by a PostgreSQL restart would crash the process; ours logs and lets
 * the pool reconnect.
 */
export function createDb(connectionString: string, max = 10, connectionTimeoutMillis = 5000): { db: Db; pool: pg.Pool } {
  // A request that waits longer than connectionTimeoutMillis for a free connection fails with
  // "timeout exceeded when trying to connect", which the API answers 503 + Retry-After.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis, idleTimeoutMillis: 30_000 });
  pool.on("error", (err) => console.error(`[scopebench] database connection lost: ${err.message}`));
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { db, pool };
}

const globalForDb = globalThis as unknown as { scopebenchDb?: Db };

function getDb(): Db {
  if (!globalForDb.scopebenchDb) {
    const env = getEnv();
    globalForDb.scopebenchDb = createDb(env.DATABASE_URL, env.DB_POOL_MAX).db;
  }
  return globalForDb.scopebenchDb;
}

/** The app's one Prisma client, created on first use (so `next build` needs no database). */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = getDb() as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
