import "server-only";
import { db } from "./client";
import { newId } from "./ids";
import { auditOwn } from "./users";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { isSafeText } from "@/lib/domain/safe-input";
import {
  RESET_TOKEN_PREFIX,
  passwordResetEmail,
  resetPasswordLink,
  resetTokenExpiry,
  resetTokenState,
  type ResetTokenState,
} from "@/lib/domain/auth/password-reset";

// Password reset by email (rules in lib/domain/auth/password-reset.ts). Accounts exist apart from
// workspaces, so nothing here takes an access object: a request names only an email address and
// is answered the same whether or not an account has it, and the reset itself is authorized by
// the token from the email — only its hash is stored.

/**
 * Makes a reset token for the account with `email`, if there is one, and queues its email (an
 * EmailMessage row, status "queued"; the caller enqueues its job). A new token replaces the
 * account's older unused ones. Returns the queued message's id, or null when no account has the
 * address. Both ways cost about the same: a token is made and hashed either way, and no password
 * is hashed.
 */
export async function createPasswordReset(email: string, appUrl: string, now = new Date()): Promise<{ emailId: string } | null> {
  const token = generateToken(RESET_TOKEN_PREFIX);
  const tokenHash = hashToken(token);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!user) return null;
  const [tokenId, emailId] = [newId(), newId()];
  const mail = passwordResetEmail({ name: user.name, link: resetPasswordLink(appUrl, token) });
  await db.$transaction([
    // Older links stop working: they expire now (their page then says so and offers a new one).
    db.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    }),
    db.passwordResetToken.create({ data: { id: tokenId, userId: user.id, tokenHash, expiresAt: resetTokenExpiry(now), createdAt: now } }),
    db.emailMessage.create({
      data: {
        id: emailId,
        idempotencyKey: `password-reset:${tokenId}`,
        userId: user.id,
        toAddress: user.email,
        subject: mail.subject,
        text: mail.text,
        status: "queued",
      },
      select: { id: true },
    }),
  ]);
  return { emailId };
}

export type ResetTokenLookup =
  | { state: "valid"; user: { id: string; email: string; name: string } }
  | { state: Exclude<ResetTokenState, "valid"> };

/** What the token from a reset link is worth at `now`, and whose it is when it works. Reads only; the link's page calls it on every view. */
export async function findPasswordResetToken(token: string, now = new Date()): Promise<ResetTokenLookup> {
  if (!isSafeText(token)) return { state: "unknown" };
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  const state = resetTokenState(row, now);
  return state === "valid" && row ? { state, user: row.user } : { state: state === "valid" ? "unknown" : state };
}

/**
 * Sets the password of the token's account and uses the token up, in one transaction: the token is
 * claimed by a conditional update (so of two submits of one link exactly one succeeds), the
 * account's other unused tokens stop working, the session version advances (every session of the
 * account ends, decision 008) and the reset is audited. An account that signed in only through a
 * provider gets its first password this way.
 */
export async function resetPasswordWithToken(
  token: string,
  passwordHash: string,
  now = new Date(),
): Promise<{ ok: true; user: { id: string; email: string } } | { ok: false; state: Exclude<ResetTokenState, "valid"> }> {
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true } });
    const claimed = row
      ? await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } })
      : { count: 0 };
    if (!row || claimed.count !== 1) {
      const current = row
        ? await tx.passwordResetToken.findUnique({ where: { id: row.id }, select: { expiresAt: true, usedAt: true } })
        : null;
      const state = resetTokenState(current, now);
      return { ok: false as const, state: state === "valid" ? "used" : state };
    }
    await tx.passwordResetToken.updateMany({
      where: { userId: row.userId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await auditOwn(tx, user.id, "user.password_reset", "Reset their password by email (all sessions signed out)");
    return { ok: true as const, user };
  });
}
