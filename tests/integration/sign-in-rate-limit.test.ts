// Sign-in throttling through the credentials provider itself (lib/auth/config.ts): per account
// 5 failures in 15 minutes and 30 in a day, per address 20, then "try again in …"; counters in the
// database. The address is the socket's peer, as written by the socket-address preload
// (scripts/lib/socket-address-preload.mjs), which this file stands in for; with no trusted proxy
// configured (the default), X-Forwarded-For is ignored.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { getAuthOptions } from "@/lib/auth/config";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { hashPassword } from "@/lib/auth/password";
import { createUserWithWorkspace } from "@/lib/db/users";

(globalThis as Record<symbol, unknown>)[Symbol.for("scopebench.socketAddressHeader")] = true;

const PASSWORD = "correct horse battery";
const LOCKED = "Too many failed sign-in attempts. Try again in 15 minutes.";

type Authorize = (credentials: unknown, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorize = (getAuthOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** One sign-in attempt over a connection from `address` (and any headers): the user's id, null for a refusal, or the lockout message. */
async function signIn(email: string, password: string, address: string, headers: Record<string, string> = {}): Promise<string | null> {
  try {
    return (await authorize({ email, password }, { headers: { ...headers, [SOCKET_ADDRESS_HEADER]: address } }))?.id ?? null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

async function person() {
  const email = `signin-${randomUUID().slice(0, 8)}@example.test`;
  const { user } = await createUserWithWorkspace({ name: "Sign-in", email, passwordHash: await hashPassword(PASSWORD) });
  return { id: user.id, email };
}

let n = 0;
/** A fresh address from the documentation range, in a /64 of its own, unique per run and call. */
const newAddress = () => `2001:db8:${(process.pid % 0xffff).toString(16)}:${(++n).toString(16)}::1`;

afterEach(() => vi.useRealTimers());

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

  test("a rotating X-Forwarded-For does not escape the per-address limit when no proxy is trusted", async () => {
    const address = newAddress();
    const outcomes: (string | null)[] = [];
    for (let i = 0; i < 20; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i}, 203.0.113.${i}` };
      outcomes.push(await signIn(`nobody-${i}-${randomUUID().slice(0, 8)}@example.test`, "x", address, forged));
    }
    expect(outcomes.slice(0, 19)).toEqual(Array.from({ length: 19 }, () => null));
    expect(outcomes[19]).toBe(LOCKED);
    const ada = await person();
    expect(await signIn(ada.email, PASSWORD, address, { "x-forwarded-for": "192.0.2.77" })).toBe(LOCKED);
    expect(await signIn(ada.email, PASSWORD, newAddress(), { "x-forwarded-for": address })).toBe(ada.id);
  }, 60_000);

  test("IPv6 addresses count by their /64: rotating inside it does not escape the limit", async () => {
    const network = newAddress().replace(/::1$/, "");
    const outcomes: (string | null)[] = [];
    for (let i = 0; i < 20; i++)
      outcomes.push(await signIn(`nobody-${i}-${randomUUID().slice(0, 8)}@example.test`, "x", `${network}:${(i + 1).toString(16)}::7`));
    expect(outcomes.slice(0, 19)).toEqual(Array.from({ length: 19 }, () => null));
    expect(outcomes[19]).toBe(LOCKED);
    const ada = await person();
    expect(await signIn(ada.email, PASSWORD, `${network}:ffff:1:2:3`)).toBe(LOCKED);
    expect(await signIn(ada.email, PASSWORD, newAddress())).toBe(ada.id);
  }, 60_000);

  test("an account's daily budget: 30 failures from ever-new addresses lock it for the rest of the day", async () => {
    const ada = await person();
    // Only Date is faked: time moves on 16 minutes after each 15-minute lock, so the short lock
    // alone would let this go on forever.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const outcomes: (string | null)[] = [];
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 5; i++) outcomes.push(await signIn(ada.email, `wrong-${round}-${i}`, newAddress()));
      vi.setSystemTime(Date.now() + 16 * 60_000);
    }
    expect(outcomes.filter((o) => o === null)).toHaveLength(24);
    expect(outcomes.at(-1)).toMatch(/^Too many failed sign-in attempts\. Try again in 2[0-3] hours\.$/);
    // Hours later, from a new address, with the right password: still locked.
    vi.setSystemTime(Date.now() + 3 * 60 * 60_000);
    expect(await signIn(ada.email, PASSWORD, newAddress())).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ hours\.$/);
    // The next day it is free again.
    vi.setSystemTime(Date.now() + 24 * 60 * 60_000);
    expect(await signIn(ada.email, PASSWORD, newAddress())).toBe(ada.id);
  }, 120_000);
});
