import { z } from "zod";
import { safeString } from "./safe";
import { canvasBlockKeySchema } from "./canvas";

const projectRef = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };

/** A share-link secret as generateToken("shr") makes it; anything else is not looked up at all. */
export const SHARE_TOKEN_PATTERN = /^shr_[A-Za-z0-9_-]{20,100}$/;
export const shareTokenSchema = safeString().regex(SHARE_TOKEN_PATTERN, "This link is not valid.");

/** A checked box posts "on"; an unchecked one posts nothing. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const createShareLinkSchema = z.object({
  ...projectRef,
  note: safeString().trim().max(200, "Keep the note under 200 characters.").default(""),
  expiresOn: safeString({ error: "Pick the day the link stops working." }).trim().min(1, "Pick the day the link stops working."),
  allowComments: checkbox.default(false),
  allowPdf: checkbox.default(false),
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const revokeShareLinkSchema = z.object({ ...projectRef, shareLinkId: safeString().min(1) });

export const guestCommentSchema = z.object({
  token: shareTokenSchema,
  key: canvasBlockKeySchema,
  guestName: safeString({ error: "Say who you are, e.g. “Maria, finance”." })
    .trim()
    .min(1, "Say who you are, e.g. “Maria, finance”.")
    .max(80, "Keep your name under 80 characters."),
  body: safeString({ error: "Write a comment first." })
    .trim()
    .min(1, "Write a comment first.")
    .max(4000, "Keep a comment under 4,000 characters."),
});
export type GuestCommentInput = z.infer<typeof guestCommentSchema>;
