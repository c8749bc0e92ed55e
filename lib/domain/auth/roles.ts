// Workspace roles and what each may do: owners manage members, invitations, API tokens and
// deletion; editors edit everything in the projects; viewers read and comment.
export const ROLES = ["owner", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

export const ROLE_LABEL: Record<Role, string> = { owner: "Owner", editor: "Editor", viewer: "Viewer" };

export const ROLE_DESCRIPTION: Record<Role, string> = {
  owner: "Manages members, invitations, API tokens and deletion; edits everything.",
  editor: "Edits everything in the workspace's projects.",
  viewer: "Reads and comments; changes nothing.",
};

/** True when `role` is at least `minimum` (owner > editor > viewer). */
export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The refusal shown to someone whose role is too low for an action. */
export function roleRefusal(role: Role, minimum: Role): string {
  const need = minimum === "owner" ? "an owner" : "an editor or owner";
  const article = role === "viewer" ? "a viewer" : `an ${role}`;
  return `You are ${article} in this workspace; only ${need} can do that.`;
}

/**
 * Whether removing or demoting a member would leave the workspace without an owner.
 * `owners` is the current number of owners, `target` the member's current role and `next`
 * their role afterwards (null when they are removed).
 */
export function wouldOrphanWorkspace(owners: number, target: Role, next: Role | null): boolean {
  return target === "owner" && next !== "owner" && owners <= 1;
}
