import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess, type WorkspaceAccess } from "./access";
import { audit, projectEventScope, type AuditAction } from "./audit";
import { AppError } from "@/lib/errors";
import { CANVAS_BLOCK_KEYS } from "@/lib/domain/canvas/blocks";
import { getTemplate } from "@/lib/domain/projects/templates";
import { draftFromTemplate } from "@/lib/domain/canvas/starters";
import type { CreateProjectInput, LifecycleStage } from "@/lib/schemas/project";

export async function listProjects(access: WorkspaceAccess, opts: { q?: string; archived?: boolean } = {}) {
  const where: Prisma.ProjectWhereInput = {
    workspaceId: access.workspace.id,
    archivedAt: opts.archived ? { not: null } : null,
    ...(opts.q
      ? { OR: [{ name: { contains: opts.q, mode: "insensitive" } }, { description: { contains: opts.q, mode: "insensitive" } }] }
      : {}),
  };
  return db.project.findMany({
    where,
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      description: true,
      stage: true,
      archivedAt: true,
      updatedAt: true,
      _count: { select: { problems: true } },
    },
  });
}

/** Creates a blank project, or one filled from an example template (problems, canvas text and the blocks' structured fields). */
export async function createProject(access: WorkspaceAccess, input: Omit<CreateProjectInput, "workspaceSlug">) {
  assertRole(access, "editor");
  const template = input.templateKey === "blank" ? undefined : getTemplate(input.templateKey);
  // The same draft "start from an example" fills the canvas with, so a template project's canvas is as complete.
  const draft = template ? draftFromTemplate(template) : {};
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: {
        workspaceId: access.workspace.id,
        name: input.name,
        description: input.description || template?.description || "",
        templateKey: template?.key ?? null,
        createdById: access.userId,
        problems: template ? { create: template.problems.map((p, i) => ({ ...p, position: i })) } : undefined,
        canvasBlocks: {
          create: CANVAS_BLOCK_KEYS.map((key) => ({
            key,
            text: draft[key]?.text ?? "",
            fields: (draft[key]?.fields ?? {}) as Prisma.InputJsonObject,
            updatedById: access.userId,
          })),
        },
      },
      select: { id: true, name: true },
    });
    await audit(tx, projectEventScope(access, project.id), {
      action: "project.create",
      targetType: "project",
      targetId: project.id,
      summary: template ? `Created project "${project.name}" from the template "${template.name}"` : `Created project "${project.name}"`,
    });
    return project;
  });
}

async function auditedProjectUpdate(access: ProjectAccess, data: Prisma.ProjectUpdateInput, action: AuditAction, summary: string) {
  await db.$transaction(async (tx) => {
    await tx.project.update({ where: { id: access.project.id }, data });
    await audit(tx, access, {
      action,
      targetType: "project",
      targetId: access.project.id,
      summary,
    });
  });
}

export async function updateProjectDetails(access: ProjectAccess, input: { name: string; description: string }) {
  assertRole(access, "editor");
  const renamed = input.name !== access.project.name;
  await auditedProjectUpdate(
    access,
    { name: input.name, description: input.description },
    "project.update",
    renamed ? `Renamed project "${access.project.name}" to "${input.name}"` : `Edited the description of "${input.name}"`,
  );
}

export async function setProjectStage(access: ProjectAccess, stage: LifecycleStage) {
  assertRole(access, "editor");
  await auditedProjectUpdate(access, { stage }, "project.stage", `Moved "${access.project.name}" from ${access.project.stage} to ${stage}`);
}

export async function setProjectArchived(access: ProjectAccess, archived: boolean) {
  assertRole(access, "editor");
  await auditedProjectUpdate(
    access,
    { archivedAt: archived ? new Date() : null },
    archived ? "project.archive" : "project.unarchive",
    `${archived ? "Archived" : "Restored"} "${access.project.name}"`,
  );
}

/** Deletes the project and everything in it. Owners only; the name must be typed to confirm. */
export async function deleteProject(access: ProjectAccess, confirmName: string) {
  assertRole(access, "owner");
  if (confirmName.trim() !== access.project.name) {
    throw new AppError("invalid_input", "Type the project's name exactly to confirm.", {
      confirmName: [`Type "${access.project.name}" to confirm.`],
    });
  }
  await db.$transaction(async (tx) => {
    await audit(tx, projectEventScope(access, null), {
      action: "project.delete",
      targetType: "project",
      targetId: access.project.id,
      summary: `Deleted project "${access.project.name}"`,
    });
    await tx.project.delete({ where: { id: access.project.id } });
  });
}
