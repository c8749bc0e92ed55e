"use server";
import { projectAction } from "@/lib/actions/safe-action";
import { restoreDeleted } from "@/lib/db/trash";
import { undoDeleteSchema } from "@/lib/schemas/undo";

/** Puts back what a delete removed (a solution with its assessments, a problem with its solutions…). Editors only. */
export const undoDeleteAction = projectAction({ schema: undoDeleteSchema, role: "editor" }, (access, d) =>
  restoreDeleted(access, d.undoId),
);
