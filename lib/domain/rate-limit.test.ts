import { describe, expect, test } from "vitest";
import { afterHit, currentWindowSince, decide, retryAfterSeconds, windowStartAt, type CounterState, type RatePolicy } from "./rate-limit";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

/** As the sign-in account limit: 5 in 15 minutes, then locked for 15 minutes. */
const LOCKING: RatePolicy = { limit: 5, windowMs: 15 * MIN, lockMs: 15 * MIN };
/** As the API limit: 600 a minute, windows on the minute, no lock. */
const CLOCK: RatePolicy = { limit: 600, windowMs: MIN, window: "clock" };

function hits(policy: RatePolicy, times: Date[], from: CounterState | null = null): CounterState | null {
  return times.reduce<CounterState | null>((s, now) => afterHit(s, now, policy), from);
}

describe("afterHit, windows opened by the first hit", () => {
  test("the first hit opens a window with count 1 and no lock", () => {
    expect(afterHit(null, t0, LOCKING)).toEqual({ windowStart: t0, count: 1, lockedUntil: null });
  });

  test("the hit that reaches the limit locks for lockMs from that hit", () => {
    const four = hits(
      LOCKING,
      [0, 1, 2, 3].map((i) => at(i * 1000)),
    );
    expect(four?.lockedUntil).toBeNull();
    const five = afterHit(four, at(4000), LOCKING);
    expect(five.count).toBe(5);
    expect(five.lockedUntil).toEqual(at(4000 + 15 * MIN));
  });

  test("the window lasts exactly windowMs: the last millisecond still counts, the next starts again", () => {
    const s: CounterState = { windowStart: t0, count: 4, lockedUntil: null };
    expect(afterHit(s, at(15 * MIN - 1), LOCKING)).toMatchObject({ windowStart: t0, count: 5 });
    expect(afterHit(s, at(15 * MIN), LOCKING)).toEqual({ windowStart: at(15 * MIN), count: 1, lockedUntil: null });
  });

  test("a running lock is kept when the count starts again; an expired one is dropped", () => {
    const lockedUntil = at(20 * MIN);
    const s = afterHit({ windowStart: t0, count: 5, lockedUntil }, at(16 * MIN), LOCKING);
    expect(s).toEqual({ windowStart: at(16 * MIN), count: 1, lockedUntil });
    expect(afterHit({ windowStart: t0, count: 5, lockedUntil }, at(20 * MIN), LOCKING).lockedUntil).toBeNull();
  });

  test("without lockMs a key at the limit is free again when its window ends", () => {
    const policy: RatePolicy = { limit: 2, windowMs: MIN };
    const s = hits(policy, [at(10_000), at(20_000)]);
    expect(s).toEqual({ windowStart: at(10_000), count: 2, lockedUntil: at(10_000 + MIN) });
  });

  test("a window started by a clock running ahead is still current", () => {
    const s = afterHit({ windowStart: at(5000), count: 2, lockedUntil: null }, t0, LOCKING);
    expect(s).toMatchObject({ windowStart: at(5000), count: 3 });
  });
});

describe("afterHit, windows on the clock", () => {
  test("windows start on multiples of windowMs, whenever the first hit comes", () => {
    expect(windowStartAt(CLOCK, at(30_500))).toEqual(t0);
    expect(currentWindowSince(CLOCK, at(59_999))).toEqual(t0);
    expect(afterHit(null, at(30_500), CLOCK)).toEqual({ windowStart: t0, count: 1, lockedUntil: null });
  });

  test("the count runs to the end of the clock window, not windowMs after the first hit", () => {
    const s = hits(CLOCK, [at(50_000), at(59_999)]);
    expect(s).toMatchObject({ windowStart: t0, count: 2 });
    expect(afterHit(s, at(MIN), CLOCK)).toEqual({ windowStart: at(MIN), count: 1, lockedUntil: null });
  });

  test("reaching the limit locks the key until the window ends", () => {
    const s = afterHit({ windowStart: t0, count: 599, lockedUntil: null }, at(30_000), CLOCK);
    expect(s).toEqual({ windowStart: t0, count: 600, lockedUntil: at(MIN) });
  });

  test("a hit from a clock running behind counts in the newer window", () => {
    const s = afterHit({ windowStart: at(MIN), count: 3, lockedUntil: null }, at(59_000), CLOCK);
    expect(s).toMatchObject({ windowStart: at(MIN), count: 4 });
  });
});

describe("decide", () => {
  test("hits up to the limit are allowed; the limit-th leaves none remaining", () => {
    const s = afterHit({ windowStart: t0, count: 598, lockedUntil: null }, at(30_000), CLOCK);
    expect(decide(s, at(30_000), CLOCK)).toEqual({ allowed: true, count: 599, remaining: 1, retryAfterSeconds: 0 });
    const last = afterHit(s, at(30_000), CLOCK);
    expect(decide(last, at(30_000), CLOCK)).toEqual({ allowed: true, count: 600, remaining: 0, retryAfterSeconds: 30 });
  });

  test("the hit past the limit is refused with the seconds to the window's end, at least 1", () => {
    const full: CounterState = { windowStart: t0, count: 600, lockedUntil: at(MIN) };
    const at30 = afterHit(full, at(30_000), CLOCK);
    expect(decide(at30, at(30_000), CLOCK)).toEqual({ allowed: false, count: 601, remaining: 0, retryAfterSeconds: 30 });
    const at59 = afterHit(at30, at(59_500), CLOCK);
    expect(decide(at59, at(59_500), CLOCK)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  test("a refused hit on a locking policy waits the whole lock", () => {
    const s = afterHit({ windowStart: t0, count: 5, lockedUntil: at(15 * MIN) }, at(60_000), LOCKING);
    expect(decide(s, at(60_000), LOCKING)).toEqual({ allowed: false, count: 6, remaining: 0, retryAfterSeconds: 15 * 60 });
  });
});

describe("retryAfterSeconds", () => {
  test("0 without a lock or after it expired", () => {
    expect(retryAfterSeconds(null, t0)).toBe(0);
    expect(retryAfterSeconds({ windowStart: t0, count: 5, lockedUntil: at(-1) }, t0)).toBe(0);
    expect(retryAfterSeconds({ windowStart: t0, count: 5, lockedUntil: t0 }, t0)).toBe(0);
  });
  test("rounds the remaining time up to whole seconds", () => {
    expect(retryAfterSeconds({ windowStart: t0, count: 5, lockedUntil: at(1500) }, t0)).toBe(2);
    expect(retryAfterSeconds({ windowStart: t0, count: 5, lockedUntil: at(1) }, t0)).toBe(1);
  });
});
