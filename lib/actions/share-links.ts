"use server";
import { projectAction, projectFormAction, projectPath, publicFormAction } from "@/lib/actions/safe-action";
import { actionClientAddress } from "@/lib/auth/throttle";
import { addGuestComment, createShareLink, revokeShareLink } from "@/lib/db/share-links";
import { createShareLinkSchema, guestCommentSchema, revokeShareLinkSchema } from "@/lib/schemas/share-link";

export const createShareLinkAction = projectFormAction(
  { schema: createShareLinkSchema, role: "editor", keepValues: true, revalidate: (access) => `${projectPath(access)}/sharing` },
  async (access, { workspaceSlug: _w, projectId: _p, ...input }) => {
    const link = await createShareLink(access, input);
    // The secret goes back once, to be copied now; the form keeps the settings for the next link.
    return {
      message: "Share link created. Copy it now: it is shown only once.",
      result: { path: `/s/${link.token}`, expiresAt: link.expiresAt.toISOString() },
    };
  },
);

export const revokeShareLinkAction = projectAction({ schema: revokeShareLinkSchema, role: "owner" }, async (access, d) => {
  await revokeShareLink(access, d.shareLinkId);
});

/**
 * A comment from someone without an account, on the public page of a share link. The share
 * token is the credential (addGuestComment refuses unknown, expired and revoked links, and links
 * without comments), and counts the comment per visitor address and per link. Nothing is revalidated: the public page adds the comment itself, and a
 * re-render would count as another view.
 */
export const addGuestCommentAction = publicFormAction({ schema: guestCommentSchema }, async (_guest, { token, ...input }) => {
  const c = await addGuestComment(token, input, { address: await actionClientAddress() });
  return {
    message: "Thank you: your comment was sent to the team.",
    values: { key: c.key, guestName: c.guestName },
    result: { id: c.id, key: c.key, guestName: c.guestName, body: c.body, createdAt: c.createdAt.toISOString() },
  };
});
