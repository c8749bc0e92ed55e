import { z } from "zod";
import { safeString } from "./safe";
import { ROLES } from "@/lib/domain/auth/roles";

export const roleSchema = z.enum(ROLES, { error: "Choose owner, editor or viewer." });

export const workspaceNameSchema = safeString({ error: "Enter a workspace name." })
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(60, "Use at most 60 characters.");

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });
export const renameWorkspaceSchema = z.object({ workspaceSlug: safeString().min(1), name: workspaceNameSchema });

export const createInviteSchema = z.object({
  workspaceSlug: safeString().min(1),
  role: roleSchema,
  expiresInDays: z.coerce
    .number({ error: "Choose how long the link stays valid." })
    .int()
    .min(1, "At least 1 day.")
    .max(30, "At most 30 days."),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const changeRoleSchema = z.object({ workspaceSlug: safeString().min(1), userId: safeString().min(1), role: roleSchema });
export const removeMemberSchema = z.object({ workspaceSlug: safeString().min(1), userId: safeString().min(1) });
export const inviteIdSchema = z.object({ workspaceSlug: safeString().min(1), inviteId: safeString().min(1) });

const INVALID_INVITE = "This invitation link is not valid.";
export const acceptInviteSchema = z.object({
  token: safeString({ error: INVALID_INVITE }).min(10, INVALID_INVITE).max(200, INVALID_INVITE),
});
