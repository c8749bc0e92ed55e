import { describe, expect, test } from "vitest";
import { ACCOUNT_POLICY, afterFailure, lockoutMessage, retryAfterSeconds, type CounterState } from "./rate-limit";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("afterFailure", () => {
  test("first failure opens a window with count 1 and no lock", () => {
    expect(afterFailure(null, t0, ACCOUNT_POLICY)).toEqual({ windowStart: t0, count: 1, lockedUntil: null });
  });

  test("the fifth failure inside the window locks for 15 minutes", () => {
    let s: CounterState | null = null;
    for (let i = 0; i < 4; i++) s = afterFailure(s, at(i * 1000), ACCOUNT_POLICY);
    expect(s?.lockedUntil).toBeNull();
    s = afterFailure(s, at(4000), ACCOUNT_POLICY);
    expect(s.count).toBe(5);
    expect(s.lockedUntil).toEqual(at(4000 + 15 * 60_000));
  });

  test("a failure after the window starts a new count", () => {
    const s = afterFailure({ windowStart: t0, count: 4, lockedUntil: null }, at(15 * 60_000), ACCOUNT_POLICY);
    expect(s).toEqual({ windowStart: at(15 * 60_000), count: 1, lockedUntil: null });
  });

  test("an active lock is kept when the count restarts", () => {
    const lockedUntil = at(20 * 60_000);
    const s = afterFailure({ windowStart: t0, count: 5, lockedUntil }, at(16 * 60_000), ACCOUNT_POLICY);
    expect(s.count).toBe(1);
    expect(s.lockedUntil).toEqual(lockedUntil);
  });
});

describe("retryAfterSeconds", () => {
  test("0 without a lock or after it expired", () => {
    expect(retryAfterSeconds(null, t0)).toBe(0);
    expect(retryAfterSeconds({ windowStart: t0, count: 5, lockedUntil: at(-1) }, t0)).toBe(0);
  });
  test("rounds the remaining time up to whole seconds", () => {
    expect(retryAfterSeconds({ windowStart: t0, count: 5, lockedUntil: at(1500) }, t0)).toBe(2);
  });
});

describe("lockoutMessage", () => {
  test("minutes for long waits, seconds for short ones", () => {
    expect(lockoutMessage(900)).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(lockoutMessage(30)).toBe("Too many failed sign-in attempts. Try again in 30 seconds.");
    expect(lockoutMessage(1)).toBe("Too many failed sign-in attempts. Try again in 1 second.");
  });
});
