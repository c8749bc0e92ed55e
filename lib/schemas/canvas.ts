import { z } from "zod";
import { safeJsonValue, safeString } from "./safe";
import { CANVAS_BLOCK_KEYS } from "@/lib/domain/canvas/blocks";
import { blockFieldsSchema, type CanvasFields } from "@/lib/domain/canvas/fields";

const projectRef = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };

export const MAX_BLOCK_CHARS = 60_000;

export const canvasBlockKeySchema = z.enum(CANVAS_BLOCK_KEYS, { error: "Unknown canvas block." });

export const saveCanvasBlockSchema = z
  .object({
    ...projectRef,
    key: canvasBlockKeySchema,
    /** The version the edit started from; the save is refused when the block has moved on. */
    baseVersion: z.number().int().min(0),
    text: safeString().max(MAX_BLOCK_CHARS, `Keep a block under ${MAX_BLOCK_CHARS.toLocaleString("en-GB")} characters.`),
    fields: z.record(safeString(), safeJsonValue()).default({}),
    message: safeString().trim().max(200, "Keep the note under 200 characters.").default(""),
  })
  .transform((input, ctx) => {
    const fields = blockFieldsSchema(input.key).safeParse(input.fields);
    if (!fields.success) {
      for (const issue of fields.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["fields", ...issue.path] });
      return z.NEVER;
    }
    return { ...input, text: input.text.replace(/\r\n/g, "\n"), fields: fields.data as CanvasFields };
  });
export type SaveCanvasBlockInput = z.infer<typeof saveCanvasBlockSchema>;

export const startCanvasSchema = z.discriminatedUnion("source", [
  z.object({ ...projectRef, source: z.literal("scoping"), solutionId: safeString().min(1).optional() }),
  z.object({
    ...projectRef,
    source: z.literal("template"),
    templateKey: z.enum(["sales-forecasting", "handwriting-recognition"], { error: "Choose an example." }),
  }),
]);
export type StartCanvasInput = z.infer<typeof startCanvasSchema>;

export const restoreRevisionSchema = z.object({ ...projectRef, revisionId: safeString().min(1) });

export const addCommentSchema = z.object({
  ...projectRef,
  key: canvasBlockKeySchema,
  parentId: safeString().min(1).optional(),
  body: safeString().trim().min(1, "Write a comment first.").max(4000, "Keep a comment under 4,000 characters."),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const resolveThreadSchema = z.object({ ...projectRef, commentId: safeString().min(1), resolved: z.boolean() });

/** Query of the history page: which block, which page, which revisions to compare or show. */
export const historyQuerySchema = z.object({
  block: canvasBlockKeySchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  from: safeString().min(1).max(64).optional().catch(undefined),
  to: safeString().min(1).max(64).optional().catch(undefined),
  rev: safeString().min(1).max(64).optional().catch(undefined),
});
