"use server";
import { projectAction, projectFormAction } from "@/lib/auth/project-action";
import type { FormState } from "@/lib/forms";
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
} from "@/lib/schemas/scoping";

const pct = (n: number | null) => (n === null ? 0 : n / 100);

export async function createProblemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(formData, problemSchema, "editor", async (access, { workspaceSlug: _w, projectId: _p, ...fields }) => {
    await createProblem(access, fields);
    return `Added "${fields.title}".`;
  });
}

export async function updateProblemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(
    formData,
    updateProblemSchema,
    "editor",
    async (access, { workspaceSlug: _w, projectId: _p, problemId, ...fields }) => {
      await updateProblem(access, problemId, fields);
    },
  );
}

export async function deleteProblemAction(input: { workspaceSlug: string; projectId: string; problemId: string }) {
  return projectAction(input, problemRefSchema, "editor", (access, d) => deleteProblem(access, d.problemId));
}

export async function moveProblemAction(input: { workspaceSlug: string; projectId: string; problemId: string; direction: "up" | "down" }) {
  return projectAction(input, moveProblemSchema, "editor", (access, d) => moveProblem(access, d.problemId, d.direction));
}

export async function createSolutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(
    formData,
    solutionSchema,
    "editor",
    async (access, { workspaceSlug: _w, projectId: _p, problemId, ...fields }) => {
      await createSolution(access, problemId, fields);
      return `Added solution "${fields.title}".`;
    },
  );
}

export async function updateSolutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(
    formData,
    updateSolutionSchema,
    "editor",
    async (access, { workspaceSlug: _w, projectId: _p, solutionId, ...fields }) => {
      await updateSolution(access, solutionId, fields);
    },
  );
}

export async function deleteSolutionAction(input: { workspaceSlug: string; projectId: string; solutionId: string }) {
  return projectAction(input, solutionRefSchema, "editor", (access, d) => deleteSolution(access, d.solutionId));
}

export async function decideSolutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(formData, decisionSchema, "editor", async (access, d) => {
    await decideSolution(access, d.solutionId, d.status, d.rationale);
    return d.status === "proposed" ? "Set back to proposed." : `Marked as ${d.status}; the decision log has your rationale.`;
  });
}

export async function saveFeasibilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(
    formData,
    feasibilitySchema,
    "editor",
    async (access, { workspaceSlug: _w, projectId: _p, solutionId, ...fields }) => {
      await saveFeasibility(access, solutionId, fields);
      return "Feasibility saved; the score below is up to date.";
    },
  );
}

export async function saveValueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(formData, valueSchema, "editor", async (access, d) => {
    await saveValue(access, d.solutionId, {
      businessMetric: d.businessMetric,
      expectedUplift: d.expectedUpliftPct === null ? null : d.expectedUpliftPct / 100,
      yearlyGain: d.yearlyGain ?? 0,
      yearlyWasteAvoided: d.yearlyWasteAvoided ?? 0,
      yearlySystemCost: d.yearlySystemCost ?? 0,
      falsePositiveCost: d.falsePositiveCost ?? 0,
      falseNegativeCost: d.falseNegativeCost ?? 0,
      falsePositiveRate: pct(d.falsePositiveRatePct),
      falseNegativeRate: pct(d.falseNegativeRatePct),
      yearlyVolume: d.yearlyVolume ?? 0,
    });
    return "Value saved; ROI recomputed.";
  });
}

export async function saveConstraintsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(
    formData,
    constraintsSchema,
    "editor",
    async (access, { workspaceSlug: _w, projectId: _p, currency, ...fields }) => {
      await saveConstraints(access, fields, currency);
      return "Constraints saved.";
    },
  );
}

export async function createMetricAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(formData, metricSchema, "editor", async (access, { workspaceSlug: _w, projectId: _p, ...fields }) => {
    await createMetric(access, fields);
    return `Added metric "${fields.name}".`;
  });
}

export async function updateMetricAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return projectFormAction(
    formData,
    updateMetricSchema,
    "editor",
    async (access, { workspaceSlug: _w, projectId: _p, metricId, ...fields }) => {
      await updateMetric(access, metricId, fields);
    },
  );
}

export async function deleteMetricAction(input: { workspaceSlug: string; projectId: string; metricId: string }) {
  return projectAction(input, metricRefSchema, "editor", (access, d) => deleteMetric(access, d.metricId));
}
