"use server";
import { revalidatePath } from "next/cache";
import { requireProjectAccess } from "@/lib/auth/access";
import { saveCanvasBlock, type CanvasBlockData } from "@/lib/db/canvas";
import { startCanvas } from "@/lib/db/canvas-start";
import { restoreCanvasRevision } from "@/lib/db/canvas-history";
import { addCanvasComment, setCanvasThreadResolved } from "@/lib/db/canvas-comments";
import {
  addCommentSchema,
  resolveThreadSchema,
  restoreRevisionSchema,
  saveCanvasBlockSchema,
  startCanvasSchema,
} from "@/lib/schemas/canvas";
import { ok, toActionError, type ActionError, type ActionResult } from "@/lib/errors";
import type { ZodError } from "zod";

/** A refused save (code "conflict", HTTP 409) carries what is stored now, so both texts can be shown. */
export type SaveCanvasBlockResult = { ok: true; data: CanvasBlockData } | { ok: false; error: ActionError; current?: CanvasBlockData };

function invalid(error: ZodError): { ok: false; error: ActionError } {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
  return { ok: false, error: { code: "invalid_input", message: error.issues[0]?.message ?? "Check the highlighted fields.", fieldErrors } };
}

const canvasPath = (slug: string, projectId: string) => `/w/${slug}/projects/${projectId}/canvas`;

export async function saveCanvasBlockAction(input: unknown): Promise<SaveCanvasBlockResult> {
  const parsed = saveCanvasBlockSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { workspaceSlug, projectId, ...save } = parsed.data;
    const access = await requireProjectAccess(workspaceSlug, projectId, "editor");
    const outcome = await saveCanvasBlock(access, save);
    if (outcome.status === "saved") return ok(outcome.block);
    return {
      ok: false,
      error: {
        code: "conflict",
        message: "Someone else saved this block while you were editing. Your text is kept: compare both and save the merge.",
      },
      current: outcome.current,
    };
  } catch (err) {
    return toActionError(err);
  }
}

export async function startCanvasAction(input: unknown): Promise<ActionResult<{ filled: number }>> {
  const parsed = startCanvasSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "editor");
    const result = await startCanvas(access, parsed.data);
    revalidatePath(canvasPath(access.workspace.slug, access.project.id));
    return ok(result);
  } catch (err) {
    return toActionError(err);
  }
}

export async function restoreCanvasRevisionAction(
  input: unknown,
): Promise<ActionResult<{ key: string; version: number; restoredVersion: number }>> {
  const parsed = restoreRevisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "editor");
    const result = await restoreCanvasRevision(access, parsed.data.revisionId);
    revalidatePath(canvasPath(access.workspace.slug, access.project.id), "layout");
    return ok(result);
  } catch (err) {
    return toActionError(err);
  }
}

export async function addCanvasCommentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = addCommentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { workspaceSlug, projectId, ...comment } = parsed.data;
    const access = await requireProjectAccess(workspaceSlug, projectId, "viewer");
    return ok(await addCanvasComment(access, comment));
  } catch (err) {
    return toActionError(err);
  }
}

export async function resolveCanvasThreadAction(input: unknown): Promise<ActionResult> {
  const parsed = resolveThreadSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "editor");
    await setCanvasThreadResolved(access, parsed.data.commentId, parsed.data.resolved);
    return ok(undefined);
  } catch (err) {
    return toActionError(err);
  }
}
