// A throwaway database for a benchmark: made on the local PostgreSQL (BENCH_DATABASE_URL for
// another server), migrated, with the app's Prisma client pointed at it on a pool this script
// closes, and dropped afterwards whatever happens.

export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function withAppDatabase<T>(name: string, run: (url: string) => Promise<T>): Promise<T> {
  const url = Object.assign(new URL(BENCH_SERVER_URL), { pathname: `/scopebench_bench_${name}_${process.pid}` }).toString();
  const { ensureDatabase, dropDatabase } = await import("../../scripts/lib/database");
  const { applyMigrations } = await import("../../scripts/lib/migrations");
  await ensureDatabase(url);
  let pool: { end: () => Promise<void> } | undefined;
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    process.env.NEXTAUTH_SECRET ??= "bench-secret-not-used-for-anything";
    const { createDb } = await import("../../lib/db/client");
    const app = createDb(url, 10);
    (globalThis as unknown as { scopebenchDb?: unknown }).scopebenchDb = app.db;
    pool = app.pool;
    return await run(url);
  } finally {
    await pool?.end().catch(() => {});
    await dropDatabase(url);
  }
}
