"use server";
import { revalidatePath } from "next/cache";
import { requireProjectAccess } from "@/lib/auth/access";
import { projectAction } from "@/lib/auth/project-action";
import { createHlpStudy, deleteHlpStudy, getHistorySeries, saveHistorySeries, type SeriesPoint } from "@/lib/db/evidence";
import { listMetrics } from "@/lib/db/metrics";
import { listRunMetricValues } from "@/lib/db/runs";
import type { ProjectAccess } from "@/lib/db/access";
import { AppError } from "@/lib/errors";
import { errorFormState, formValues, zodFormError, type FormState } from "@/lib/forms";
import { analyzeLabels } from "@/lib/domain/evidence/agreement";
import { describeProblem, parseCsv } from "@/lib/domain/evidence/csv";
import { toLabelMatrix } from "@/lib/domain/evidence/labels";
import { parsePointLines, parsePointsCsv } from "@/lib/domain/evidence/points";
import {
  hlpManualSchema,
  hlpStudyRefSchema,
  historySeriesSchema,
  labelsCsvSchema,
  solutionEvidenceRefSchema,
} from "@/lib/schemas/evidence";

const revalidate = (access: ProjectAccess) => revalidatePath(`/w/${access.workspace.slug}/projects/${access.project.id}`, "layout");

/** The text of an uploaded file field, or null when no file was chosen. */
async function fileText(formData: FormData, name: string): Promise<string | null> {
  const f = formData.get(name);
  return f instanceof File && f.size > 0 ? f.text() : null;
}

function csvError(message: string, field: string, values: Record<string, string>): FormState {
  return { status: "error", message: `Nothing was saved. ${message}`, fieldErrors: { [field]: [message] }, values };
}

export async function saveManualHlpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = hlpManualSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  const d = parsed.data;
  try {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    await createHlpStudy(access, d.solutionId, {
      kind: "manual",
      metricName: d.metricName,
      score: d.scorePct! / 100,
      method: d.method,
      itemCount: d.itemCount,
      notes: d.notes,
    });
    revalidate(access);
    return { status: "success", message: "Study recorded." };
  } catch (err) {
    return errorFormState(err, values);
  }
}

/** Step 1 of a labels upload: read the file and hand back its header so the user can pick the ground-truth column. Saves nothing. */
export async function previewLabelsCsvAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = solutionEvidenceRefSchema.safeParse(values);
  if (!ref.success) return zodFormError(ref.error, values);
  try {
    await requireProjectAccess(ref.data.workspaceSlug, ref.data.projectId, "editor");
    const csv = (await fileText(formData, "file")) ?? values.csv ?? "";
    if (!csv) return csvError("Choose a CSV file.", "file", values);
    const parsed = parseCsv(csv);
    if (!parsed.ok) return csvError(describeProblem(parsed.problem), "file", values);
    const { header, rows } = parsed.table;
    return {
      status: "success",
      message: `Read ${rows.length} items and ${header.length} columns. Choose the ground-truth column, if any.`,
      result: { csv, header: JSON.stringify(header) },
    };
  } catch (err) {
    return errorFormState(err, values);
  }
}

/** Step 2: parse again on the server, compute the statistics and save the study. */
export async function saveLabelsStudyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = labelsCsvSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  const d = parsed.data;
  try {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    const table = parseCsv(d.csv);
    if (!table.ok) return csvError(describeProblem(table.problem), "file", values);
    const matrix = toLabelMatrix(table.table, { truthColumn: d.truthColumn || null, idColumn: d.idColumn || null });
    if (!matrix.ok) return csvError(describeProblem(matrix.problem, table.table.header), "truthColumn", values);
    const results = analyzeLabels(matrix.matrix);
    if (results.hlp.score == null) return csvError(results.hlp.explanation, "truthColumn", values);
    await createHlpStudy(access, d.solutionId, {
      kind: "labels_csv",
      metricName: d.metricName,
      score: results.hlp.score,
      method: d.method,
      itemCount: results.itemCount,
      notes: d.notes,
      results: JSON.parse(JSON.stringify(results)),
    });
    revalidate(access);
    return { status: "success", message: `Study saved: ${results.itemCount} items, ${results.labelers.length} labelers.` };
  } catch (err) {
    return errorFormState(err, values);
  }
}

export async function deleteHlpStudyAction(input: { workspaceSlug: string; projectId: string; solutionId: string; studyId: string }) {
  return projectAction(input, hlpStudyRefSchema, "editor", (access, d) => deleteHlpStudy(access, d.studyId));
}

export async function saveHistoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = historySeriesSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  const d = parsed.data;
  try {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    const file = await fileText(formData, "file");
    const read = file != null ? parsePointsCsv(file) : parsePointLines(d.points);
    if (!read.ok) {
      const p = read.problem;
      const where = `${file != null ? "Row" : "Line"} ${p.row}${p.column == null ? "" : `, column ${p.column}`}`;
      return csvError(`${where}: ${p.message}`, file != null ? "file" : "points", values);
    }
    const metric = d.metricId ? (await listMetrics(access)).find((m) => m.id === d.metricId) : null;
    if (d.metricId && !metric)
      throw new AppError("not_found", "That metric is not in this project's registry.", { metricId: ["Choose a metric of this project."] });
    const fields = {
      metricId: metric?.id ?? null,
      metricName: metric?.name ?? d.metricName,
      unit: metric ? metric.unit : d.unit,
      direction: metric?.direction ?? d.direction,
      targetValue: d.targetValue!,
      targetDate: d.targetDate,
    };
    const source = file != null ? "csv" : "manual";
    await saveHistorySeries(
      access,
      d.solutionId,
      fields,
      read.points.map((p) => ({ ...p, source })),
    );
    revalidate(access);
    return {
      status: "success",
      message: `Saved ${read.points.length} points.`,
      values: { ...values, points: read.points.map((p) => `${p.date}, ${p.value}`).join("\n") },
    };
  } catch (err) {
    return errorFormState(err, values);
  }
}

/** Adds the offline values of the series' metric reported by succeeded pipeline runs (one per day: the day's last run). */
export async function importRunPointsAction(input: { workspaceSlug: string; projectId: string; solutionId: string }) {
  return projectAction(input, solutionEvidenceRefSchema, "editor", async (access, d) => {
    const series = await getHistorySeries(access, d.solutionId);
    if (!series || series.targetValue == null || !series.targetDate)
      throw new AppError("conflict", "Save the series (metric and target) first, then import run values.");
    const runs = await listRunMetricValues(access, series.metricName);
    if (runs.length === 0) throw new AppError("not_found", `No succeeded pipeline run reported a metric named "${series.metricName}".`);
    const byDay = new Map<string, SeriesPoint>(
      series.points.map((p) => [
        p.date.toISOString().slice(0, 10),
        { date: p.date.toISOString().slice(0, 10), value: p.value, source: p.source as SeriesPoint["source"], runId: p.runId },
      ]),
    );
    for (const r of runs) {
      const date = r.at.toISOString().slice(0, 10);
      byDay.set(date, { date, value: r.value, source: "run", runId: r.runId });
    }
    const fields = {
      metricId: series.metricId,
      metricName: series.metricName,
      unit: series.unit,
      direction: series.direction,
      targetValue: series.targetValue,
      targetDate: series.targetDate.toISOString().slice(0, 10),
    };
    await saveHistorySeries(
      access,
      d.solutionId,
      fields,
      [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date)),
    );
    return { imported: runs.length };
  });
}
