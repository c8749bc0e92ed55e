import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { clearCounter, getRetryAfter, recordFailure } from "@/lib/db/rate-limit";
import { ACCOUNT_POLICY } from "@/lib/domain/auth/rate-limit";

describe("database rate-limit counters", () => {
  test("concurrent failures are all counted (as several app instances would send them)", async () => {
    const key = `test:${randomUUID()}`;
    const policy = { maxFailures: 100, windowMs: 60_000, lockMs: 60_000 };
    await Promise.all(Array.from({ length: 12 }, () => recordFailure(key, policy)));
    const last = await recordFailure(key, policy);
    expect(last.count).toBe(13);
  });

  test("the fifth failure locks the key and says how long", async () => {
    const key = `test:${randomUUID()}`;
    // Every call is given its time, so the wait is exact however long the calls themselves take.
    const now = new Date("2024-05-01T10:00:00.000Z");
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    for (let i = 0; i < 4; i++) await recordFailure(key, ACCOUNT_POLICY, later(i));
    expect(await getRetryAfter(key, later(4))).toBe(0);
    await recordFailure(key, ACCOUNT_POLICY, later(4));
    expect(await getRetryAfter(key, later(4))).toBe(15 * 60);
    expect(await getRetryAfter(key, later(4 + 15 * 60 - 1))).toBe(1);
    expect(await getRetryAfter(key, later(4 + 15 * 60))).toBe(0);
    await clearCounter(key);
    expect(await getRetryAfter(key, later(4))).toBe(0);
  });
});
