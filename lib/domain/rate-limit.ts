// The one rate limiter's rules: a policy, and what one more hit does to a key's counter. The
// counters live in PostgreSQL (RateLimitCounter, lib/db/rate-limit.ts) so every app instance
// sees the same numbers; this file decides, from a counter's state and the time, what to do.
// Used for sign-in failures, API token requests and guest comments on share links.

export type RatePolicy = {
  /** Hits a key may make in one window; the hit after the limit is refused. */
  limit: number;
  windowMs: number;
  /**
   * Where a window starts. "first-hit" (the default): at the first hit after the previous window
   * ended. "clock": on multiples of `windowMs` since the epoch (every minute on the minute), so
   * the reset time is the same for everyone.
   */
  window?: "first-hit" | "clock";
  /**
   * The hit that reaches the limit locks the key for this long from that hit, even past the
   * window. Without it the key is free again when its window ends.
   */
  lockMs?: number;
};

export type CounterState = { windowStart: Date; count: number; lockedUntil: Date | null };

export type RateDecision = {
  /** Whether this hit was within the limit. Refused hits are counted too. */
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** Hits left in the current window. */
  remaining: number;
  /** Seconds until the key may hit again (whole seconds, rounded up), 0 while it may. */
  retryAfterSeconds: number;
};

const addMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** The start of a window opened by a hit at `now`. */
export function windowStartAt(policy: RatePolicy, now: Date): Date {
  if (policy.window !== "clock") return now;
  return new Date(Math.floor(now.getTime() / policy.windowMs) * policy.windowMs);
}

/**
 * The earliest window start still current at `now`: a counter whose window started at or after
 * it keeps counting, an older one starts again. (A start later than `now`, written by an instance
 * whose clock runs ahead, counts as current.) Dates are whole milliseconds, as stored.
 */
export function currentWindowSince(policy: RatePolicy, now: Date): Date {
  return policy.window === "clock" ? windowStartAt(policy, now) : addMs(now, 1 - policy.windowMs);
}

/** When a key that reaches the limit at `now`, in the window starting at `windowStart`, is free again. */
export function lockedUntilAt(policy: RatePolicy, windowStart: Date, now: Date): Date {
  return policy.lockMs === undefined ? addMs(windowStart, policy.windowMs) : addMs(now, policy.lockMs);
}

/**
 * The counter after one more hit at `now`: a new window when the old one has passed, a lock when
 * the count reaches the limit; a lock still running is kept when the count starts again.
 */
export function afterHit(state: CounterState | null, now: Date, policy: RatePolicy): CounterState {
  const current = state !== null && state.windowStart >= currentWindowSince(policy, now);
  const windowStart = current ? state.windowStart : windowStartAt(policy, now);
  const count = current ? state.count + 1 : 1;
  const stillLocked = state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
  const lockedUntil = count >= policy.limit ? lockedUntilAt(policy, windowStart, now) : stillLocked;
  return { windowStart, count, lockedUntil };
}

/** Seconds until a locked key may hit again (rounded up), or 0 when it is not locked. */
export function retryAfterSeconds(state: CounterState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** What the hit that left the counter at `state` gets. */
export function decide(state: CounterState, now: Date, policy: RatePolicy): RateDecision {
  return {
    allowed: state.count <= policy.limit,
    count: state.count,
    remaining: Math.max(0, policy.limit - state.count),
    retryAfterSeconds: retryAfterSeconds(state, now),
  };
}
