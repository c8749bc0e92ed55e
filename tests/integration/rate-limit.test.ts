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
    for (let i = 0; i < 4; i++) await recordFailure(key, ACCOUNT_POLICY);
    expect(await getRetryAfter(key)).toBe(0);
    await recordFailure(key, ACCOUNT_POLICY);
    const wait = await getRetryAfter(key);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    await clearCounter(key);
    expect(await getRetryAfter(key)).toBe(0);
  });
});
