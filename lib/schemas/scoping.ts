import { z } from "zod";
import { safeString } from "./safe";
import { TASK_TYPES, TASK_TYPE_LABEL } from "@/lib/domain/scoping/task-types";
import { AVAILABILITY, METRIC_KINDS } from "@/lib/domain/enums";
import {
  MAX_MONEY,
  MAX_RATE_PCT,
  MAX_UPLIFT_PCT,
  MAX_VOLUME,
  METRIC_VALUE_LIMIT,
  metricIssues,
  P95_BUDGET_MS,
  PRIORITY,
  PRIORITY_MESSAGE,
} from "@/lib/domain/field-rules";
import { checkPrecisionRecall, ratesFromPrecisionRecall, type PrecisionRecall, type ValueInput } from "@/lib/domain/scoping/value";

export const ERROR_INPUTS = ["precisionRecall", "rates"] as const;

export { TASK_TYPES, TASK_TYPE_LABEL, AVAILABILITY, METRIC_KINDS };

const ref = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };
const text = (max: number) =>
  safeString()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);
const title = safeString({ error: "Enter a title." }).trim().min(3, "Use at least 3 characters.").max(140, "Use at most 140 characters.");

/** A number typed in a form: "" (or missing) means not given; spaces, commas and underscores as thousands separators are allowed. */
export const formNumber = (opts: { min?: number; max: number; integer?: boolean }) =>
  safeString()
    .optional()
    .transform((raw, ctx): number | null => {
      const s = (raw ?? "").trim().replace(/[\s,_]/g, "");
      if (s === "") return null;
      const n = Number(s);
      const min = opts.min ?? 0;
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (!Number.isFinite(n)) return fail("Enter a number.");
      if (n < min) return fail(min === 0 ? "Cannot be negative." : `At least ${min.toLocaleString("en")}.`);
      if (n > opts.max) return fail(`Too large: at most ${opts.max.toLocaleString("en")}.`);
      if (opts.integer && !Number.isInteger(n)) return fail("Use a whole number.");
      return n;
    });

const percent = formNumber({ max: MAX_RATE_PCT });

export const AVAILABILITY_LABEL: Record<(typeof AVAILABILITY)[number], string> = {
  unknown: "Not assessed yet",
  available: "Available",
  partial: "Partly available",
  unavailable: "Not available",
};

export const problemSchema = z.object({
  ...ref,
  title,
  description: text(4000).default(""),
  businessMetric: text(200).default(""),
  stakeholder: text(120).default(""),
  priority: z.coerce.number({ error: "Choose a priority." }).int().min(PRIORITY.min, PRIORITY_MESSAGE).max(PRIORITY.max, PRIORITY_MESSAGE),
});
export const updateProblemSchema = problemSchema.extend({ problemId: safeString().min(1) });
export const problemRefSchema = z.object({ ...ref, problemId: safeString().min(1) });
export const moveProblemSchema = problemRefSchema.extend({ direction: z.enum(["up", "down"]) });

export const solutionSchema = z.object({
  ...ref,
  problemId: safeString().min(1, "Choose the business problem this solves."),
  title,
  approach: text(4000).default(""),
  taskType: z.enum(TASK_TYPES, { error: "Choose a prediction task type." }),
  dataType: z.enum(["structured", "unstructured"], { error: "Choose structured or unstructured data." }),
  systemState: z.enum(["new_system", "existing_system"], { error: "Choose new or existing system." }),
});
export const updateSolutionSchema = solutionSchema.omit({ problemId: true }).extend({ solutionId: safeString().min(1) });
export const solutionRefSchema = z.object({ ...ref, solutionId: safeString().min(1) });

export const decisionSchema = solutionRefSchema
  .extend({ status: z.enum(["proposed", "selected", "rejected"], { error: "Choose a status." }), rationale: text(2000).default("") })
  .superRefine((d, ctx) => {
    if (d.status !== "proposed" && d.rationale.length < 10) {
      ctx.addIssue({
        code: "custom",
        path: ["rationale"],
        message: `Say why this solution is ${d.status} (at least 10 characters): it goes into the decision log.`,
      });
    }
  });

