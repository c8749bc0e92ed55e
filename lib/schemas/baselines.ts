import { z } from "zod";
import { safeString } from "./safe";
import { formNumber } from "./scoping";
import { BASELINE_KINDS } from "@/lib/domain/enums";
import { isIsoDate } from "@/lib/domain/dates";
import { BASELINE_FEASIBILITY, BASELINE_FEASIBILITY_MESSAGE, isHttpUrl, MAX_MONEY, METRIC_VALUE_LIMIT } from "@/lib/domain/field-rules";

// The baseline form of a solution page (lib/actions/baselines.ts). The rules that need the metric (its range)
// or the project (the HLP study belongs to the solution) are checked again in lib/db/baselines.ts.

const ref = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };
const text = (max: number) =>
  safeString()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);
/** An optional id from a select: "" means none. */
const optionalId = safeString()
  .optional()
  .transform((v) => (v ? v : null));

export const baselineSchema = z
  .object({
    ...ref,
    solutionId: safeString().min(1),
    kind: z.enum(BASELINE_KINDS, { error: "Choose what kind of baseline this is." }),
    metricId: safeString({ error: "Choose the metric the baseline is measured in." }).min(
      1,
      "Choose the metric the baseline is measured in.",
    ),
    label: safeString({ error: "Name the baseline." }).trim().min(1, "Name the baseline.").max(140, "Use at most 140 characters."),
    /** Empty only for a human-level baseline with a study: the study's score is used. */
    value: formNumber({ min: -METRIC_VALUE_LIMIT, max: METRIC_VALUE_LIMIT }),
    source: text(300).default(""),
    citationUrl: safeString()
      .trim()
      .max(500, "Use at most 500 characters.")
      .optional()
      .transform((v) => (v ? v : null)),
    hlpStudyId: optionalId,
    measuredOn: safeString()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isIsoDate(v), "Enter the date as a real date (YYYY-MM-DD)."),
    note: text(2000).default(""),
    yearlyValue: formNumber({ max: MAX_MONEY }),
    costEstimate: formNumber({ max: MAX_MONEY }),
    feasibility: formNumber({ ...BASELINE_FEASIBILITY, integer: true }),
  })
  .superRefine((b, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (b.value === null && !(b.kind === "human_level" && b.hlpStudyId))
      issue(
        "value",
        b.kind === "human_level" ? "Enter the value, or link a human-level study to use its score." : "Enter the baseline's value.",
      );
    if (b.kind === "published_benchmark" && !b.citationUrl) issue("citationUrl", "A published benchmark needs its citation link.");
    if (b.citationUrl && !isHttpUrl(b.citationUrl)) issue("citationUrl", "Use a full http(s):// link.");
    if (b.kind !== "human_level" && b.hlpStudyId) issue("hlpStudyId", "Only a human-level baseline links a study.");
    if (b.kind !== "simple_rule")
      for (const k of ["yearlyValue", "costEstimate", "feasibility"] as const)
        if (b[k] !== null) issue(k, "Only a simple rule (non-ML) carries a value estimate.");
    if (b.feasibility !== null && (b.feasibility < BASELINE_FEASIBILITY.min || b.feasibility > BASELINE_FEASIBILITY.max))
      issue("feasibility", BASELINE_FEASIBILITY_MESSAGE);
  });
export type BaselineFormInput = z.infer<typeof baselineSchema>;

export const updateBaselineSchema = baselineSchema.and(z.object({ baselineId: safeString().min(1) }));
export const baselineRefSchema = z.object({ ...ref, baselineId: safeString().min(1) });
