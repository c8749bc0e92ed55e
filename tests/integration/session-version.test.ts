// Ending sessions for good: a session cookie copied before signing out (or before "sign out
// everywhere", or a password change) is refused afterwards. The cookie is a real next-auth JWT,
// read by next-auth's own getServerSession with our options, so it goes through the jwt callback
// (lib/auth/config.ts) and the User.sessionVersion it checks. Nothing is stubbed.
import { describe, expect, test } from "vitest";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getServerSession } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { getAuthOptions } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { createDb } from "@/lib/db/client";
import { changePassword, signOutEverywhere } from "@/lib/db/users";
import { makeUser } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);
const options = getAuthOptions();
const SECRET = process.env.NEXTAUTH_SECRET!;

/** The token next-auth makes when `userId` signs in: the jwt callback with the signed-in user. */
async function signInToken(userId: string): Promise<JWT> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true } });
  return options.callbacks!.jwt!({ token: { name: user.name, email: user.email, sub: user.id }, user, account: null });
}

/** The session a request carrying `cookie` gets (null: signed out). */
async function sessionFor(cookie: string) {
  const req = { headers: {}, cookies: { "next-auth.session-token": cookie } } as unknown as IncomingMessage & {
    cookies: Record<string, string>;
  };
  const res = { getHeader: () => undefined, setHeader: () => res, setCookie: () => {} } as unknown as ServerResponse;
  return getServerSession(req, res, options);
}

async function signedIn() {
  const { user } = await makeUser("Session");
  const token = await signInToken(user.id);
  const cookie = await encode({ token, secret: SECRET });
  expect((await sessionFor(cookie))?.user.id).toBe(user.id);
  return { user, token, cookie };
}

describe("session versions", () => {
  test("a cookie copied before signing out is refused after it; a new sign-in works", async () => {
    const { user, token, cookie } = await signedIn();
    await options.events!.signOut!({ token, session: null as never });
    expect(await sessionFor(cookie)).toBeNull();
    const again = await encode({ token: await signInToken(user.id), secret: SECRET });
    expect((await sessionFor(again))?.user.id).toBe(user.id);
    expect(await sessionFor(cookie)).toBeNull();
  });

  test("signing out one user leaves another's session alone", async () => {
    const a = await signedIn();
    const b = await signedIn();
    await options.events!.signOut!({ token: a.token, session: null as never });
    expect(await sessionFor(a.cookie)).toBeNull();
    expect((await sessionFor(b.cookie))?.user.id).toBe(b.user.id);
  });

  test("sign out everywhere ends every session and is audited", async () => {
    const { user, cookie } = await signedIn();
    const second = await encode({ token: await signInToken(user.id), secret: SECRET });
    await signOutEverywhere(user.id);
    expect(await sessionFor(cookie)).toBeNull();
    expect(await sessionFor(second)).toBeNull();
    const events = await db.auditEvent.findMany({ where: { actorId: user.id, action: "user.sign_out_everywhere" } });
    expect(events).toHaveLength(1);
  });

  test("a password change ends every session and is audited", async () => {
    const { user, cookie } = await signedIn();
    await changePassword(user.id, await hashPassword("a brand new passphrase here"));
    expect(await sessionFor(cookie)).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "user.password_change", targetId: user.id } })).toBe(1);
  });

  test("a deleted user's cookie is refused", async () => {
    const { user, cookie } = await signedIn();
    await db.user.delete({ where: { id: user.id } });
    expect(await sessionFor(cookie)).toBeNull();
  });

  test("a forged cookie with a newer version is refused too", async () => {
    const { token } = await signedIn();
    const forged = await encode({ token: { ...token, sv: (token.sv ?? 0) + 5 }, secret: SECRET });
    expect(await sessionFor(forged)).toBeNull();
  });
});
