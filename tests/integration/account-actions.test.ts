// Sign-up, password change and "sign out everywhere" through their server actions: password
// strength at the field, the sign-up throttle per address, a repeated sign-up, and what a password
// change does to sessions. The session (next-auth), the request headers and Next's cache
// revalidation are stubbed; the actions, the limiter and the database are real.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";

const request = vi.hoisted(() => ({ userId: "", address: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (request.userId ? { user: { id: request.userId } } : null) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-scopebench-socket-address": request.address }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { changePasswordAction, registerAction, signOutEverywhereAction } from "@/lib/actions/auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createDb } from "@/lib/db/client";
import { createUserWithWorkspace } from "@/lib/db/users";
import { IDLE } from "@/lib/forms";

(globalThis as Record<symbol, unknown>)[Symbol.for("scopebench.socketAddressHeader")] = true;

const { db } = createDb(process.env.DATABASE_URL!);
const PASSWORD = "correct horse battery";
let n = 0;
/** A fresh address in a /64 of its own (per-address limits count an IPv6 /64 as one address). */
const newAddress = () => `2001:db8:${(process.pid % 0xffff).toString(16)}:${(0x8000 + ++n).toString(16)}::1`;
const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.test`;

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

const register = (fields: { name?: string; email: string; password: string }) => registerAction(IDLE, form({ name: "Ada", ...fields }));

beforeEach(() => {
  request.userId = "";
  request.address = newAddress();
});

describe("sign-up", () => {
  test("weak passwords are refused at the password field with zxcvbn's reason", async () => {
    for (const weak of ["1234567890", "aaaaaaaaaa"]) {
      const email = uniqueEmail("weak");
      const res = await register({ email, password: weak });
      expect(res.status).toBe("error");
      expect(res.fieldErrors?.password?.[0]).toMatch(/^This password is too easy to guess\. \S/);
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
  });

  test("the person's own name does not make a strong password", async () => {
    const res = await register({ name: "Zanzibarovich", email: uniqueEmail("zz"), password: "Zanzibarovich2026" });
    expect(res.fieldErrors?.password?.[0]).toMatch(/too easy to guess/);
  });

  test("the same sign-up twice (a double submit) succeeds both times with one account", async () => {
    const email = uniqueEmail("twice");
    const [a, b] = await Promise.all([register({ email, password: PASSWORD }), register({ email, password: PASSWORD })]);
    expect([a.status, b.status]).toEqual(["success", "success"]);
    expect(a.result?.workspaceSlug).toBeTruthy();
    expect(b.result?.workspaceSlug).toBe(a.result?.workspaceSlug);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  test("a taken email with another password gets a neutral refusal at the email field", async () => {
    const email = uniqueEmail("taken");
    await createUserWithWorkspace({ name: "Owner", email, passwordHash: await hashPassword(PASSWORD) });
    const res = await register({ email, password: "another good passphrase" });
    expect(res.status).toBe("error");
    expect(res.fieldErrors?.email).toEqual(["We could not create an account with this email. If you already have one, sign in instead."]);
  });

  test("an old account is not 'signed up again' by its password: that is what sign-in, with its limits, is for", async () => {
    const email = uniqueEmail("old");
    const { user } = await createUserWithWorkspace({ name: "Old", email, passwordHash: await hashPassword(PASSWORD) });
    await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 60 * 60_000) } });
    expect((await register({ email, password: PASSWORD })).status).toBe("error");
  });

  test("20 sign-ups an hour from one address, then it waits an hour; other addresses are not affected", async () => {
    const statuses: string[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await register({ email: uniqueEmail(`burst${i}`), password: PASSWORD })).status);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => "success"));
    const refused = await register({ email: uniqueEmail("burst-late"), password: PASSWORD });
    expect(refused).toMatchObject({ status: "error", message: "Too many sign-up attempts from your network. Try again in 60 minutes." });
    request.address = newAddress();
    expect((await register({ email: uniqueEmail("elsewhere"), password: PASSWORD })).status).toBe("success");
  }, 120_000);
});

describe("password change and sign out everywhere", () => {
  async function signedInUser() {
    const email = uniqueEmail("acct");
    const { user } = await createUserWithWorkspace({ name: "Acct", email, passwordHash: await hashPassword(PASSWORD) });
    request.userId = user.id;
    return user;
  }
  const version = async (id: string) =>
    (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;
  const change = (currentPassword: string, newPassword: string) => changePasswordAction(IDLE, form({ currentPassword, newPassword }));

  test("needs the current password; wrong ones count as failed sign-ins", async () => {
    const user = await signedInUser();
    const res = await change("not my password", "a brand new passphrase here");
    expect(res.fieldErrors?.currentPassword).toEqual(["That is not your current password."]);
    expect(res.values).toEqual({});
    const counter = await db.rateLimitCounter.findUnique({ where: { key: `signin:account:${user.email}` } });
    expect(counter?.count).toBe(1);
    expect(await version(user.id)).toBe(0);
  });

  test("the new password must be strong, judged with the person's name and email", async () => {
    const user = await signedInUser();
    expect((await change(PASSWORD, "1234567890")).fieldErrors?.newPassword?.[0]).toMatch(/too easy to guess/);
    expect((await change(PASSWORD, "short")).fieldErrors?.newPassword).toEqual(["Use at least 10 characters."]);
    expect(await version(user.id)).toBe(0);
  });

  test("a change stores the new password, ends every session and is audited", async () => {
    const user = await signedInUser();
    const res = await change(PASSWORD, "a brand new passphrase here");
    expect(res).toMatchObject({ status: "success", message: "Password changed. You were signed out everywhere else." });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(row.passwordHash!, "a brand new passphrase here")).toBe(true);
    expect(row.sessionVersion).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "user.password_change" } })).toBe(1);
  });

  test("signed out, neither action does anything", async () => {
    request.userId = "";
    expect((await change(PASSWORD, "a brand new passphrase here")).status).toBe("error");
    expect((await signOutEverywhereAction({})).ok).toBe(false);
  });

  test("sign out everywhere bumps the version and is audited", async () => {
    const user = await signedInUser();
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: { signedOut: true } });
    expect(await version(user.id)).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "user.sign_out_everywhere" } })).toBe(1);
  });
});
