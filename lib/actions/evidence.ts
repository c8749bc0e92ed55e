"use server";
import { projectAction, projectFormAction } from "@/lib/actions/safe-action";
import { createHlpStudy, deleteHlpStudy, getHistorySeries, saveHistorySeries, type SeriesPoint } from "@/lib/db/evidence";
import { listMetrics } from "@/lib/db/metrics";
import { listRunMetricValues } from "@/lib/db/runs";
import { AppError } from "@/lib/errors";
import { formValues } from "@/lib/forms";
import { analyzeLabels } from "@/lib/domain/evidence/agreement";
import { describeProblem, parseCsv } from "@/lib/domain/evidence/csv";
import { proposeIdColumn, proposeTruthColumn, toLabelMatrix } from "@/lib/domain/evidence/labels";
import { parsePointLines, parsePointsCsv } from "@/lib/domain/evidence/points";
import { isoDate } from "@/lib/domain/dates";
import {
  hlpManualSchema,
  hlpStudyRefSchema,
  historySeriesSchema,
  labelsCsvSchema,
  solutionEvidenceRefSchema,
} from "@/lib/schemas/evidence";

/** The text of an uploaded file field, or null when no file was chosen. */
async function fileText(formData: FormData, name: string): Promise<string | null> {
  const f = formData.get(name);
  return f instanceof File && f.size > 0 ? f.text() : null;
}

/** A file or field that cannot be read: the message at the field, and said above the form too. */
function csvError(message: string, field: string): AppError {
  return new AppError("invalid_input", `Nothing was saved. ${message}`, { [field]: [message] });
}

export const saveManualHlpAction = projectFormAction({ schema: hlpManualSchema, role: "editor" }, async (access, d) => {
  await createHlpStudy(access, d.solutionId, {
    kind: "manual",
    metricName: d.metricName,
    score: d.scorePct! / 100,
    method: d.method,
    itemCount: d.itemCount,
    notes: d.notes,
  });
  return "Study recorded.";
});

/** Step 1 of a labels upload: read the file and hand back its header so the user can pick the ground-truth column. Saves nothing. */
export const previewLabelsCsvAction = projectFormAction(
  { schema: solutionEvidenceRefSchema, role: "editor", revalidate: false },
  async (_access, _d, formData) => {
    const typed = formData.get("csv");
    const csv = (await fileText(formData, "file")) ?? (typeof typed === "string" ? typed : "");
    if (!csv) throw csvError("Choose a CSV file.", "file");
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw csvError(describeProblem(parsed.problem), "file");
    const { header, rows } = parsed.table;
    const idColumn = proposeIdColumn(parsed.table);
    return {
      message: `Read ${rows.length} items and ${header.length} columns. Check which column is what before anything is computed.`,
      result: {
        csv,
        header: JSON.stringify(header),
        idColumn: idColumn ?? "",
        truthColumn: proposeTruthColumn(header, idColumn) ?? "",
      },
    };
  },
);

/** Step 2: parse again on the server, compute the statistics and save the study. */
export const saveLabelsStudyAction = projectFormAction({ schema: labelsCsvSchema, role: "editor" }, async (access, d) => {
  const table = parseCsv(d.csv);
  if (!table.ok) throw csvError(describeProblem(table.problem), "file");
  const matrix = toLabelMatrix(table.table, {
    truthColumn: d.truthColumn || null,
    idColumn: d.idColumn || null,
    labelerColumns: d.labelerColumns,
  });
  if (!matrix.ok) throw csvError(describeProblem(matrix.problem, table.table.header), d.labelerColumns ? "labelerColumns" : "truthColumn");
  const results = analyzeLabels(matrix.matrix);
  if (results.hlp.score == null) throw csvError(results.hlp.explanation, "truthColumn");
  await createHlpStudy(access, d.solutionId, {
    kind: "labels_csv",
    metricName: d.metricName,
    score: results.hlp.score,
    method: d.method,
    itemCount: results.itemCount,
    notes: d.notes,
    results: JSON.parse(JSON.stringify(results)),
  });
  return `Study saved: ${results.itemCount} items, ${results.labelers.length} labelers.`;
});

export const deleteHlpStudyAction = projectAction({ schema: hlpStudyRefSchema, role: "editor" }, (access, d) =>
  deleteHlpStudy(access, d.studyId),
);

export const saveHistoryAction = projectFormAction({ schema: historySeriesSchema, role: "editor" }, async (access, d, formData) => {
  const file = await fileText(formData, "file");
  const read = file != null ? parsePointsCsv(file, d.xAxis) : parsePointLines(d.points, d.xAxis);
  if (!read.ok) {
    const p = read.problem;
    const where = `${file != null ? "Row" : "Line"} ${p.row}${p.column == null ? "" : `, column ${p.column}`}`;
    throw csvError(`${where}: ${p.message}`, file != null ? "file" : "points");
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
    xAxis: d.xAxis,
    targetDate: d.xAxis === "date" ? d.targetDate : null,
    targetX: d.xAxis === "date" ? null : d.targetX,
  };
  const source = file != null ? "csv" : "manual";
  await saveHistorySeries(
    access,
    d.solutionId,
    fields,
    read.points.map((p) => ({ ...p, source })),
  );
  return {
    message: `Saved ${read.points.length} points.`,
    // The points as the server read them (a file's too), so the text area shows what is saved.
    values: { ...formValues(formData), points: read.points.map((p) => `${p.date ?? p.x}, ${p.value}`).join("\n") },
  };
});

/** Adds the offline values of the series' metric reported by succeeded pipeline runs (one per day: the day's last run). */
export const importRunPointsAction = projectAction({ schema: solutionEvidenceRefSchema, role: "editor" }, async (access, d) => {
  const series = await getHistorySeries(access, d.solutionId);
  if (!series || series.targetValue == null || !series.targetDate)
    throw new AppError("conflict", "Save the series (metric and target) first, then import run values.");
  if (series.xAxis !== "date")
    throw new AppError("conflict", "Run values are added by date: switch the series' x axis to Date to import them.");
  const runs = await listRunMetricValues(access, series.metricName);
  if (runs.length === 0) throw new AppError("not_found", `No succeeded pipeline run reported a metric named "${series.metricName}".`);
  const byDay = new Map<string, SeriesPoint>(
    series.points.flatMap((p) =>
      p.date
        ? [[isoDate(p.date), { date: isoDate(p.date), value: p.value, source: p.source as SeriesPoint["source"], runId: p.runId }] as const]
        : [],
    ),
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
    [...byDay.values()].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")),
  );
  return { imported: runs.length };
});
