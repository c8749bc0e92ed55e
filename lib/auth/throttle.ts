import "server-only";
import { headers } from "next/headers";
import { clearCounter, getRetryAfter, recordHit } from "@/lib/db/rate-limit";
import {
  ACCOUNT_DAY_POLICY,
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  PASSWORD_RESET_ADDRESS_POLICY,
  PASSWORD_RESET_EMAIL_POLICY,
  lockoutMessage,
  passwordResetLockoutMessage,
  signUpLockoutMessage,
  signUpPolicy,
} from "@/lib/domain/auth/rate-limit";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addressBucket } from "@/lib/domain/auth/client-address";
import { clientAddressOf } from "./client-address";

// Password guessing, throttled on the one rate limiter (lib/db/rate-limit.ts) with the policies of
// lib/domain/auth/rate-limit.ts: per account (a 15-minute lock that a success clears, and a daily
// budget nothing clears) and per client address (lib/auth/client-address.ts; an IPv6 address
// counts as its /64, see addressBucket). Sign-ups are counted per address too, and password-reset
// requests per email address and per client address.

const keys = (email: string, address: string) => ({
  account: `signin:account:${email}`,
  accountDay: `signin:account-day:${email}`,
  address: `signin:address:${addressBucket(address)}`,
});

/** The address of the request being handled by a server action. */
export async function actionClientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}

/** Seconds until `email` may try a password from `address` again, 0 when it may now. */
export async function signInWaitSeconds(email: string, address: string): Promise<number> {
  const k = keys(email, address);
  const waits = await Promise.all([getRetryAfter(k.account), getRetryAfter(k.accountDay), getRetryAfter(k.address)]);
  return Math.max(...waits);
}

/** Counts a wrong password for `email` from `address`; returns the seconds it is now locked for (0: not locked). */
export async function recordSignInFailure(email: string, address: string): Promise<number> {
  const k = keys(email, address);
  const now = new Date();
  const decisions = await Promise.all([
    recordHit(k.account, ACCOUNT_POLICY, now),
    recordHit(k.accountDay, ACCOUNT_DAY_POLICY, now),
    recordHit(k.address, ADDRESS_POLICY, now),
  ]);
  return Math.max(...decisions.map((d) => d.retryAfterSeconds));
}

/** A successful sign-in clears the account's short lock (not its daily budget). */
export async function clearSignInFailures(email: string): Promise<void> {
  await clearCounter(keys(email, "").account);
}

/** Throws the lockout message when `email` may not try a password from `address` now. */
export async function requireSignInAllowed(email: string, address: string): Promise<void> {
  const wait = await signInWaitSeconds(email, address);
  if (wait > 0) throw new AppError("rate_limited", lockoutMessage(wait));
}

/** Counts one sign-up attempt from the calling address; throws once the address has used up its hour. */
export async function requireSignUpAllowed(address: string): Promise<void> {
  const key = `signup:address:${addressBucket(address)}`;
  const wait = await getRetryAfter(key);
  if (wait > 0) throw new AppError("rate_limited", signUpLockoutMessage(wait));
  await recordHit(key, signUpPolicy(getEnv().SIGNUP_LIMIT_PER_HOUR));
}

/**
 * Counts one password-reset request for `email` from `address`; throws once either has used up its hour. Counted the same
 * whether or not an account has the address, so a refusal says nothing about which addresses are registered.
 */
export async function requirePasswordResetAllowed(email: string, address: string): Promise<void> {
  const now = new Date();
  const decisions = await Promise.all([
    recordHit(`password-reset:email:${email}`, PASSWORD_RESET_EMAIL_POLICY, now),
    recordHit(`password-reset:address:${addressBucket(address)}`, PASSWORD_RESET_ADDRESS_POLICY, now),
  ]);
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length) throw new AppError("rate_limited", passwordResetLockoutMessage(Math.max(...refused.map((d) => d.retryAfterSeconds))));
}
