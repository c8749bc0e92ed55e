import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { audit, newMemberScope } from "./audit";
import { AppError } from "@/lib/errors";
import { slugify, uniqueSlug } from "@/lib/domain/slug";

type Tx = Prisma.TransactionClient;

export async function findUserForSignIn(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
}

export async function getUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}

/** A free workspace slug based on `name` (checked inside the transaction). */
export async function pickWorkspaceSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(taken.map((w) => w.slug)));
}

/** Creates a user together with their personal workspace (they own it). */
export async function createUserWithWorkspace(input: { name: string; email: string; passwordHash: string | null }) {
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: input, select: { id: true, email: true, name: true } });
      const workspace = await tx.workspace.create({
        data: {
          name: `${input.name}'s workspace`,
          slug: await pickWorkspaceSlug(tx, input.name),
          personal: true,
          members: { create: { userId: user.id, role: "owner" } },
        },
        select: { id: true, slug: true },
      });
      await audit(tx, newMemberScope(workspace.id, user.id), {
        action: "workspace.create",
        targetType: "workspace",
        targetId: workspace.id,
        summary: "Created the personal workspace at sign-up",
      });
      return { user, workspace };
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.", {
        email: ["An account with this email already exists."],
      });
    }
    throw err;
  }
}

/** Signs in an OAuth user: the linked account's user, else the user with that (verified) email, else a new user. */
export async function findOrCreateOAuthUser(input: { provider: string; providerAccountId: string; email: string; name: string }) {
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  if (linked) return linked.user;
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true } });
  const user = existing ?? (await createUserWithWorkspace({ name: input.name, email: input.email, passwordHash: null })).user;
  await db.oAuthAccount.create({ data: { provider: input.provider, providerAccountId: input.providerAccountId, userId: user.id } });
  return user;
}
