"use server";
import { fail, redirectTo, workspaceFormAction, workspacePath } from "@/lib/actions/safe-action";
import { importProject, ProjectImportError } from "@/lib/db/project-import";
import { findDuplicateKeys } from "@/lib/domain/export/duplicate-keys";
import { describeJsonSyntaxError, IMPORT_ISSUES_SHOWN, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "@/lib/domain/export/upload";
import { jsonDepthExceeds, MAX_JSON_DEPTH } from "@/lib/domain/safe-input";
import { AppError } from "@/lib/errors";
import { importProjectSchema } from "@/lib/schemas/project";

/** Reads an uploaded export file and creates a new project from it (editor or owner of the target workspace). */
export const importProjectAction = workspaceFormAction({ schema: importProjectSchema, role: "editor" }, async (access, _d, formData) => {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("invalid_input", "Choose a JSON file exported from Scopebench.", { file: ["Choose a file."] });
  if (file.size > MAX_IMPORT_BYTES)
    throw new AppError("invalid_input", `The file is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_IMPORT_LABEL}.`, {
      file: [`Choose a file of at most ${MAX_IMPORT_LABEL}.`],
    });
  const text = (await file.text()).replace(/^\uFEFF/, "");
  // The input rule (lib/domain/safe-input.ts): too deep a nesting is refused before parsing; the rest
  // of it (NUL, control characters, lone surrogates, huge numbers) is checked by parseProjectExport.
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH))
    throw new AppError(
      "invalid_input",
      `The file nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep; it is not a Scopebench export.`,
      {
        file: ["Choose a JSON file exported from Scopebench."],
      },
    );
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    throw new AppError("invalid_input", describeJsonSyntaxError(err, text));
  }
  // JSON.parse keeps the last of two equal keys; a file that has any is refused, each one named.
  const duplicates = findDuplicateKeys(text);
  const result = duplicates.length
    ? new ProjectImportError(duplicates)
    : await importProject(access, input).catch((err: unknown) => {
        if (err instanceof ProjectImportError) return err;
        throw err;
      });
  if (result instanceof ProjectImportError)
    // Every problem with its JSON path, listed under the form (the first ones; the count says how many more).
    return fail(
      { code: result.code, message: `${result.message} Nothing was imported.` },
      { issues: result.issues.slice(0, IMPORT_ISSUES_SHOWN), issueCount: result.issues.length },
    );
  const projectPath = `${workspacePath(access)}/projects/${result.projectId}`;
  const n = result.unmappedEmails.length;
  if (n === 0) return redirectTo(projectPath);
  return {
    message: `Imported "${result.name}". ${n === 1 ? "1 person" : `${n} people`} in the file ${n === 1 ? "is" : "are"} not a member of this workspace, so ${n === 1 ? "their name was" : "their names were"} left empty (authors, owners, decision makers).`,
    result: { projectPath },
  };
});
