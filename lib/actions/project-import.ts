"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireWorkspaceAccess } from "@/lib/auth/access";
import { importProject, ProjectImportError } from "@/lib/db/project-import";
import {
  describeJsonSyntaxError,
  IMPORT_ISSUES_SHOWN,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LABEL,
  type ImportFormState,
} from "@/lib/domain/export/upload";
import { errorFormState } from "@/lib/forms";

/** Reads an uploaded export file and creates a new project from it (editor or owner of the target workspace). */
export async function importProjectAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const workspaceSlug = String(formData.get("workspaceSlug") ?? "");
  const file = formData.get("file");
  let path: string;
  try {
    const access = await requireWorkspaceAccess(workspaceSlug, "editor");
    if (!(file instanceof File) || file.size === 0)
      return { status: "error", message: "Choose a JSON file exported from Scopebench.", fieldErrors: { file: ["Choose a file."] } };
    if (file.size > MAX_IMPORT_BYTES)
      return {
        status: "error",
        message: `The file is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_IMPORT_LABEL}.`,
        fieldErrors: { file: [`Choose a file of at most ${MAX_IMPORT_LABEL}.`] },
      };
    const text = (await file.text()).replace(/^\uFEFF/, "");
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (err) {
      return { status: "error", message: describeJsonSyntaxError(err, text) };
    }
    const result = await importProject(access, input);
    revalidatePath(`/w/${access.workspace.slug}`, "layout");
    path = `/w/${access.workspace.slug}/projects/${result.projectId}`;
    if (result.unmappedEmails.length > 0) {
      const n = result.unmappedEmails.length;
      return {
        status: "success",
        message: `Imported "${result.name}". ${n === 1 ? "1 person" : `${n} people`} in the file ${n === 1 ? "is" : "are"} not a member of this workspace, so ${n === 1 ? "their name was" : "their names were"} left empty (authors, owners, decision makers).`,
        result: { projectPath: path },
      };
    }
  } catch (err) {
    if (err instanceof ProjectImportError)
      return {
        status: "error",
        message: `${err.message} Nothing was imported.`,
        issues: err.issues.slice(0, IMPORT_ISSUES_SHOWN),
        issueCount: err.issues.length,
      };
    return errorFormState(err);
  }
  redirect(path);
}
