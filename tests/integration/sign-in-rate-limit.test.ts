// Sign-in throttling through the credentials provider itself (lib/auth/config.ts): per account
// 5 failures in 15 minutes, per address 20, then "try again in 15 minutes"; counters in the database.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getAuthOptions } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { createUserWithWorkspace } from "@/lib/db/users";

const PASSWORD = "correct horse battery";
const LOCKED = "Too many failed sign-in attempts. Try again in 15 minutes.";

type Authorize = (credentials: unknown, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorize = (getAuthOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** One sign-in attempt from `address`: the user's id, null for a refusal, or the lockout message. */
async function signIn(email: string, password: string, address: string): Promise<string | null> {
  try {
    return (await authorize({ email, password }, { headers: { "x-forwarded-for": address } }))?.id ?? null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

async function person() {
  const email = `signin-${randomUUID().slice(0, 8)}@example.test`;
  const { user } = await createUserWithWorkspace({ name: "Sign-in", email, passwordHash: await hashPassword(PASSWORD) });
  return { id: user.id, email };
}

const newAddress = () => `203.0.113.${randomUUID()}`;

describe("sign-in rate limit", () => {
  test("the fifth wrong password locks the account, even against the right one; other accounts are not affected", async () => {
    const ada = await person();
    const bob = await person();
    const address = newAddress();
    for (let i = 0; i < 4; i++) expect(await signIn(ada.email, "wrong password", address)).toBeNull();
    expect(await signIn(ada.email, "wrong password", address)).toBe(LOCKED);
    expect(await signIn(ada.email, PASSWORD, address)).toBe(LOCKED);
    expect(await signIn(ada.email, PASSWORD, newAddress())).toBe(LOCKED);
    expect(await signIn(bob.email, PASSWORD, address)).toBe(bob.id);
  }, 30_000);

  test("a successful sign-in clears the account's failures", async () => {
    const ada = await person();
    const address = newAddress();
    for (let i = 0; i < 4; i++) expect(await signIn(ada.email, "wrong password", address)).toBeNull();
    expect(await signIn(ada.email, PASSWORD, address)).toBe(ada.id);
    for (let i = 0; i < 4; i++) expect(await signIn(ada.email, "wrong password", address)).toBeNull();
    expect(await signIn(ada.email, PASSWORD, address)).toBe(ada.id);
  }, 30_000);

  test("the twentieth failure from one address, across accounts, locks that address only", async () => {
    const address = newAddress();
    const outcomes: (string | null)[] = [];
    for (let i = 0; i < 20; i++) outcomes.push(await signIn(`nobody-${i}-${randomUUID().slice(0, 8)}@example.test`, "x", address));
    expect(outcomes.slice(0, 19)).toEqual(Array.from({ length: 19 }, () => null));
    expect(outcomes[19]).toBe(LOCKED);
    const ada = await person();
    expect(await signIn(ada.email, PASSWORD, address)).toBe(LOCKED);
    expect(await signIn(ada.email, PASSWORD, newAddress())).toBe(ada.id);
  }, 60_000);
});
