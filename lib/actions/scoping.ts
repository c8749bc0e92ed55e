"use server";
import { projectAction, projectFormAction } from "@/lib/actions/safe-action";
import { createProblem, deleteProblem, moveProblem, updateProblem } from "@/lib/db/problems";
import { createSolution, decideSolution, deleteSolution, updateSolution } from "@/lib/db/solutions";
import { saveFeasibility, saveValue } from "@/lib/db/assessments";
import { createMetric, deleteMetric, saveConstraints, updateMetric } from "@/lib/db/metrics";
import {
  constraintsSchema,
  decisionSchema,
  feasibilitySchema,
  metricRefSchema,
  metricSchema,
  moveProblemSchema,
  problemRefSchema,
  problemSchema,
  solutionRefSchema,
  solutionSchema,
  updateMetricSchema,
  updateProblemSchema,
  updateSolutionSchema,
  valueSchema,
  valueWriteOf,
} from "@/lib/schemas/scoping";

export const createProblemAction = projectFormAction(
  { schema: problemSchema, role: "editor" },
  async (access, { workspaceSlug: _w, projectId: _p, ...fields }) => {
    const { id } = await createProblem(access, fields);
    return { message: `Added "${fields.title}".`, result: { createdId: id } };
  },
);

export const updateProblemAction = projectFormAction(
  { schema: updateProblemSchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, problemId, ...fields }) => {
    await updateProblem(access, problemId, fields);
  },
);

export const deleteProblemAction = projectAction({ schema: problemRefSchema, role: "editor" }, (access, d) =>
  deleteProblem(access, d.problemId),
);

export const moveProblemAction = projectAction({ schema: moveProblemSchema, role: "editor" }, (access, d) =>
  moveProblem(access, d.problemId, d.direction),
);

export const createSolutionAction = projectFormAction(
  { schema: solutionSchema, role: "editor" },
  async (access, { workspaceSlug: _w, projectId: _p, problemId, ...fields }) => {
    const { id } = await createSolution(access, problemId, fields);
    return { message: `Added solution "${fields.title}".`, result: { createdId: id } };
  },
);

export const updateSolutionAction = projectFormAction(
  { schema: updateSolutionSchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, solutionId, ...fields }) => {
    await updateSolution(access, solutionId, fields);
  },
);

export const deleteSolutionAction = projectAction({ schema: solutionRefSchema, role: "editor" }, (access, d) =>
  deleteSolution(access, d.solutionId),
);

export const decideSolutionAction = projectFormAction({ schema: decisionSchema, role: "editor", keepValues: true }, async (access, d) => {
  await decideSolution(access, d.solutionId, d.status, d.rationale);
  return d.status === "proposed" ? "Set back to proposed." : `Marked as ${d.status}; the decision log has your rationale.`;
});

export const saveFeasibilityAction = projectFormAction(
  { schema: feasibilitySchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, solutionId, ...fields }) => {
    await saveFeasibility(access, solutionId, fields);
    return "Feasibility saved; the score below is up to date.";
  },
);

export const saveValueAction = projectFormAction({ schema: valueSchema, role: "editor", keepValues: true }, async (access, d) => {
  await saveValue(access, d.solutionId, valueWriteOf(d));
  return "Value saved; ROI recomputed.";
});

export const saveConstraintsAction = projectFormAction(
  { schema: constraintsSchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, currency, ...fields }) => {
    await saveConstraints(access, fields, currency);
    return "Constraints saved.";
  },
);

export const createMetricAction = projectFormAction(
  { schema: metricSchema, role: "editor" },
  async (access, { workspaceSlug: _w, projectId: _p, ...fields }) => {
    const { id } = await createMetric(access, fields);
    return { message: `Added metric "${fields.name}".`, result: { createdId: id } };
  },
);

export const updateMetricAction = projectFormAction(
  { schema: updateMetricSchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, metricId, ...fields }) => {
    await updateMetric(access, metricId, fields);
  },
);

export const deleteMetricAction = projectAction({ schema: metricRefSchema, role: "editor" }, (access, d) =>
  deleteMetric(access, d.metricId),
);
