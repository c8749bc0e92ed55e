// Cross-reference rules of a project export: every local key is unique in its list and every
// reference points at something in the same document. Each problem is reported at its own path.
import type { z } from "zod";
import { FIELDS_BY_BLOCK, type CanvasFieldName } from "@/lib/domain/canvas/fields";
import { findCycle, type Dependency } from "@/lib/domain/plan/cycles";
import { baselineIssues } from "@/lib/domain/field-rules";
import type { ExportedCanvasFields, ExportedProject } from "./format";

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Reports the second and later items whose key was already seen. */
function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  pathOf: (i: number) => Path,
  what: (item: T) => string,
  report: Report,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) report(pathOf(i), `Duplicate ${what(item)}: each must appear only once.`);
    seen.add(key);
  });
}

const runKey = (r: { source: string; externalId: string }) => JSON.stringify([r.source, r.externalId]);

function checkFields(
  blockKey: keyof typeof FIELDS_BY_BLOCK,
  fields: ExportedCanvasFields,
  path: Path,
  metricNames: ReadonlySet<string>,
  report: Report,
): void {
  const allowed = new Set<string>(FIELDS_BY_BLOCK[blockKey].map((f: CanvasFieldName) => (f === "metricIds" ? "metrics" : f)));
  for (const name of Object.keys(fields)) {
    if (!allowed.has(name)) report([...path, name], `The ${blockKey} block has no field "${name}".`);
  }
  fields.metrics?.forEach((m, i) => {
    if (!metricNames.has(m)) report([...path, "metrics", i], `No metric named "${m}" in "metrics".`);
  });
}

/** HLP study refs are unique in the document; a baseline's metric exists, its study is of the same solution, its values pass the form's rules. */
function checkBaselines(project: ExportedProject, report: Report): void {
  const metrics = new Map(project.metrics.map((m) => [m.name, m]));
  const studies = project.problems.flatMap((problem, p) =>
    problem.solutions.flatMap((solution, s) =>
      solution.hlpStudies.flatMap((h, i) =>
        h.ref === undefined ? [] : [{ ref: h.ref, path: ["problems", p, "solutions", s, "hlpStudies", i, "ref"] }],
      ),
    ),
  );
  checkUnique(
    studies,
    (x) => x.ref,
    (i) => studies[i]!.path,
    (x) => `HLP study ref "${x.ref}"`,
    report,
  );
  project.problems.forEach((problem, p) =>
    problem.solutions.forEach((solution, s) => {
      const own = new Set(solution.hlpStudies.flatMap((h) => (h.ref === undefined ? [] : [h.ref])));
      (solution.baselines ?? []).forEach((b, i) => {
        const path: Path = ["problems", p, "solutions", s, "baselines", i];
        const metric = metrics.get(b.metric);
        if (!metric) report([...path, "metric"], `No metric named "${b.metric}" in "metrics".`);
        else {
          const money = (v: string | null) => (v === null ? null : Number(v));
          const rules = { ...b, yearlyValue: money(b.yearlyValue), costEstimate: money(b.costEstimate) };
          for (const issue of baselineIssues(rules, metric)) report([...path, issue.path], issue.message);
        }
        if (b.hlpStudy !== null) {
          if (b.kind !== "human_level") report([...path, "hlpStudy"], "Only a human-level baseline links a study.");
          else if (!own.has(b.hlpStudy))
            report([...path, "hlpStudy"], `No HLP study with ref "${b.hlpStudy}" in this solution's "hlpStudies".`);
        }
      });
    }),
  );
}

function checkSolutions(project: ExportedProject, metricNames: ReadonlySet<string>, report: Report): void {
  checkBaselines(project, report);
  const runs = new Set(project.runs.map(runKey));
  project.problems.forEach((problem, p) =>
    problem.solutions.forEach((solution, s) =>
      solution.historySeries.forEach((series, h) => {
        const path: Path = ["problems", p, "solutions", s, "historySeries", h];
        if (series.metric !== null && !metricNames.has(series.metric))
          report([...path, "metric"], `No metric named "${series.metric}" in "metrics".`);
        checkUnique(
          series.points,
          (pt) => (series.xAxis === "date" ? (pt.date ?? "") : String(pt.x)),
          (i) => [...path, "points", i, series.xAxis === "date" ? "date" : "x"],
          (pt) => (series.xAxis === "date" ? `point date ${pt.date}` : `point x ${pt.x}`),
          report,
        );
        series.points.forEach((pt, i) => {
          if (pt.run && !runs.has(runKey(pt.run)))
            report([...path, "points", i, "run"], `No run with source "${pt.run.source}" and externalId "${pt.run.externalId}" in "runs".`);
        });
      }),
    ),
  );
}

