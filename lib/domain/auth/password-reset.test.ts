import { describe, expect, test } from "vitest";
import { afterHit, type CounterState, type RatePolicy } from "@/lib/domain/rate-limit";
import { RESET_TOKEN_TTL_MS, passwordResetEmail, resetPasswordLink, resetTokenExpiry, resetTokenState } from "./password-reset";
import { PASSWORD_RESET_ADDRESS_POLICY, PASSWORD_RESET_EMAIL_POLICY, passwordResetLockoutMessage } from "./rate-limit";

const now = new Date("2026-03-01T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("reset token rules", () => {
  test("a token works for one hour from its request", () => {
    expect(RESET_TOKEN_TTL_MS).toBe(60 * 60_000);
    expect(resetTokenExpiry(now)).toEqual(at(60 * 60_000));
  });

  test("valid until its expiry, expired from the expiry on", () => {
    const token = { expiresAt: resetTokenExpiry(now), usedAt: null };
    expect(resetTokenState(token, now)).toBe("valid");
    expect(resetTokenState(token, at(RESET_TOKEN_TTL_MS - 1))).toBe("valid");
    expect(resetTokenState(token, at(RESET_TOKEN_TTL_MS))).toBe("expired");
    expect(resetTokenState(token, at(RESET_TOKEN_TTL_MS + 1))).toBe("expired");
  });

  test("a used token is used, before and after its expiry; no token is unknown", () => {
    const used = { expiresAt: resetTokenExpiry(now), usedAt: at(1000) };
    expect(resetTokenState(used, at(2000))).toBe("used");
    expect(resetTokenState(used, at(2 * RESET_TOKEN_TTL_MS))).toBe("used");
    expect(resetTokenState(null, now)).toBe("unknown");
  });
});

describe("the reset email", () => {
  test("the link is on the app's URL, with the token encoded, and on a line of its own", () => {
    const link = resetPasswordLink("https://scopebench.example/", "pwr_a+b/c");
    expect(link).toBe("https://scopebench.example/reset-password?token=pwr_a%2Bb%2Fc");
    const mail = passwordResetEmail({ name: "Ada", link });
    expect(mail.subject).toBe("Reset your Scopebench password");
    expect(mail.text.split("\n")).toContain(link);
    expect(mail.text).toMatch(/^Hello Ada,/);
    expect(mail.text).toContain("for 60 minutes");
  });
});

function hits(policy: RatePolicy, n: number): CounterState | null {
  let s: CounterState | null = null;
  for (let i = 0; i < n; i++) s = afterHit(s, at(i * 1000), policy);
  return s;
}

describe("reset request limits", () => {
  test("3 requests an hour per email address, 20 per client address; then the rest of the hour", () => {
    expect(hits(PASSWORD_RESET_EMAIL_POLICY, 2)?.lockedUntil).toBeNull();
    expect(hits(PASSWORD_RESET_EMAIL_POLICY, 3)).toMatchObject({ count: 3, lockedUntil: at(60 * 60_000) });
    expect(hits(PASSWORD_RESET_ADDRESS_POLICY, 19)?.lockedUntil).toBeNull();
    expect(hits(PASSWORD_RESET_ADDRESS_POLICY, 20)).toMatchObject({ count: 20, lockedUntil: at(60 * 60_000) });
  });

  test("the refusal says when to try again", () => {
    expect(passwordResetLockoutMessage(3599)).toBe("Too many password-reset requests. Try again in 60 minutes.");
    expect(passwordResetLockoutMessage(30)).toBe("Too many password-reset requests. Try again in 30 seconds.");
  });
});
