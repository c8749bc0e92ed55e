import { z } from "zod";
import { safeString } from "./safe";
import { HLP_METHODS, HLP_METHOD_LABEL } from "@/lib/domain/evidence/hlp-methods";
import { HLP_ITEM_COUNT, HLP_SCORE_PCT } from "@/lib/domain/field-rules";

const solutionRef = { workspaceSlug: safeString().min(1), projectId: safeString().min(1), solutionId: safeString().min(1) };
const text = (max: number) =>
  safeString()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);
const metricName = safeString({ error: "Name the metric." }).trim().min(1, "Name the metric.").max(100, "Use at most 100 characters.");

/** A count typed in a form (a training-set size, a step): thousands separators (, _ ' and spaces) are ignored. */
const formCount = safeString()
  .optional()
  .transform((raw, ctx): number | null => {
    const s = (raw ?? "").trim().replace(/[\s,_']/g, "");
    if (s === "") return null;
    const n = Number(s);
    if (!Number.isFinite(n) || n <= 0) {
      ctx.addIssue({ code: "custom", message: "Enter a positive number, like 100000." });
      return z.NEVER;
    }
    return n;
  });

/** A number typed in a form ("" or missing is null); a comma as decimal separator is accepted. */
const formNumber = (opts: { min: number; max: number; integer?: boolean; required?: string }) =>
  safeString()
    .optional()
    .transform((raw, ctx): number | null => {
      const s = (raw ?? "").trim().replace(/\s/g, "").replace(",", ".");
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (s === "") return opts.required ? fail(opts.required) : null;
      const n = Number(s);
      if (!Number.isFinite(n)) return fail("Enter a number.");
      if (n < opts.min) return fail(`At least ${opts.min.toLocaleString("en")}.`);
      if (n > opts.max) return fail(`At most ${opts.max.toLocaleString("en")}.`);
      if (opts.integer && !Number.isInteger(n)) return fail("Use a whole number.");
      return n;
    });

export { HLP_METHODS, HLP_METHOD_LABEL };

export const hlpManualSchema = z.object({
  ...solutionRef,
  metricName,
  scorePct: formNumber({ ...HLP_SCORE_PCT, required: "Enter the human score in %." }),
  method: z.enum(HLP_METHODS, { error: "Choose how the score was obtained." }),
  itemCount: formNumber({ ...HLP_ITEM_COUNT, integer: true }),
  notes: text(2000).default(""),
});

export const MAX_CSV_CHARS = 20_000_000;
export const labelsCsvSchema = z.object({
  ...solutionRef,
  csv: safeString().min(1, "Choose a CSV file.").max(MAX_CSV_CHARS, "The file is too large."),
  truthColumn: text(200).default(""),
  idColumn: text(200).default(""),
  /** The checked labeler columns as a JSON array of names; missing = every column but the id and the truth. */
  labelerColumns: safeString()
    .max(100_000)
    .optional()
    .transform((raw, ctx): string[] | null => {
      if (raw == null || raw === "") return null;
      try {
        const v: unknown = JSON.parse(raw);
        if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: "custom", message: "Choose the labeler columns again." });
      return z.NEVER;
    }),
  metricName: metricName.default("accuracy"),
  method: z.enum(HLP_METHODS).default("crowd"),
  notes: text(2000).default(""),
});

export const hlpStudyRefSchema = z.object({ ...solutionRef, studyId: safeString().min(1) });
export const solutionEvidenceRefSchema = z.object(solutionRef);

export const historySeriesSchema = z
  .object({
    ...solutionRef,
    metricId: safeString().trim().default(""),
    // Optional when a registry metric is chosen (its name is used); checked below.
    metricName: text(100).default(""),
    unit: text(20).default(""),
    direction: z.enum(["higher_is_better", "lower_is_better"], { error: "Choose a direction." }),
    targetValue: formNumber({ min: -1e12, max: 1e12, required: "Enter the target value." }),
    xAxis: z.enum(["date", "examples", "steps"], { error: "Choose what the x axis measures." }).default("date"),
    // One of the two, by the x axis: checked below.
    targetDate: safeString().trim().default(""),
    targetX: formCount,
    points: safeString().max(2_000_000, "Too many points.").default(""),
  })
  .superRefine((d, ctx) => {
    if (d.xAxis === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(d.targetDate))
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "Enter the target date." });
    if (d.xAxis !== "date" && d.targetX == null)
      ctx.addIssue({
        code: "custom",
        path: ["targetX"],
        message: d.xAxis === "examples" ? "Enter the training-set size the target is for." : "Enter the training step the target is for.",
      });
    if (!d.metricId && !d.metricName)
      ctx.addIssue({ code: "custom", path: ["metricName"], message: "Name the metric, or choose one from the registry." });
  });
