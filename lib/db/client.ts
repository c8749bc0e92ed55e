import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type Db = PrismaClient;

/**
 * Interactive transactions (`$transaction(async (tx) => …)`) may wait this long for a connection
 * and run this long. Prisma's defaults (2 s, 5 s) fail saves with P2028 on a busy server, and a
 * timeout is worse than slow: the rollback it sends can race a statement still on its way, which
 * then commits on its own (prisma/orm#29762). Keep callbacks to a few quick statements instead.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

/** Set while an interactive transaction's callback runs (and in everything it starts). */
const insideTransaction = new AsyncLocalStorage<true>();

const OUTER_CLIENT_IN_TRANSACTION =
  "The app's database client was used inside a $transaction callback: use the callback's `tx`. " +
  "A second connection taken while the first is held can exhaust the pool, and its statement is not part of the transaction.";

/**
 * The client, guarded: inside a transaction callback any use of it throws (so a statement cannot
 * silently run outside the transaction, or deadlock the pool waiting for a second connection).
 */
function guard(client: PrismaClient): Db {
  const transaction = (arg: unknown, options?: object) =>
    typeof arg === "function"
      ? client.$transaction((tx) => insideTransaction.run(true, () => (arg as (tx: unknown) => Promise<unknown>)(tx)), {
          ...TRANSACTION_OPTIONS,
          ...options,
        })
      : client.$transaction(arg as Parameters<PrismaClient["$transaction"]>[0], options);
  return new Proxy(client, {
    get(target, prop) {
      if (insideTransaction.getStore()) throw new Error(OUTER_CLIENT_IN_TRANSACTION);
      if (prop === "$transaction") return transaction;
      return Reflect.get(target, prop);
    },
  });
}

/**
 * Builds a client on our own pg.Pool. The adapter's default pool has no `error` listener, so an
 * idle connection dropped by a PostgreSQL restart would crash the process; ours logs and lets
 * the pool reconnect.
 */
export function createDb(connectionString: string, max = 10, connectionTimeoutMillis = 10_000): { db: Db; pool: pg.Pool } {
  // A request that waits longer than connectionTimeoutMillis for a free connection fails with
  // "timeout exceeded when trying to connect", which the API answers 503 + Retry-After.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis, idleTimeoutMillis: 30_000 });
  pool.on("error", (err) => console.error(`[scopebench] database connection lost: ${err.message}`));
  const db = guard(new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS }));
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
