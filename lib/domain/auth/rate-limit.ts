// Sign-in throttling rules. Counters live in the database (RateLimitCounter) so every app
// instance sees the same numbers; this file only decides, from a counter's state, what to do.

export type RatePolicy = {
  /** Failures allowed inside one window before the key is locked. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
};

/** Per account: 5 wrong passwords in 15 minutes lock that account's sign-in for 15 minutes. */
export const ACCOUNT_POLICY: RatePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Per address: 20 failures in 15 minutes (across any accounts) lock that address for 15 minutes. */
export const ADDRESS_POLICY: RatePolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type CounterState = { windowStart: Date; count: number; lockedUntil: Date | null };

/** Seconds until a locked key may try again, or 0 when it is not locked. */
export function retryAfterSeconds(state: CounterState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** The counter after one more failure at `now`: a new window when the old one has passed, a lock at the limit. */
export function afterFailure(state: CounterState | null, now: Date, policy: RatePolicy): CounterState {
  const fresh = !state || now.getTime() - state.windowStart.getTime() >= policy.windowMs;
  const windowStart = fresh ? now : state.windowStart;
  const count = fresh ? 1 : state.count + 1;
  const stillLocked = state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
  const lockedUntil = count >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : stillLocked;
  return { windowStart, count, lockedUntil };
}

/** "Too many attempts" text with a human wait time, e.g. "Try again in 14 minutes." */
export function lockoutMessage(seconds: number): string {
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : seconds > 1 ? `${seconds} seconds` : "1 second";
  return `Too many failed sign-in attempts. Try again in ${wait}.`;
}