function checkCanvas(canvas: ExportedProject["canvas"], metricNames: ReadonlySet<string>, report: Report): void {
  checkUnique(
    canvas.blocks,
    (b) => b.key,
    (i) => ["canvas", "blocks", i, "key"],
    (b) => `canvas block "${b.key}"`,
    report,
  );
  canvas.blocks.forEach((b, i) => checkFields(b.key, b.fields, ["canvas", "blocks", i, "fields"], metricNames, report));

  const versions = new Set(canvas.revisions.map((r) => `${r.blockKey}@${r.version}`));
  // The next save writes revision version + 1, so a block must not be behind its own history.
  const latest = new Map<string, number>();
  for (const r of canvas.revisions) latest.set(r.blockKey, Math.max(latest.get(r.blockKey) ?? 0, r.version));
  canvas.blocks.forEach((b, i) => {
    const last = latest.get(b.key);
    if (last !== undefined && b.version < last)
      report(
        ["canvas", "blocks", i, "version"],
        `The block is at version ${b.version} but its history has version ${last}; the block's version must be at least its latest revision.`,
      );
  });
  checkUnique(
    canvas.revisions,
    (r) => `${r.blockKey}@${r.version}`,
    (i) => ["canvas", "revisions", i, "version"],
    (r) => `revision ${r.version} of "${r.blockKey}"`,
    report,
  );
  canvas.revisions.forEach((r, i) => {
    checkFields(r.blockKey, r.fields, ["canvas", "revisions", i, "fields"], metricNames, report);
    const from = r.restoredFromVersion;
    if (from === null) return;
    if (from === r.version) report(["canvas", "revisions", i, "restoredFromVersion"], "A revision cannot be restored from itself.");
    else if (!versions.has(`${r.blockKey}@${from}`))
      report(["canvas", "revisions", i, "restoredFromVersion"], `No revision ${from} of "${r.blockKey}" in "canvas.revisions".`);
  });

  const comments = canvas.comments;
  checkUnique(
    comments,
    (c) => c.ref,
    (i) => ["canvas", "comments", i, "ref"],
    (c) => `comment ref "${c.ref}"`,
    report,
  );
  const byRef = new Map(comments.map((c) => [c.ref, c]));
  comments.forEach((c, i) => {
    if (c.parent === null) return;
    const parent = byRef.get(c.parent);
    const path: Path = ["canvas", "comments", i, "parent"];
    if (!parent) return report(path, `No comment with ref "${c.parent}".`);
    if (parent.blockKey !== c.blockKey)
      return report(path, `A reply must be on the same block as the comment it answers ("${parent.blockKey}").`);
    // Walk up the thread; coming back to this comment means the replies form a loop.
    let node: typeof parent | undefined = parent;
    for (let steps = 0; node && steps <= comments.length; steps++) {
      if (node.ref === c.ref) return report(path, "These replies form a loop: a thread must start with a comment that has no parent.");
      node = node.parent === null ? undefined : byRef.get(node.parent);
    }
  });
}

function checkMilestones(milestones: ExportedProject["milestones"], report: Report): void {
  checkUnique(
    milestones,
    (m) => m.ref,
    (i) => ["milestones", i, "ref"],
    (m) => `milestone ref "${m.ref}"`,
    report,
  );
  const byRef = new Map(milestones.map((m) => [m.ref, m]));
  const edges: Dependency[] = [];
  milestones.forEach((m, i) => {
    const seen = new Set<string>();
    m.dependsOn.forEach((dep, j) => {
      const path: Path = ["milestones", i, "dependsOn", j];
      if (!byRef.has(dep)) return report(path, `No milestone with ref "${dep}".`);
      if (seen.has(dep)) return report(path, `"${dep}" is listed twice.`);
      seen.add(dep);
      const edge = { milestoneId: m.ref, dependsOnId: dep };
      const loop = findCycle(edges, edge);
      if (loop) return report(path, `This dependency closes a loop: ${loop.map((r) => `"${byRef.get(r)?.title ?? r}"`).join(" → ")}.`);
      edges.push(edge);
    });
  });
}

/** superRefine body for the project object of an export document. */
export function checkReferences(project: ExportedProject, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: "custom", path, message });
  const metricNames = new Set(project.metrics.map((m) => m.name));
  checkUnique(
    project.metrics,
    (m) => m.name,
    (i) => ["metrics", i, "name"],
    (m) => `metric name "${m.name}"`,
    report,
  );
  checkSolutions(project, metricNames, report);
  checkCanvas(project.canvas, metricNames, report);
  checkMilestones(project.milestones, report);
  checkUnique(
    project.runs,
    runKey,
    (i) => ["runs", i, "externalId"],
    (r) => `run "${r.source}" / "${r.externalId}"`,
    report,
  );
  checkUnique(
    project.monitoringPoints,
    (p) => JSON.stringify([p.metric, p.segment, Date.parse(p.timestamp)]),
    (i) => ["monitoringPoints", i, "timestamp"],
    (p) => `monitoring point for "${p.metric}"${p.segment ? ` / "${p.segment}"` : ""} at ${p.timestamp}`,
    report,
  );
}
