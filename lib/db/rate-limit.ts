import "server-only";
import { db } from "./client";
import { afterFailure, retryAfterSeconds, type CounterState, type RatePolicy } from "@/lib/domain/auth/rate-limit";

/** Seconds the key must still wait, 0 when it may try now. */
export async function getRetryAfter(key: string, now = new Date()): Promise<number> {
  const row = await db.rateLimitCounter.findUnique({ where: { key } });
  return retryAfterSeconds(row, now);
}

/** Counts one failure for `key` atomically (row lock), returning the new state. */
export async function recordFailure(key: string, policy: RatePolicy, now = new Date()): Promise<CounterState> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${now}, 0) ON CONFLICT ("key") DO NOTHING`;
    const rows = await tx.$queryRaw<
      CounterState[]
    >`SELECT "windowStart", "count", "lockedUntil" FROM "RateLimitCounter" WHERE "key" = ${key} FOR UPDATE`;
    const current = rows[0] && rows[0].count > 0 ? rows[0] : null;
    const next = afterFailure(current, now, policy);
    await tx.rateLimitCounter.update({ where: { key }, data: next });
    return next;
  });
}

export async function clearCounter(key: string): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { key } });
}
