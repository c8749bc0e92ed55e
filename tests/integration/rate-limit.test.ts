import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { clearCounter, getRetryAfter, recordHit } from "@/lib/db/rate-limit";
import { ACCOUNT_POLICY } from "@/lib/domain/auth/rate-limit";
import { createDb } from "@/lib/db/client";
import { afterHit, decide, type CounterState, type RatePolicy } from "@/lib/domain/rate-limit";

const { db } = createDb(process.env.DATABASE_URL!, 2);

describe("database rate-limit counters", () => {
  test("concurrent failures are all counted (as several app instances would send them)", async () => {
    const key = `test:${randomUUID()}`;
    const policy = { limit: 100, windowMs: 60_000, lockMs: 60_000 };
    await Promise.all(Array.from({ length: 12 }, () => recordHit(key, policy)));
    const last = await recordHit(key, policy);
    expect(last.count).toBe(13);
  });

  test("the fifth failure locks the key and says how long", async () => {
    const key = `test:${randomUUID()}`;
    // Every call is given its time, so the wait is exact however long the calls themselves take.
    const now = new Date("2024-05-01T10:00:00.000Z");
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    for (let i = 0; i < 4; i++) await recordHit(key, ACCOUNT_POLICY, later(i));
    expect(await getRetryAfter(key, later(4))).toBe(0);
    await recordHit(key, ACCOUNT_POLICY, later(4));
    expect(await getRetryAfter(key, later(4))).toBe(15 * 60);
    expect(await getRetryAfter(key, later(4 + 15 * 60 - 1))).toBe(1);
    expect(await getRetryAfter(key, later(4 + 15 * 60))).toBe(0);
    await clearCounter(key);
    expect(await getRetryAfter(key, later(4))).toBe(0);
  });

  test("of concurrent hits on a clock window exactly the limit is allowed; the rest wait for the window's end", async () => {
    const key = `test:${randomUUID()}`;
    const policy: RatePolicy = { limit: 10, windowMs: 60_000, window: "clock" };
    const now = new Date("2024-05-01T10:00:45.250Z");
    const decisions = await Promise.all(Array.from({ length: 14 }, () => recordHit(key, policy, now)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(decisions.map((d) => d.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    for (const d of decisions.filter((d) => !d.allowed)) expect(d).toMatchObject({ remaining: 0, retryAfterSeconds: 15 });
    expect(await recordHit(key, policy, new Date("2024-05-01T10:01:00.000Z"))).toMatchObject({ allowed: true, count: 1 });
  });

  test("the counter in SQL does what afterHit says, hit after hit", async () => {
    // A deterministic walk of hits, forwards and sometimes back in time (app instances whose clocks
    // differ), on policies of every kind; each stored row and decision must equal the pure rules'.
    let seed = 20240501;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const policies: RatePolicy[] = [
      { limit: 3, windowMs: 10_000, lockMs: 25_000 },
      { limit: 4, windowMs: 10_000 },
      { limit: 3, windowMs: 10_000, window: "clock" },
      { limit: 2, windowMs: 10_000, window: "clock", lockMs: 4_000 },
    ];
    for (const policy of policies) {
      const key = `test:${randomUUID()}`;
      let expected: CounterState | null = null;
      let now = new Date("2024-05-01T10:00:00.000Z");
      for (let i = 0; i < 60; i++) {
        const step = rand() < 0.15 ? -Math.floor(rand() * 3000) : Math.floor(rand() * 6000);
        now = new Date(now.getTime() + step);
        expected = afterHit(expected, now, policy);
        const got = await recordHit(key, policy, now);
        const row = await db.rateLimitCounter.findUniqueOrThrow({
          where: { key },
          select: { windowStart: true, count: true, lockedUntil: true },
        });
        expect({ row, got }, `${JSON.stringify(policy)} hit ${i}`).toEqual({ row: expected, got: decide(expected, now, policy) });
      }
    }
  });
});