const benchmarkSchema = z.object({
  title: text(200).min(1, "Give the benchmark a title."),
  url: z.url({ protocol: /^https?$/, error: "Use a full http(s):// link." }).max(500),
});

export const feasibilitySchema = solutionRefSchema.extend({
  dataAvailability: z.enum(AVAILABILITY),
  predictiveFeatures: z.enum(AVAILABILITY),
  hlpNote: text(2000).default(""),
  historyNote: text(2000).default(""),
  costEstimate: formNumber({ max: MAX_MONEY }),
  notes: text(4000).default(""),
  /** One benchmark per line: "Title | https://…" */
  benchmarks: safeString()
    .max(10_000)
    .default("")
    .transform((raw, ctx) => {
      const out: { title: string; url: string }[] = [];
      raw.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim()) return;
        const [t, u] = line.includes("|") ? line.split("|", 2) : ["", line];
        const parsed = benchmarkSchema.safeParse({ title: (t ?? "").trim() || (u ?? "").trim(), url: (u ?? "").trim() });
        if (!parsed.success)
          ctx.addIssue({
            code: "custom",
            message: `Line ${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid"} Write "Title | https://…".`,
          });
        else out.push(parsed.data);
      });
      if (out.length > 20) ctx.addIssue({ code: "custom", message: "List at most 20 benchmarks." });
      return out;
    }),
});
export type FeasibilityInput = z.infer<typeof feasibilitySchema>;

export const valueSchema = solutionRefSchema
  .extend({
    businessMetric: text(200).default(""),
    expectedUpliftPct: formNumber({ max: MAX_UPLIFT_PCT }),
    yearlyGain: formNumber({ max: MAX_MONEY }),
    yearlyWasteAvoided: formNumber({ max: MAX_MONEY }),
    yearlySystemCost: formNumber({ max: MAX_MONEY }),
    falsePositiveCost: formNumber({ max: MAX_MONEY }),
    falseNegativeCost: formNumber({ max: MAX_MONEY }),
    /** How the team states the errors: precision and recall (derived into rates), or the rates themselves. */
    errorInput: z.enum(ERROR_INPUTS).default("rates"),
    falsePositiveRatePct: percent,
    falseNegativeRatePct: percent,
    precisionPct: percent,
    recallPct: percent,
    positiveSharePct: percent,
    yearlyVolume: formNumber({ max: MAX_VOLUME, integer: true }),
  })
  .superRefine((d, ctx) => {
    if (d.errorInput !== "precisionRecall") return;
    // All three empty: no error estimate yet (wrong predictions cost nothing); some of them: the rest are missing.
    const given = { precision: d.precisionPct, recall: d.recallPct, positiveShare: d.positiveSharePct };
    if (Object.values(given).some((v) => v !== null))
      for (const [k, v] of Object.entries(given))
        if (v === null)
          ctx.addIssue({ code: "custom", path: [`${k}Pct`], message: "Enter a percentage, or state the error rates instead." });
    const pr = precisionRecallOf(d);
    if (!pr) return;
    for (const [k, message] of Object.entries(checkPrecisionRecall(pr))) ctx.addIssue({ code: "custom", path: [`${k}Pct`], message });
  });
export type ValueFormInput = z.infer<typeof valueSchema>;

export const ERROR_INPUT_LABEL: Record<(typeof ERROR_INPUTS)[number], string> = {
  precisionRecall: "Precision and recall",
  rates: "Error rates (% of all predictions)",
};

const fraction = (pct: number | null) => (pct === null ? 0 : pct / 100);

/** The precision/recall a value form states, as fractions; null in rates mode or while one is missing. */
export function precisionRecallOf(
  d: Pick<ValueFormInput, "errorInput" | "precisionPct" | "recallPct" | "positiveSharePct">,
): PrecisionRecall | null {
  if (d.errorInput !== "precisionRecall" || d.precisionPct === null || d.recallPct === null || d.positiveSharePct === null) return null;
  return { precision: d.precisionPct / 100, recall: d.recallPct / 100, positiveShare: d.positiveSharePct / 100 };
}

/** A checked value form as the calculator's input: empty amounts are 0, percentages become fractions, and in
 * precision/recall mode the error rates are derived (the server saves exactly what the browser previewed). */
