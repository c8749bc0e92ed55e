import { z } from "zod";
import { safeString } from "./safe";

/** Undoing a delete: the project, and the token the delete handed back. */
export const undoDeleteSchema = z.object({
  workspaceSlug: safeString().min(1),
  projectId: safeString().min(1),
  undoId: safeString().min(1).max(64),
});
/** What a delete that can be undone returns: the token for undoDeleteAction and what to call the deleted thing. */
export type Undoable = { undoId: string; label: string };

export type UndoDeleteInput = z.infer<typeof undoDeleteSchema>;
