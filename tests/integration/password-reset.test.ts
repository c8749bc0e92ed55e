// Password reset by email through its server actions, and the outbox owners read it in: a request
// queues one email with a working link (and its email.send job), an unknown address gets the same
// answer and no email, a link works once and for an hour, a newer request replaces it, a reset
// ends every session, requests are throttled per email and per client address, and the outbox
// shows owners the mail of their workspace's members only. The session (next-auth), the request
// headers, Next's cache revalidation, its redirect and its `after` (run at once) are stubbed; the
// actions, the limiter, the queue and the database are real.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";

const request = vi.hoisted(() => ({ userId: "", address: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (request.userId ? { user: { id: request.userId } } : null) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-scopebench-socket-address": request.address }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Work the action leaves for after the response; each request below waits for it, as the server would finish it.
const afterResponse = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  after: (task: () => Promise<unknown>) => void afterResponse.push(task()),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { redirectTo: to });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordSignInFailure } from "@/lib/auth/throttle";
import { resolveWorkspaceAccess } from "@/lib/db/access";
import { createDb } from "@/lib/db/client";
import { createInvite, acceptInvite } from "@/lib/db/invites";
import { getOutboxMessage, listOutboxMessages } from "@/lib/db/outbox";
import { createPasswordReset, findPasswordResetToken } from "@/lib/db/password-reset";
import { createUserWithWorkspace } from "@/lib/db/users";
import { RESET_REQUESTED, RESET_TOKEN_REFUSAL } from "@/lib/domain/auth/password-reset";
import { IDLE, type FormState } from "@/lib/forms";
import { stopQueue } from "@/lib/jobs/queue";
import { makeUser } from "../support/factories";

(globalThis as Record<symbol, unknown>)[Symbol.for("scopebench.socketAddressHeader")] = true;

const { db } = createDb(process.env.DATABASE_URL!);
const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "lantern orbit pebble canyon";
let n = 0;
/** A fresh address in a /64 of its own (per-address limits count an IPv6 /64 as one address). */
const newAddress = () => `2001:db8:${(process.pid % 0xffff).toString(16)}:${(0x9000 + ++n).toString(16)}::1`;
const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.test`;

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

async function requestReset(email: string) {
  const res = await requestPasswordResetAction(IDLE, form({ email }));
  await Promise.all(afterResponse.splice(0));
  return res;
}

/** Submits the reset form; a success ends in Next's redirect (stubbed to throw), so it comes back as `{ redirectTo }`. */
async function reset(
  token: string,
  password = NEW_PASSWORD,
  confirmPassword = password,
): Promise<Partial<FormState> & { redirectTo?: string }> {
  try {
    return await resetPasswordAction(IDLE, form({ token, password, confirmPassword }));
  } catch (err) {
    const to = (err as { redirectTo?: string }).redirectTo;
    if (to) return { redirectTo: to };
    throw err;
  }
}

async function person(name = "Reset", passwordHash: string | null = null) {
  const email = uniqueEmail(name.toLowerCase());
  return createUserWithWorkspace({ name, email, passwordHash: passwordHash ?? (await hashPassword(PASSWORD)) });
}

const mailTo = (email: string) => db.emailMessage.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });

/** The reset link in an email's text, and its token. */
function linkIn(text: string) {
  const link = /^http:\/\/localhost:3000\/reset-password\?token=(\S+)$/m.exec(text);
  expect(link, text).not.toBeNull();
  return { link: link![0], token: decodeURIComponent(link![1]!) };
}

const account = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

beforeEach(() => {
  request.userId = "";
  request.address = newAddress();
});

afterAll(async () => {
  await stopQueue();
});

describe("requesting a reset", () => {
  test("queues one email to the account with a link that works, and its email.send job", async () => {
    const { user } = await person();
    const res = await requestReset(user.email.toUpperCase());
    expect(res).toMatchObject({ status: "success", message: RESET_REQUESTED });

    const mails = await mailTo(user.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail).toMatchObject({ status: "queued", userId: user.id, subject: "Reset your Scopebench password", transport: null });
    const { token } = linkIn(mail.text);
    expect(token).toMatch(/^pwr_[A-Za-z0-9_-]{43}$/);

    // Only the token's hash is kept, and the message's idempotency key names the token row.
    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(mail.idempotencyKey).toBe(`password-reset:${rows[0]!.id}`);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(60 * 60_000);

    const jobs = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = 'email.send' AND data->>'emailId' = ${mail.id}`;
    expect(Number(jobs[0]!.n)).toBe(1);

    expect(await findPasswordResetToken(token)).toMatchObject({ state: "valid", user: { id: user.id } });
  });

  test("an unknown address gets the same answer, and no email or token is made", async () => {
    const email = uniqueEmail("nobody");
    const before = await db.passwordResetToken.count();
    const res = await requestReset(email);
    expect(res).toMatchObject({ status: "success", message: RESET_REQUESTED });
    expect(await mailTo(email)).toEqual([]);
    expect(await db.passwordResetToken.count()).toBe(before);
  });

  test("a malformed address is refused at its field", async () => {
    const res = await requestReset("not an address");
    expect(res.status).toBe("error");
    expect(res.fieldErrors?.email?.[0]).toMatch(/valid email/);
  });

  test("3 requests an hour per email address, counted for unknown addresses too", async () => {
    const { user } = await person();
    for (let i = 0; i < 3; i++) expect((await requestReset(user.email)).status).toBe("success");
    request.address = newAddress();
    const refused = await requestReset(user.email);
    expect(refused).toMatchObject({ status: "error", message: "Too many password-reset requests. Try again in 60 minutes." });
    expect(await mailTo(user.email)).toHaveLength(3);

    const unknown = uniqueEmail("ghost");
    for (let i = 0; i < 3; i++) expect((await requestReset(unknown)).status).toBe("success");
    expect(await requestReset(unknown)).toMatchObject({ status: "error", message: refused.message });
  });

  test("20 requests an hour per client address, across emails; other addresses are not affected", async () => {
    for (let i = 0; i < 20; i++) expect((await requestReset(uniqueEmail(`probe${i}`))).status).toBe("success");
    const { user } = await person();
    const refused = await requestReset(user.email);
    expect(refused).toMatchObject({ status: "error", message: "Too many password-reset requests. Try again in 60 minutes." });
    expect(await mailTo(user.email)).toEqual([]);
    request.address = newAddress();
    expect((await requestReset(user.email)).status).toBe("success");
    expect(await mailTo(user.email)).toHaveLength(1);
  });
});