export function valueWriteOf(
  d: ValueFormInput,
): ValueInput & { businessMetric: string; expectedUplift: number | null } & Partial<PrecisionRecall> {
  const pr = precisionRecallOf(d);
  const rates = pr
    ? ratesFromPrecisionRecall(pr)
    : { falsePositiveRate: fraction(d.falsePositiveRatePct), falseNegativeRate: fraction(d.falseNegativeRatePct) };
  return {
    businessMetric: d.businessMetric,
    expectedUplift: d.expectedUpliftPct === null ? null : d.expectedUpliftPct / 100,
    yearlyGain: d.yearlyGain ?? 0,
    yearlyWasteAvoided: d.yearlyWasteAvoided ?? 0,
    yearlySystemCost: d.yearlySystemCost ?? 0,
    falsePositiveCost: d.falsePositiveCost ?? 0,
    falseNegativeCost: d.falseNegativeCost ?? 0,
    ...rates,
    yearlyVolume: d.yearlyVolume ?? 0,
    ...(pr ?? {}),
  };
}

export const constraintsSchema = z
  .object({
    ...ref,
    dataVolume: text(200).default(""),
    classBalance: text(200).default(""),
    canCollectMore: z
      .enum(["", "yes", "no"])
      .default("")
      .transform((v) => (v === "" ? null : v === "yes")),
    collectionCost: formNumber({ max: MAX_MONEY }),
    hardware: text(300).default(""),
    deploymentTarget: z
      .enum(["", "cloud", "on_premise", "edge", "mobile"])
      .default("")
      .transform((v) => (v === "" ? null : v)),
    latencyMode: z
      .enum(["", "online", "batch"])
      .default("")
      .transform((v) => (v === "" ? null : v)),
    p95BudgetMs: formNumber({ ...P95_BUDGET_MS, integer: true }),
    batchDeadline: text(200).default(""),
    currency: safeString()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as EUR or USD."),
  })
  .superRefine((c, ctx) => {
    if (c.latencyMode === "online" && c.p95BudgetMs === null)
      ctx.addIssue({ code: "custom", path: ["p95BudgetMs"], message: "Online predictions need a p95 latency budget in milliseconds." });
    if (c.latencyMode === "batch" && !c.batchDeadline)
      ctx.addIssue({
        code: "custom",
        path: ["batchDeadline"],
        message: "Batch predictions need a deadline (e.g. “every night by 06:00”).",
      });
  });

export const METRIC_KIND_LABEL: Record<(typeof METRIC_KINDS)[number], string> = {
  offline: "Offline",
  online: "Online",
  business: "Business",
  non_functional: "Non-functional",
};

export const metricSchema = z
  .object({
    ...ref,
    name: safeString({ error: "Name the metric." }).trim().min(1, "Name the metric.").max(80, "Use at most 80 characters."),
    kind: z.enum(METRIC_KINDS, { error: "Choose the kind of metric." }),
    unit: text(30).default(""),
    direction: z.enum(["higher_is_better", "lower_is_better"], { error: "Choose whether higher or lower is better." }),
    target: formNumber({ min: -METRIC_VALUE_LIMIT, max: METRIC_VALUE_LIMIT }),
    alertThreshold: formNumber({ min: -METRIC_VALUE_LIMIT, max: METRIC_VALUE_LIMIT }),
    /** The lowest and highest possible values; empty = inferred from the name and unit (lib/domain/scoping/metric-range.ts). */
    rangeMin: formNumber({ min: -METRIC_VALUE_LIMIT, max: METRIC_VALUE_LIMIT }),
    rangeMax: formNumber({ min: -METRIC_VALUE_LIMIT, max: METRIC_VALUE_LIMIT }),
    description: text(500).default(""),
  })
  .superRefine((m, ctx) => {
    if (m.target === null) ctx.addIssue({ code: "custom", path: ["target"], message: "Set a target value." });
    for (const issue of metricIssues(m)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });
export const updateMetricSchema = metricSchema.and(z.object({ metricId: safeString().min(1) }));
export const metricRefSchema = z.object({ ...ref, metricId: safeString().min(1) });
