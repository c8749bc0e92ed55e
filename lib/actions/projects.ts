"use server";
import { projectAction, projectFormAction, redirectTo, workspaceFormAction, workspacePath } from "@/lib/actions/safe-action";
import type { WorkspaceAccess } from "@/lib/db/access";
import { createProject, deleteProject, setProjectArchived, setProjectStage, updateProjectDetails } from "@/lib/db/projects";
import { createWorkedExample } from "@/lib/db/worked-example";
import { archiveProjectSchema, createProjectSchema, deleteProjectSchema, setStageSchema, updateProjectSchema } from "@/lib/schemas/project";

// A project's name, stage and archived state show in the workspace's project list too: these
// revalidate the whole workspace.
const workspaceLayout = (access: WorkspaceAccess) => ({ layout: workspacePath(access) });

export const createProjectAction = workspaceFormAction(
  { schema: createProjectSchema, role: "editor", revalidate: false },
  async (access, d) => {
    const { templateKey, ...rest } = d;
    const project =
      templateKey === "worked-example" ? await createWorkedExample(access, rest) : await createProject(access, { ...rest, templateKey });
    return redirectTo(`${workspacePath(access)}/projects/${project.id}`);
  },
);

export const updateProjectAction = projectFormAction(
  { schema: updateProjectSchema, role: "editor", keepValues: true, revalidate: workspaceLayout },
  async (access, d) => {
    await updateProjectDetails(access, d);
    return "Saved.";
  },
);

export const setStageAction = projectAction({ schema: setStageSchema, role: "editor", revalidate: workspaceLayout }, async (access, d) => {
  await setProjectStage(access, d.stage);
});

export const archiveProjectAction = projectAction(
  { schema: archiveProjectSchema, role: "editor", revalidate: workspaceLayout },
  async (access, d) => {
    await setProjectArchived(access, d.archived);
  },
);

export const deleteProjectAction = projectFormAction(
  { schema: deleteProjectSchema, role: "owner", revalidate: workspaceLayout },
  async (access, d) => {
    await deleteProject(access, d.confirmName);
    return redirectTo(workspacePath(access));
  },
);
