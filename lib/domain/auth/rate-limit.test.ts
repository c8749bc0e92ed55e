import { describe, expect, test } from "vitest";
import { afterHit, type CounterState, type RatePolicy } from "@/lib/domain/rate-limit";
import { ACCOUNT_DAY_POLICY, ACCOUNT_POLICY, ADDRESS_POLICY, lockoutMessage, signUpLockoutMessage, signUpPolicy } from "./rate-limit";

// The counting and locking rules themselves are tested with the limiter (lib/domain/rate-limit.test.ts).

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failures(policy: RatePolicy, n: number): CounterState | null {
  let s: CounterState | null = null;
  for (let i = 0; i < n; i++) s = afterHit(s, at(i * 1000), policy);
  return s;
}

describe("sign-in policies", () => {
  test("the fifth failure on an account inside 15 minutes locks it for 15 minutes", () => {
    expect(failures(ACCOUNT_POLICY, 4)?.lockedUntil).toBeNull();
    expect(failures(ACCOUNT_POLICY, 5)).toMatchObject({ count: 5, lockedUntil: at(4000 + 15 * 60_000) });
  });

  test("the twentieth failure from an address inside 15 minutes locks it for 15 minutes", () => {
    expect(failures(ADDRESS_POLICY, 19)?.lockedUntil).toBeNull();
    expect(failures(ADDRESS_POLICY, 20)).toMatchObject({ count: 20, lockedUntil: at(19_000 + 15 * 60_000) });
  });
});

describe("the account's daily budget", () => {
  test("the thirtieth failure in a day locks the account until the day started by the first one is over", () => {
    expect(failures(ACCOUNT_DAY_POLICY, 29)?.lockedUntil).toBeNull();
    expect(failures(ACCOUNT_DAY_POLICY, 30)).toMatchObject({ count: 30, lockedUntil: at(24 * 60 * 60_000) });
  });
});

describe("sign-up policy", () => {
  test("the limit-th sign-up from an address inside an hour locks it for an hour", () => {
    expect(failures(signUpPolicy(3), 2)?.lockedUntil).toBeNull();
    expect(failures(signUpPolicy(3), 3)).toMatchObject({ count: 3, lockedUntil: at(2000 + 60 * 60_000) });
  });
  test("its message", () => {
    expect(signUpLockoutMessage(3600)).toBe("Too many sign-up attempts from your network. Try again in 60 minutes.");
  });
});

describe("lockoutMessage", () => {
  test("minutes for long waits, seconds for short ones", () => {
    expect(lockoutMessage(900)).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(lockoutMessage(30)).toBe("Too many failed sign-in attempts. Try again in 30 seconds.");
    expect(lockoutMessage(1)).toBe("Too many failed sign-in attempts. Try again in 1 second.");
    expect(lockoutMessage(20 * 3600)).toBe("Too many failed sign-in attempts. Try again in 20 hours.");
  });
});
