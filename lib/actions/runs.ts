"use server";
import { projectAction } from "@/lib/actions/safe-action";
import { setRunStage } from "@/lib/db/run-lineage";
import { addRunTag, removeRunTag, saveRunNotes, setRunCandidate } from "@/lib/db/runs";
import { saveRunTrendSeries } from "@/lib/db/run-trend";
import { setRunStageSchema } from "@/lib/schemas/run-views";
import { runTagInputSchema, saveRunNotesSchema, setRunCandidateSchema, useAsTrendSeriesSchema } from "@/lib/schemas/run-notes";
import type { ProjectAccess } from "@/lib/db/access";

const runPage = (access: ProjectAccess, d: { runId: string }) =>
  `/w/${access.workspace.slug}/projects/${access.project.id}/runs/${d.runId}`;

// Correcting a run's stage also corrects its job's later runs (remembered on the job), so the
// runs list and the lineage page change with it.
export const setRunStageAction = projectAction(
  {
    schema: setRunStageSchema,
    role: "editor",
    revalidate: (access) => ({ layout: `/w/${access.workspace.slug}/projects/${access.project.id}` }),
  },
  async (access, d) => {
    await setRunStage(access, d.runId, d.stage);
  },
);

// Notes, tags and the candidate mark change the run's page (and the runs list shows tags).
export const saveRunNotesAction = projectAction({ schema: saveRunNotesSchema, role: "editor", revalidate: runPage }, async (access, d) => {
  await saveRunNotes(access, d.runId, d.notes);
});

export const addRunTagAction = projectAction({ schema: runTagInputSchema, role: "editor", revalidate: runPage }, (access, d) =>
  addRunTag(access, d.runId, d.tag),
);

export const removeRunTagAction = projectAction({ schema: runTagInputSchema, role: "editor", revalidate: runPage }, (access, d) =>
  removeRunTag(access, d.runId, d.tag),
);

export const setRunCandidateAction = projectAction(
  { schema: setRunCandidateSchema, role: "editor", revalidate: runPage },
  async (access, d) => {
    await setRunCandidate(access, d.runId, d.candidate);
  },
);

/** "Use as trend series": the metric's values across runs become the chosen solution's trend series (created or refreshed). */
export const runTrendSeriesAction = projectAction({ schema: useAsTrendSeriesSchema, role: "editor" }, (access, d) =>
  saveRunTrendSeries(access, d.metricId, d.solutionId, d.targetDate),
);
