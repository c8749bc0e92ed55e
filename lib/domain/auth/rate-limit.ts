// Sign-in throttling rules, on the one rate limiter (lib/domain/rate-limit.ts): failures are
// counted per account and per address, and the failure that reaches a limit locks that key.
import type { RatePolicy } from "@/lib/domain/rate-limit";

/** Per account: 5 wrong passwords in 15 minutes lock that account's sign-in for 15 minutes. */
export const ACCOUNT_POLICY: RatePolicy = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Per address: 20 failures in 15 minutes (across any accounts) lock that address for 15 minutes. */
export const ADDRESS_POLICY: RatePolicy = { limit: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** "Too many attempts" text with a human wait time, e.g. "Try again in 14 minutes." */
export function lockoutMessage(seconds: number): string {
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : seconds > 1 ? `${seconds} seconds` : "1 second";
  return `Too many failed sign-in attempts. Try again in ${wait}.`;
}
