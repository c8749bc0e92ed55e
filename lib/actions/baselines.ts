"use server";
import { projectAction, projectFormAction } from "@/lib/actions/safe-action";
import { createBaseline, deleteBaseline, updateBaseline } from "@/lib/db/baselines";
import { baselineRefSchema, baselineSchema, updateBaselineSchema } from "@/lib/schemas/baselines";

export const createBaselineAction = projectFormAction(
  { schema: baselineSchema, role: "editor" },
  async (access, { workspaceSlug: _w, projectId: _p, solutionId, ...fields }) => {
    const { id } = await createBaseline(access, solutionId, fields);
    return { message: `Recorded the baseline "${fields.label}".`, result: { createdId: id } };
  },
);

export const updateBaselineAction = projectFormAction(
  { schema: updateBaselineSchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, solutionId: _s, baselineId, ...fields }) => {
    await updateBaseline(access, baselineId, fields);
  },
);

export const deleteBaselineAction = projectAction({ schema: baselineRefSchema, role: "editor" }, (access, d) =>
  deleteBaseline(access, d.baselineId),
);
