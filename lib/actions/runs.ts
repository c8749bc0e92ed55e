"use server";
import { projectAction } from "@/lib/actions/safe-action";
import { setRunStage } from "@/lib/db/run-lineage";
import { setRunStageSchema } from "@/lib/schemas/run-views";

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
