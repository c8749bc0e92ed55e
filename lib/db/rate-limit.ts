import "server-only";
import { db } from "./client";
import {
  afterHit,
  currentWindowSince,
  decide,
  retryAfterSeconds,
  windowStartAt,
  type CounterState,
  type RateDecision,
  type RatePolicy,
} from "@/lib/domain/rate-limit";

// The one rate-limit counter: a RateLimitCounter row per key (`<bucket>:<id>`, e.g.
// `signin:account:<email>`, `api-token:<id>`, `share-link-comment:<id>`,
// `share-link-comment:<id>:<address>`), shared by every app instance. The rules are
// lib/domain/rate-limit.ts; recordHit applies afterHit in one statement.

const ts = (d: Date | null) => (d ? d.toISOString() : null);

/** Seconds the key must still wait, 0 when it may hit now. Counts nothing. */
export async function getRetryAfter(key: string, now = new Date()): Promise<number> {
  const row = await db.rateLimitCounter.findUnique({ where: { key } });
  return retryAfterSeconds(row, now);
}

/**
 * Counts one hit for `key` at `now` and says whether it was within the policy. One atomic upsert
 * (INSERT … ON CONFLICT DO UPDATE locks the row), so of concurrent hits from any number of app
 * instances each is counted once, and exactly `limit` of them are allowed per window. The SET
 * clause is afterHit (lib/domain/rate-limit.ts) written in SQL; tests/integration/rate-limit.test.ts
 * checks that both agree.
 */
export async function recordHit(key: string, policy: RatePolicy, now = new Date()): Promise<RateDecision> {
  const first = afterHit(null, now, policy);
  const since = ts(currentWindowSince(policy, now));
  const fresh = ts(windowStartAt(policy, now));
  const fixedLock = ts(policy.lockMs === undefined ? null : new Date(now.getTime() + policy.lockMs));
  const rows = await db.$queryRaw<CounterState[]>`
    INSERT INTO "RateLimitCounter" AS c ("key", "windowStart", "count", "lockedUntil")
    VALUES (${key}, ${ts(first.windowStart)}::timestamp(3), 1, ${ts(first.lockedUntil)}::timestamp(3))
    ON CONFLICT ("key") DO UPDATE SET ("windowStart", "count", "lockedUntil") = (
      SELECT n."windowStart", n."count",
        CASE
          WHEN n."count" >= ${policy.limit}::int
            THEN COALESCE(${fixedLock}::timestamp(3), n."windowStart" + ${policy.windowMs}::double precision * interval '1 millisecond')
          WHEN c."lockedUntil" > ${ts(now)}::timestamp(3) THEN c."lockedUntil"
        END
      FROM (
        SELECT
          CASE WHEN c."windowStart" >= ${since}::timestamp(3) THEN c."windowStart" ELSE ${fresh}::timestamp(3) END AS "windowStart",
          CASE WHEN c."windowStart" >= ${since}::timestamp(3) THEN c."count" + 1 ELSE 1 END AS "count"
      ) AS n
    )
    RETURNING "windowStart", "count", "lockedUntil"`;
  return decide(rows[0] ?? first, now, policy);
}

/** Forgets the key's hits and lock (a successful sign-in clears its account's failures). */
export async function clearCounter(key: string): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { key } });
}
