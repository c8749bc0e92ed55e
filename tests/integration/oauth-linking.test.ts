// OAuth/OpenID sign-ins and existing accounts, through next-auth's signIn callback
// (lib/auth/config.ts) with fake provider profiles, against the real database: an email the
// provider did not verify is never linked (nor used for a new account), and a verified one never
// attaches silently to an account that signs in with a password.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Account, Profile, User } from "next-auth";
import { getAuthOptions } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { createDb } from "@/lib/db/client";
import { createUserWithWorkspace } from "@/lib/db/users";

const { db } = createDb(process.env.DATABASE_URL!);
const signInCallback = getAuthOptions().callbacks!.signIn!;

const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.test`;

/** One sign-in through provider `provider` whose profile says `email` (and email_verified as given). */
async function oauthSignIn(provider: string, email: string, emailVerified: unknown) {
  const providerAccountId = randomUUID();
  const user: User = { id: providerAccountId, email, name: "Mallory" };
  const account: Account = { provider, providerAccountId, type: "oauth" };
  const profile = { sub: providerAccountId, email, email_verified: emailVerified } as Profile;
  const outcome = await signInCallback({ user, account, profile });
  return { outcome, userId: user.id, providerAccountId };
}

async function existingUser(withPassword: boolean) {
  const email = uniqueEmail("victim");
  const passwordHash = withPassword ? await hashPassword("correct horse battery") : null;
  const { user } = await createUserWithWorkspace({ name: "Victim", email, passwordHash });
  return { id: user.id, email };
}

const linksOf = (userId: string) => db.oAuthAccount.count({ where: { userId } });

describe("OAuth sign-in and existing accounts", () => {
  test("an unverified email is not linked to the account with that email", async () => {
    const victim = await existingUser(false);
    for (const verified of [false, undefined, "false", 1]) {
      const { outcome, userId } = await oauthSignIn("oidc", victim.email, verified);
      expect(outcome).toBe("/login?error=OAuthEmailUnverified");
      expect(userId).not.toBe(victim.id);
    }
    expect(await linksOf(victim.id)).toBe(0);
  });

  test("an unverified email does not make a new account either", async () => {
    const email = uniqueEmail("squatter");
    const { outcome } = await oauthSignIn("github", email, false);
    expect(outcome).toBe("/login?error=OAuthEmailUnverified");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test("a verified email is not linked silently to an account that has a password", async () => {
    const victim = await existingUser(true);
    const { outcome, userId } = await oauthSignIn("google", victim.email, true);
    expect(outcome).toBe("/login?error=OAuthAccountHasPassword");
    expect(userId).not.toBe(victim.id);
    expect(await linksOf(victim.id)).toBe(0);
  });

  test("a verified email links to a password-less account made by another provider", async () => {
    const owner = await existingUser(false);
    const { outcome, userId, providerAccountId } = await oauthSignIn("oidc", owner.email, true);
    expect(outcome).toBe(true);
    expect(userId).toBe(owner.id);
    expect(
      await db.oAuthAccount.findUnique({ where: { provider_providerAccountId: { provider: "oidc", providerAccountId } } }),
    ).toMatchObject({
      userId: owner.id,
    });
  });

  test("a verified new email makes an account; the linked provider account signs in to it later", async () => {
    const email = uniqueEmail("newcomer");
    const first = await oauthSignIn("google", email, "true");
    expect(first.outcome).toBe(true);
    const created = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true } });
    expect(created).toEqual({ id: first.userId, passwordHash: null });
    const user: User = { id: "ignored", email, name: "Newcomer" };
    const account: Account = { provider: "google", providerAccountId: first.providerAccountId, type: "oauth" };
    expect(await signInCallback({ user, account, profile: { email } as Profile })).toBe(true);
    expect(user.id).toBe(created.id);
  });
});