describe("resetting with the link", () => {
  async function requested() {
    const { user } = await person();
    await requestReset(user.email);
    const [mail] = await mailTo(user.email);
    return { user, token: linkIn(mail!.text).token };
  }

  test("sets the password once, ends every session, is audited, and goes on to sign-in", async () => {
    const { user, token } = await requested();
    const before = await account(user.id);
    expect(await reset(token)).toEqual({ redirectTo: "/login?notice=password-reset" });

    const after = await account(user.id);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "user.password_reset", targetId: user.id } })).toBe(1);

    // The same link again: refused, nothing changes.
    const again = await reset(token, "another fine passphrase here");
    expect(again).toMatchObject({ status: "error", message: RESET_TOKEN_REFUSAL.used });
    expect((await account(user.id)).sessionVersion).toBe(after.sessionVersion);
    expect(await findPasswordResetToken(token)).toEqual({ state: "used" });
  });

  test("two submits of one link at once: exactly one sets the password", async () => {
    const { user, token } = await requested();
    const results = await Promise.all([reset(token, "first racing passphrase"), reset(token, "second racing passphrase")]);
    expect(results.filter((r) => "redirectTo" in r)).toHaveLength(1);
    expect((await account(user.id)).sessionVersion).toBe(1);
  });

  test("an expired link is refused, and so is an unknown one", async () => {
    const { user } = await person();
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    const queued = await createPasswordReset(user.email, "http://localhost:3000", twoHoursAgo);
    const mail = await db.emailMessage.findUniqueOrThrow({ where: { id: queued!.emailId } });
    const { token } = linkIn(mail.text);
    expect(await reset(token)).toMatchObject({ status: "error", message: RESET_TOKEN_REFUSAL.expired });
    expect(await reset("pwr_not-a-real-token")).toMatchObject({ status: "error", message: RESET_TOKEN_REFUSAL.unknown });
    expect(await account(user.id)).toMatchObject({ sessionVersion: 0 });
  });

  test("a newer request replaces the older link", async () => {
    const { user } = await person();
    await requestReset(user.email);
    await requestReset(user.email);
    const [first, second] = await mailTo(user.email);
    expect(await reset(linkIn(first!.text).token)).toMatchObject({ status: "error", message: RESET_TOKEN_REFUSAL.expired });
    expect(await reset(linkIn(second!.text).token)).toEqual({ redirectTo: "/login?notice=password-reset" });
  });

  test("the sign-up password rules apply, with the person's own name against it; a refusal leaves the link working", async () => {
    const { user, token } = await requested();
    expect((await reset(token, "short")).fieldErrors?.password).toEqual(["Use at least 10 characters."]);
    expect((await reset(token, "1234567890")).fieldErrors?.password?.[0]).toMatch(/too easy to guess/);
    expect((await reset(token, `${user.name}${user.name}2026`)).fieldErrors?.password?.[0]).toMatch(/too easy to guess/);
    const mismatch = await reset(token, NEW_PASSWORD, "lantern orbit pebble canyoN");
    expect(mismatch.fieldErrors?.confirmPassword).toEqual(["The two passwords do not match."]);
    expect(mismatch.values).toEqual({});
    expect(await findPasswordResetToken(token)).toMatchObject({ state: "valid" });
    expect(await reset(token)).toEqual({ redirectTo: "/login?notice=password-reset" });
  });

  test("an account that signs in only through a provider may set its first password", async () => {
    const { user } = await makeUser("Oauth only");
    await requestReset(user.email);
    const [mail] = await mailTo(user.email);
    expect(await reset(linkIn(mail!.text).token)).toEqual({ redirectTo: "/login?notice=password-reset" });
    expect(await verifyPassword((await account(user.id)).passwordHash!, NEW_PASSWORD)).toBe(true);
  });

  test("a reset lifts the account's short sign-in lock", async () => {
    const { user, token } = await requested();
    for (let i = 0; i < 5; i++) await recordSignInFailure(user.email, request.address);
    expect(await db.rateLimitCounter.count({ where: { key: `signin:account:${user.email}` } })).toBe(1);
    await reset(token);
    expect(await db.rateLimitCounter.count({ where: { key: `signin:account:${user.email}` } })).toBe(0);
  });
});

