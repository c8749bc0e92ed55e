"use server";
import { fail, projectAction, projectPath } from "@/lib/actions/safe-action";
import { saveCanvasBlock } from "@/lib/db/canvas";
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
// Saves, comments and resolutions revalidate nothing: the editor and the threads update in place
// (and refresh the page themselves where needed), so a save never re-renders the board under the typist.

/** A refused save (code "conflict", HTTP 409) carries the block as stored now (`current`), so both texts can be shown. */
export const saveCanvasBlockAction = projectAction(
  { schema: saveCanvasBlockSchema, role: "editor", revalidate: false },
  async (access, { workspaceSlug: _w, projectId: _p, ...save }) => {
    const outcome = await saveCanvasBlock(access, save);
    if (outcome.status === "saved") return outcome.block;
    return fail(
      {
        code: "conflict",
        message: "Someone else saved this block while you were editing. Your text is kept: compare both and save the merge.",
      },
      { current: outcome.current },
    );
  },
);

export const startCanvasAction = projectAction(
  { schema: startCanvasSchema, role: "editor", revalidate: (access) => `${projectPath(access)}/canvas` },
  (access, d) => startCanvas(access, d),
);

export const restoreCanvasRevisionAction = projectAction(
  { schema: restoreRevisionSchema, role: "editor", revalidate: (access) => ({ layout: `${projectPath(access)}/canvas` }) },
  (access, d) => restoreCanvasRevision(access, d.revisionId),
);

export const addCanvasCommentAction = projectAction(
  { schema: addCommentSchema, role: "viewer", revalidate: false },
  (access, { workspaceSlug: _w, projectId: _p, ...comment }) => addCanvasComment(access, comment),
);

export const resolveCanvasThreadAction = projectAction({ schema: resolveThreadSchema, role: "editor", revalidate: false }, (access, d) =>
  setCanvasThreadResolved(access, d.commentId, d.resolved),
);
