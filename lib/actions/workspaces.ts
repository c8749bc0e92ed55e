"use server";
import { redirectTo, userAction, userFormAction, workspaceAction, workspaceFormAction, workspacePath } from "@/lib/actions/safe-action";
import type { WorkspaceAccess } from "@/lib/db/access";
import { createWorkspace, renameWorkspace, updateMembership } from "@/lib/db/workspaces";
import { acceptInvite, createInvite, revokeInvite } from "@/lib/db/invites";
import {
  acceptInviteSchema,
  changeRoleSchema,
  createInviteSchema,
  createWorkspaceSchema,
  inviteIdSchema,
  removeMemberSchema,
  renameWorkspaceSchema,
} from "@/lib/schemas/workspace";

const settingsPage = (access: WorkspaceAccess) => `${workspacePath(access)}/settings`;

// Creating a workspace needs only a signed-in user: the creator becomes its owner.
export const createWorkspaceAction = userFormAction({ schema: createWorkspaceSchema }, async (user, d) => {
  const workspace = await createWorkspace(user.id, d.name);
  return redirectTo(`/w/${workspace.slug}`);
});

export const renameWorkspaceAction = workspaceFormAction(
  { schema: renameWorkspaceSchema, role: "owner", keepValues: true },
  async (access, d) => {
    await renameWorkspace(access, d.name);
    return "Workspace renamed.";
  },
);

export const createInviteAction = workspaceFormAction(
  { schema: createInviteSchema, role: "owner", keepValues: true, revalidate: settingsPage },
  async (access, d) => {
    const invite = await createInvite(access, d.role, d.expiresInDays);
    return {
      message: "Invitation link created. Copy it now: it is shown only once.",
      result: { path: `/invite/${invite.token}`, role: d.role },
    };
  },
);

export const revokeInviteAction = workspaceAction(
  { schema: inviteIdSchema, role: "owner", revalidate: settingsPage },
  async (access, d) => {
    await revokeInvite(access, d.inviteId);
  },
);

export const changeRoleAction = workspaceAction({ schema: changeRoleSchema, role: "owner" }, async (access, d) => {
  await updateMembership(access, d.userId, d.role);
});

// Any member may remove themselves (leave); removing someone else needs an owner (checked in
// updateMembership). Someone who left is sent away by the page, so there is nothing to revalidate.
export const removeMemberAction = workspaceAction(
  { schema: removeMemberSchema, role: "viewer", revalidate: (access, d) => (d.userId === access.userId ? null : settingsPage(access)) },
  async (access, d) => {
    await updateMembership(access, d.userId, null);
    return { left: d.userId === access.userId };
  },
);

// The invitation token is the credential here; the caller only needs to be signed in.
export const acceptInviteAction = userAction({ schema: acceptInviteSchema }, async (user, d) => {
  const { workspaceSlug } = await acceptInvite(user.id, d.token);
  return redirectTo(`/w/${workspaceSlug}`);
});
