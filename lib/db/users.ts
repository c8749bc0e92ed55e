import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "./client";
import { audit, auditWrite, newMemberScope } from "./audit";
import { newId } from "./ids";
import { AppError, isAppError } from "@/lib/errors";
import { slugify, uniqueSlug } from "@/lib/domain/slug";
import { decideOAuthSignIn, type OAuthRefusal } from "@/lib/domain/auth/oauth-link";

type Tx = Prisma.TransactionClient;

export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true, createdAt: true },
  });
}

/** The user's current session version (by primary key: the one query a session check costs), or null when the user is gone. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return row?.sessionVersion ?? null;
}

/** Ends every session of the user issued so far (their tokens carry an older version). Returns the new version. */
export async function bumpSessionVersion(userId: string): Promise<number> {
  const rows = await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  if (rows.count === 0) return 0;
  return (await getSessionVersion(userId)) ?? 0;
}

/** The user's password hash, for checking their current password (null: they sign in only through a provider). */
export async function getPasswordHash(userId: string): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

/**
 * Where a user's own security events are recorded: their personal workspace, else their oldest
 * membership (the audit log is per workspace). Null when they belong to none.
 */
async function homeWorkspaceId(tx: Tx, userId: string): Promise<string | null> {
  const m = await tx.membership.findFirst({
    where: { userId },
    orderBy: [{ workspace: { personal: "desc" } }, { createdAt: "asc" }],
    select: { workspaceId: true },
  });
  return m?.workspaceId ?? null;
}

/** Records a user's own security event (a password change or reset, signing out everywhere) in their home workspace's audit log. */
export async function auditOwn(
  tx: Tx,
  userId: string,
  action: "user.password_change" | "user.password_reset" | "user.sign_out_everywhere",
  summary: string,
) {
  const workspaceId = await homeWorkspaceId(tx, userId);
  if (workspaceId) await audit(tx, { workspaceId, actorId: userId }, { action, targetType: "user", targetId: userId, summary });
}

/** Sets a new password and ends every existing session. Returns the new session version. */
export async function changePassword(userId: string, passwordHash: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await auditOwn(tx, userId, "user.password_change", "Changed their password (all sessions signed out)");
    return user.sessionVersion;
  });
}

/** "Sign out everywhere": ends every session of the user, recorded in the audit log. */
export async function signOutEverywhere(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await auditOwn(tx, userId, "user.sign_out_everywhere", "Signed out of all sessions");
  });
}

/** The slug of the workspace a user created at sign-up (for a repeated sign-up that turns out to be theirs). */
export async function getPersonalWorkspaceSlug(userId: string): Promise<string | null> {
  const w = await db.workspace.findFirst({
    where: { personal: true, members: { some: { userId } } },
    orderBy: { createdAt: "asc" },
    select: { slug: true },
  });
  return w?.slug ?? null;
}

export async function getUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}

/**
 * A free workspace slug based on `name`; a racer taking it first makes the insert fail on the unique
 * index (then try again). `spread` > 0 skips up to that many free candidates at random, so racers
 * that collided once spread out instead of colliding again.
 */
export async function pickWorkspaceSlug(client: Tx | Db, name: string, spread = 0): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await client.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((w) => w.slug),
  );
  for (let skip = Math.floor(Math.random() * spread); skip > 0; skip--) taken.add(uniqueSlug(base, taken));
  return uniqueSlug(base, taken);
}

/** Said when the email is taken. It names no account: it is also what a rate-limited or otherwise refused address would read. */
export const SIGN_UP_REFUSED = "We could not create an account with this email. If you already have one, sign in instead.";

/** Creates a user together with their personal workspace (they own it). */
export async function createUserWithWorkspace(input: { name: string; email: string; passwordHash: string | null }) {
  // Two sign-ups with the same name can pick the same free workspace slug at once; the later one then hits the
  // slug's unique index. That is not "this email is taken": try again with a fresh slug.
  for (let attempt = 1; ; attempt++) {
    try {
      return await createUserWithWorkspaceOnce(input, (attempt - 1) * 4);
    } catch (err) {
      const taken = isAppError(err, "conflict") && (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }));
      if (taken || attempt >= 10 || !isAppError(err, "conflict")) throw err; // each round, one of the racers wins
    }
  }
}

// One batch transaction with ids made beforehand: the three inserts go out together on one connection,
// with no application code between them. The interactive transaction this replaces could outlive its
// timeout on a busy server; its rollback then raced the next statement, which ran on its own and hit
// Membership_userId_fkey (the user it pointed at had just been rolled back).
async function createUserWithWorkspaceOnce(input: { name: string; email: string; passwordHash: string | null }, spread: number) {
  const slug = await pickWorkspaceSlug(db, input.name, spread);
  const [userId, workspaceId] = [newId(), newId()];
  try {
    const [user, workspace] = await db.$transaction([
      db.user.create({ data: { id: userId, ...input }, select: { id: true, email: true, name: true } }),
      db.workspace.create({
        data: { id: workspaceId, name: `${input.name}'s workspace`, slug, personal: true, members: { create: { userId, role: "owner" } } },
        select: { id: true, slug: true },
      }),
      auditWrite(newMemberScope(workspaceId, userId), {
        action: "workspace.create",
        targetType: "workspace",
        targetId: workspaceId,
        summary: "Created the personal workspace at sign-up",
      }),
    ]);
    return { user, workspace };
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") {
      throw new AppError("conflict", SIGN_UP_REFUSED, { email: [SIGN_UP_REFUSED] });
    }
    throw err;
  }
}

/**
 * Signs in an OAuth user (see decideOAuthSignIn): the user linked to that provider account, else
 * the password-less user with that email when the provider verified it, else a new user — or the
 * reason it is refused.
 */
export async function findOrCreateOAuthUser(input: {
  provider: string;
  providerAccountId: string;
  email: string;
  emailVerified: boolean;
  name: string;
}): Promise<{ ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: OAuthRefusal }> {
  const select = { id: true, email: true, name: true } as const;
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    select: { user: { select } },
  });
  const existing = linked ? null : await db.user.findUnique({ where: { email: input.email }, select: { ...select, passwordHash: true } });
  const decision = decideOAuthSignIn({
    linkedUserId: linked?.user.id ?? null,
    existing: existing ? { id: existing.id, hasPassword: existing.passwordHash !== null } : null,
    emailVerified: input.emailVerified,
  });
  if (decision.kind === "refuse") return { ok: false, reason: decision.reason };
  if (decision.kind === "linked") return { ok: true, user: linked!.user };
  const user =
    decision.kind === "link"
      ? { id: existing!.id, email: existing!.email, name: existing!.name }
      : (await createUserWithWorkspace({ name: input.name, email: input.email, passwordHash: null })).user;
  await db.oAuthAccount.create({ data: { provider: input.provider, providerAccountId: input.providerAccountId, userId: user.id } });
  return { ok: true, user };
}
