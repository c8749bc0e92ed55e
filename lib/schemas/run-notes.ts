// Inputs of the run detail page's notes, tags and candidate mark, and of "Use as trend series" on
// the metric-across-runs page. The tag and notes rules are the API's (lib/schemas/ingest.ts).
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";
import { safeString } from "./safe";
import { runNotesSchema, runTagSchema } from "./ingest";

const runRef = {
  workspaceSlug: safeString().min(1),
  projectId: safeString().min(1),
  runId: safeString().min(1).max(200),
};

export const saveRunNotesSchema = z.object({ ...runRef, notes: runNotesSchema });

export const runTagInputSchema = z.object({ ...runRef, tag: runTagSchema });

export const setRunCandidateSchema = z.object({ ...runRef, candidate: z.boolean() });

export const useAsTrendSeriesSchema = z.object({
  workspaceSlug: safeString().min(1),
  projectId: safeString().min(1),
  metricId: safeString().min(1).max(200),
  solutionId: safeString().min(1, "Choose a solution.").max(200),
  targetDate: safeString().refine(isIsoDate, "Enter the date by which the target should be reached (YYYY-MM-DD)."),
});
