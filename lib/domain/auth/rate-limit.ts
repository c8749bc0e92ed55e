// Sign-in and sign-up throttling rules, on the one rate limiter (lib/domain/rate-limit.ts): sign-in
// failures are counted per account (a short lock and a daily budget) and per address, and the
// failure that reaches a limit locks that key; sign-ups are counted per address; password-reset
// requests per email address and per client address.
import type { RatePolicy } from "@/lib/domain/rate-limit";

/** Per account: 5 wrong passwords in 15 minutes lock that account's sign-in for 15 minutes. */
export const ACCOUNT_POLICY: RatePolicy = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/**
 * Per account, across all addresses: 30 wrong passwords in 24 hours lock the account's password
 * sign-in until the day is over. The 15-minute lock alone still lets a client that rotates its
 * address guess 5 times every 15 minutes forever; this caps it at 30 a day. Unlike the short lock
 * it is not cleared by a successful sign-in, so nobody can reset it.
 */
export const ACCOUNT_DAY_POLICY: RatePolicy = { limit: 30, windowMs: 24 * 60 * 60_000 };
/** Per address: 20 failures in 15 minutes (across any accounts) lock that address for 15 minutes. */
export const ADDRESS_POLICY: RatePolicy = { limit: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** "Too many attempts" text with a human wait time, e.g. "Try again in 14 minutes." */
export function lockoutMessage(seconds: number): string {
  return `Too many failed sign-in attempts. Try again in ${waitText(seconds)}.`;
}

function waitText(seconds: number): string {
  if (seconds >= 2 * 60 * 60) return `${Math.ceil(seconds / 3600)} hours`;
  return seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : seconds > 1 ? `${seconds} seconds` : "1 second";
}

/**
 * Per address: `limit` sign-up attempts an hour (each one costs an argon2 hash, ~20 MiB and tens
 * of milliseconds of CPU), then that address waits an hour. The limit is configurable
 * (SIGNUP_LIMIT_PER_HOUR) because a test suite signs up many people from one address.
 */
export function signUpPolicy(limit: number): RatePolicy {
  return { limit, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };
}

/** "Too many sign-ups" text with a human wait time. */
export function signUpLockoutMessage(seconds: number): string {
  return `Too many sign-up attempts from your network. Try again in ${waitText(seconds)}.`;
}

/**
 * Password-reset requests per email address: 3 an hour, then that address waits for the hour to end. Counted whether or not an
 * account has the address, so the limit says nothing about which addresses are registered; it stops a stranger from flooding
 * someone's mailbox (or the outbox) with reset links.
 */
export const PASSWORD_RESET_EMAIL_POLICY: RatePolicy = { limit: 3, windowMs: 60 * 60_000 };
/** Password-reset requests per client address (across any emails): 20 an hour, so one client cannot probe many addresses. */
export const PASSWORD_RESET_ADDRESS_POLICY: RatePolicy = { limit: 20, windowMs: 60 * 60_000 };

/** "Too many reset requests" text with a human wait time. */
export function passwordResetLockoutMessage(seconds: number): string {
  return `Too many password-reset requests. Try again in ${waitText(seconds)}.`;
}