describe("the outbox", () => {
  test("owners read the mail of their workspace's members only; editors may not read it", async () => {
    const owner = await makeUser("Outbox owner");
    const member = await makeUser("Outbox member");
    const stranger = await makeUser("Outbox stranger");
    const invite = await createInvite(owner.access, "editor", 7);
    await acceptInvite(member.user.id, invite.token);

    for (const u of [owner.user, member.user, stranger.user]) await requestReset(u.email);
    const [toMember] = await mailTo(member.user.email);
    const [toStranger] = await mailTo(stranger.user.email);

    const listed = await listOutboxMessages(owner.access);
    expect(listed.map((m) => m.toAddress).sort()).toEqual([owner.user.email, member.user.email].sort());
    expect(listed[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(listed[1]!.createdAt.getTime());
    expect(listed.find((m) => m.toAddress === member.user.email)).toMatchObject({
      status: "queued",
      subject: "Reset your Scopebench password",
    });

    const read = await getOutboxMessage(owner.access, toMember!.id);
    expect(read?.text).toBe(toMember!.text);
    expect(await getOutboxMessage(owner.access, toStranger!.id)).toBeNull();
    expect(await getOutboxMessage(owner.access, "no\u0000such")).toBeNull();

    // The stranger's own workspace shows their mail, and not the others'.
    expect((await listOutboxMessages(stranger.access)).map((m) => m.toAddress)).toEqual([stranger.user.email]);

    const asEditor = await resolveWorkspaceAccess(member.user.id, owner.workspace.slug);
    expect(asEditor?.role).toBe("editor");
    await expect(listOutboxMessages(asEditor!)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getOutboxMessage(asEditor!, toMember!.id)).rejects.toMatchObject({ code: "forbidden" });
  });

  test("a workspace without mail has an empty outbox", async () => {
    const { access } = await makeUser("Quiet owner");
    expect(await listOutboxMessages(access)).toEqual([]);
  });
});
