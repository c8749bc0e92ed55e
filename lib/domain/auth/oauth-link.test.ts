import { describe, expect, test } from "vitest";
import { decideOAuthSignIn, profileEmailVerified } from "./oauth-link";

describe("decideOAuthSignIn", () => {
  test("an already linked provider account signs in, whatever the email says", () => {
    expect(decideOAuthSignIn({ linkedUserId: "u1", existing: null, emailVerified: false })).toEqual({ kind: "linked", userId: "u1" });
  });
  test("an unverified email neither links nor creates", () => {
    expect(decideOAuthSignIn({ linkedUserId: null, existing: { id: "u1", hasPassword: false }, emailVerified: false })).toEqual({
      kind: "refuse",
      reason: "OAuthEmailUnverified",
    });
    expect(decideOAuthSignIn({ linkedUserId: null, existing: null, emailVerified: false })).toEqual({
      kind: "refuse",
      reason: "OAuthEmailUnverified",
    });
  });
  test("a verified email never links silently to an account with a password", () => {
    expect(decideOAuthSignIn({ linkedUserId: null, existing: { id: "u1", hasPassword: true }, emailVerified: true })).toEqual({
      kind: "refuse",
      reason: "OAuthAccountHasPassword",
    });
  });
  test("a verified email links to a password-less account, or creates one", () => {
    expect(decideOAuthSignIn({ linkedUserId: null, existing: { id: "u1", hasPassword: false }, emailVerified: true })).toEqual({
      kind: "link",
      userId: "u1",
    });
    expect(decideOAuthSignIn({ linkedUserId: null, existing: null, emailVerified: true })).toEqual({ kind: "create" });
  });
});

describe("profileEmailVerified", () => {
  test("only an explicit true counts", () => {
    expect(profileEmailVerified({ email_verified: true })).toBe(true);
    expect(profileEmailVerified({ email_verified: "true" })).toBe(true);
    for (const p of [{ email_verified: false }, { email_verified: "false" }, { email_verified: 1 }, {}, null, undefined, "x"])
      expect(profileEmailVerified(p)).toBe(false);
  });
});
