// The project report as one Markdown document (GitHub flavour): cover facts, the canvas block by
// block, scores and budgets as tables, and every chart as its data table plus the sentence that
// says what it shows. Canvas text is Markdown already and is kept as written, except what the app's
// own renderer would not draw either: raw HTML becomes literal text and unsafe links lose their URL
// (sanitizeMarkdown); and its headings move below the report's own without skipping a level, its
// emphasis written as `*…*` / `**…**` like the report's (styleUserMarkdown). Every other user text
// is escaped so it cannot break the document.
import { formatValue } from "@/lib/domain/evidence/summary";
import { styleUserMarkdown } from "./markdown-style";
import { sanitizeMarkdown } from "./safe-markdown";
import type { MustBeat } from "@/lib/domain/baselines/lines";
import type { LabelValue, ProjectReport, ReportBaseline, ReportFocusSolution, ReportTrend } from "./types";

/** Escapes characters Markdown would read as formatting in running text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/([`*_[\]<>|~])/g, "\\$1")
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/gm, "$1\\$2")
    .replace(/^(\s*)(=+|-{3,})\s*$/gm, "$1\\$2");
}

/** Text for one table cell: escaped, pipes escaped, line breaks as <br> (blank text is "—"). */
export function tableCell(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return "—";
  const s = String(text).trim();
  if (!s) return "—";
  return escapeMarkdown(s).replace(/\r?\n/g, "<br>");
}

/** A GFM table; `align` per column ("r" right-aligns numbers). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  align: readonly ("l" | "r")[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const rule = header.map((_, i) => (align[i] === "r" ? "---:" : "---"));
  return [line(header.map((h) => tableCell(h))), line(rule), ...rows.map((r) => line(header.map((_, i) => tableCell(r[i]))))].join("\n");
}

const escapeLinkUrl = (url: string) => url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function keyValueTable(rows: readonly LabelValue[]): string {
  return markdownTable(
    ["Item", "Value"],
    rows.map((r) => [r.label, r.value]),
  );
}

/** A link to an http(s) URL, else the text alone. */
const linkOrText = (text: string, url: string | null) =>
  url && /^https?:\/\//i.test(url) ? `[${escapeMarkdown(text || url)}](${escapeLinkUrl(url)})` : escapeMarkdown(text);

/** "**Must beat** on accuracy: Current system 0.74 (Keyword rules), Published benchmark 0.87 ([XLM-R](https://…))". */
function mustBeatMarkdown(lines: readonly MustBeat[]): string[] {
  return lines.map(
    (l) =>
      `**Must beat** on ${escapeMarkdown(l.metricName)}: ${l.items
        .map((i) => `${escapeMarkdown(i.kindLabel)} ${escapeMarkdown(i.valueText)} (${linkOrText(i.label, i.citationUrl)})`)
        .join(", ")}`,
  );
}

function baselinesMarkdown(baselines: readonly ReportBaseline[]): string[] {
  const out = ["#### Baselines", ""];
  if (!baselines.length) return [...out, "No baseline recorded.", ""];
  out.push("What the solution must beat:", "");
  out.push(
    markdownTable(
      ["Kind", "Metric", "Label", "Value", "Source", "Measured", "Note"],
      baselines.map((b) => [b.kindLabel, b.metricName, b.label, b.valueText, b.source, b.measuredOn, b.note]),
      ["l", "l", "l", "r", "l", "l", "l"],
    ),
    "",
  );
  const cited = baselines.filter((b) => b.citationUrl);
  if (cited.length) {
    out.push("Citations:", "");
    for (const b of cited) out.push(`- ${escapeMarkdown(b.label)}: ${linkOrText(b.source || b.citationUrl!, b.citationUrl)}`);
    out.push("");
  }
  return out;
}

function trendMarkdown(t: ReportTrend): string[] {
  const out: string[] = [];
  const unit = t.unit ? ` (${t.unit})` : "";
  out.push(`#### Project history: ${escapeMarkdown(t.metricName)}`, "");
  out.push(`**${escapeMarkdown(t.verdictLabel)}.** ${escapeMarkdown(t.sentence)}`, "");
  if (t.referenceSentence) out.push(escapeMarkdown(t.referenceSentence), "");
  const facts: LabelValue[] = [
    { label: "Direction", value: t.direction === "higher_is_better" ? "Higher is better" : "Lower is better" },
    { label: "Target", value: t.target ? `${formatValue(t.target.value, t.unit)} ${t.target.phrase}` : "No target set" },
    { label: "Observed results", value: String(t.points.length) },
  ];
  if (t.modelLabel) facts.push({ label: "Fitted model", value: t.modelLabel });
  if (t.plateau)
    facts.push({
      label: "Plateau (90 % interval)",
      value: `${formatValue(t.plateau.estimate, t.unit)} (${formatValue(t.plateau.low, t.unit)} to ${formatValue(t.plateau.high, t.unit)})`,
    });
  if (t.probability !== null) facts.push({ label: "Probability of reaching the target", value: `${Math.round(t.probability * 100)} %` });
  for (const b of t.baselines)
    facts.push({ label: `Baseline line: ${b.kindLabel}`, value: `${formatValue(b.value, t.unit)} (${b.label})` });
  out.push(keyValueTable(facts), "");
  if (t.points.length) {
    out.push("Observed results (the chart's points):", "");
    out.push(
      markdownTable(
        [t.xTitle, `${t.metricName}${unit}`],
        t.points.map((p) => [p.label, formatValue(p.value, "")]),
        ["l", "r"],
      ),
      "",
    );
  }
  if (t.curve.length) {
    // Every fourth sample of the fitted curve, plus the last one: enough to redraw it.
    const rows = t.curve.filter((_, i) => i % 4 === 0 || i === t.curve.length - 1);
    out.push("Fitted curve and 90 % band (the chart's line and shaded band; after the last result it is a forecast):", "");
    out.push(
      markdownTable(
        ["Date", "Fitted", "Band low", "Band high", "Part"],
        rows.map((c) => [
          new Date(c.time).toISOString().slice(0, 10),
          formatValue(c.fit, t.unit),
          formatValue(c.low, t.unit),
          formatValue(c.high, t.unit),
          t.lastObservedTime !== null && c.time > t.lastObservedTime ? "forecast" : "fit",
        ]),
        ["l", "r", "r", "r", "l"],
      ),
      "",
    );
  }
  return out;
}

function solutionMarkdown(s: ReportFocusSolution, n: number): string[] {
  const out: string[] = [];
  out.push(`### ${n}. ${escapeMarkdown(s.title)} (${escapeMarkdown(s.selectionLabel)})`, "");
  out.push(
    keyValueTable([
      { label: "Business problem", value: s.problem.title },
      { label: "Business metric", value: s.problem.businessMetric },
      { label: "Task type", value: s.taskTypeLabel },
      { label: "Data", value: s.dataTypeLabel },
      { label: "System", value: s.systemStateLabel },
    ]),
    "",
  );
  if (s.approach.trim()) out.push(`**Approach.** ${escapeMarkdown(s.approach.trim())}`, "");
  if (s.rationale.trim()) out.push(`**Decision rationale.** ${escapeMarkdown(s.rationale.trim())}`, "");

  out.push(`#### Feasibility: ${s.feasibility.score} / 5`, "");
  out.push(keyValueTable(s.feasibility.inputs), "");
  out.push("How the score was reached (it starts at 3):", "");
  for (const r of s.feasibility.reasons)
    out.push(`- ${r.effect > 0 ? `+${r.effect}` : r.effect < 0 ? `−${-r.effect}` : "±0"}: ${escapeMarkdown(r.text)}`);
  out.push("");
  if (s.feasibility.benchmarks.length) {
    out.push("Known benchmarks:", "");
    for (const b of s.feasibility.benchmarks)
      out.push(
        /^https?:\/\//i.test(b.url)
          ? `- [${escapeMarkdown(b.title || b.url)}](${escapeLinkUrl(b.url)})`
          : `- ${escapeMarkdown([b.title, b.url].filter(Boolean).join(" — "))}`,
      );
    out.push("");
  }
  if (s.feasibility.notes.trim()) out.push(`**Notes.** ${escapeMarkdown(s.feasibility.notes.trim())}`, "");

  if (s.value) {
    out.push(`#### Value: ${s.value.score} / 5 — net ${escapeMarkdown(s.value.roiLabel)} per year`, "");
    if (s.value.scoreReason) out.push(`${escapeMarkdown(s.value.scoreReason)}.`, "");
    const head: LabelValue[] = [];
    if (s.value.businessMetric) head.push({ label: "Business metric", value: s.value.businessMetric });
    if (s.value.expectedUplift) head.push({ label: "Expected uplift", value: s.value.expectedUplift });
    out.push(keyValueTable([...head, ...s.value.inputs]), "");
    out.push("ROI = value − cost of the ML system − cost of wrong predictions:", "");
    out.push(
      markdownTable(
        ["Line", "Amount per year"],
        s.value.calculation.map((c) => [c.label, c.value]),
        ["l", "r"],
      ),
      "",
    );
  } else if (s.valueIssues.length) {
    out.push("#### Value", "", `The value estimate cannot be used: ${escapeMarkdown(s.valueIssues.join(" "))}`, "");
  } else {
    out.push("#### Value", "", "No value estimate yet.", "");
  }

  out.push("#### Human-level performance", "");
  if (!s.hlpStudies.length) out.push("No study recorded.", "");
  for (const h of s.hlpStudies) {
    out.push(
      `- **${escapeMarkdown(h.metricName)}: ${(h.score * 100).toFixed(1)} %** — ${escapeMarkdown(h.methodLabel)}${h.itemCount != null ? `, ${plural(h.itemCount, "item")}` : ""}; ${escapeMarkdown(h.source.toLowerCase())}, ${h.date}.${h.notes.trim() ? ` ${escapeMarkdown(h.notes.trim())}` : ""}`,
    );
    if (h.labels) {
      out.push(
        `  ${escapeMarkdown(h.labels.explanation)} Fleiss' kappa: ${h.labels.fleissKappa == null ? "undefined" : h.labels.fleissKappa.toFixed(3)}.`,
      );
    }
  }
  if (s.hlpStudies.length) out.push("");
  for (const h of s.hlpStudies) {
    if (!h.labels) continue;
    if (h.labels.accuracy.length) {
      out.push(`Accuracy of each labeler (${escapeMarkdown(h.metricName)}):`, "");
      out.push(
        markdownTable(
          ["Labeler", "Items", "Correct", "Accuracy"],
          h.labels.accuracy.map((a) => [a.labeler, a.n, a.correct, a.accuracy == null ? "—" : `${(a.accuracy * 100).toFixed(1)} %`]),
          ["l", "r", "r", "r"],
        ),
        "",
      );
    }
    if (h.labels.pairs.length) {
      out.push(`Agreement between pairs of labelers (${escapeMarkdown(h.metricName)}):`, "");
      out.push(
        markdownTable(
          ["Pair", "Items", "Agreement", "Cohen's kappa"],
          h.labels.pairs.map((p) => [
            `${p.a} – ${p.b}`,
            p.n,
            `${(p.agreement * 100).toFixed(1)} %`,
            p.kappa == null ? "undefined" : p.kappa.toFixed(3),
          ]),
          ["l", "r", "r", "r"],
        ),
        "",
      );
    }
  }
  out.push(...baselinesMarkdown(s.baselines));
  if (s.trend) out.push(...trendMarkdown(s.trend));
  return out;
}

/** The whole report as Markdown. */
export function reportToMarkdown(r: ProjectReport): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(r.project.name)} — project report`, "");
  out.push(
    keyValueTable([
      { label: "Lifecycle stage", value: r.project.stageLabel },
      { label: "Generated", value: r.generatedDate },
      { label: "Version", value: r.version.label },
      { label: "Currency", value: r.project.currency },
    ]),
    "",
  );
  if (r.project.description.trim()) out.push(escapeMarkdown(r.project.description.trim()), "");

  out.push("## 1. Machine Learning Canvas", "", `Canvas completeness: ${r.canvas.completenessPercent} %.`, "");
  for (const b of r.canvas.blocks) {
    out.push(`### ${b.number}. ${escapeMarkdown(b.title)}`, "", `*${escapeMarkdown(b.question)}*`, "");
    if (b.fields.length) {
      for (const f of b.fields) out.push(`- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`);
      out.push("");
    }
    out.push(b.text.trim() ? styleUserMarkdown(sanitizeMarkdown(b.text.trim()), 3) : "*Nothing written yet.*", "");
    if (b.key === "offline_evaluation" && r.canvas.mustBeat.length) out.push(mustBeatMarkdown(r.canvas.mustBeat).join("\n\n"), "");
  }
  out.push(`*${escapeMarkdown(r.canvas.credit)}*`, "");

  out.push("## 2. Business problems", "");
  if (!r.problems.length) out.push("No business problems yet.", "");
  else
    out.push(
      markdownTable(
        ["#", "Problem", "Business metric", "Stakeholder", "Priority", "Solutions"],
        r.problems.map((p, i) => [i + 1, p.title, p.businessMetric, p.stakeholder, p.priority, p.solutionCount]),
        ["r", "l", "l", "l", "r", "r"],
      ),
      "",
    );

  out.push("## 3. Prioritization", "", escapeMarkdown(r.prioritization.summary), "");
  if (r.prioritization.solutions.length) {
    out.push("The value × feasibility chart as its data (scores 1–5; 3 or more counts as high):", "");
    out.push(
      markdownTable(
        ["Solution", "Problem", "Status", "Feasibility", "Value", "Net value / year", "Yearly cost", "Quadrant"],
        r.prioritization.solutions.map((s) => [
          s.title,
          s.problemTitle,
          s.statusLabel,
          s.feasibility,
          s.value ?? "not scored",
          s.roiLabel,
          s.yearlyCostLabel,
          s.quadrant,
        ]),
        ["l", "l", "l", "r", "r", "r", "r", "l"],
      ),
      "",
    );
  }

  out.push(
    `## 4. ${r.focus.basis === "top_ranked" ? "Top-ranked solution (not yet selected)" : "Selected solution"}`,
    "",
    escapeMarkdown(r.focus.note),
    "",
  );
  r.focus.solutions.forEach((s, i) => out.push(...solutionMarkdown(s, i + 1)));

  out.push("## 5. Milestones", "", escapeMarkdown(r.milestones.summary), "");
  if (r.milestones.items.length)
    out.push(
      markdownTable(
        ["Milestone", "Phase", "Owner (role)", "Start", "Due", "Status", "Waits for"],
        r.milestones.items.map((m) => [
          m.title,
          m.phaseLabel,
          m.ownerRoleLabel,
          m.startDate,
          m.dueDate,
          `${m.statusLabel}${m.isLate ? " (late)" : ""}`,
          m.dependsOn.join(", "),
        ]),
      ),
      "",
    );

  const b = r.budget;
  out.push("## 6. Budget", "", escapeMarkdown(b.summary), "");
  if (b.lineCount) {
    out.push(`By category (${escapeMarkdown(b.currency)}, ${plural(b.lineCount, "budget line")}):`, "");
    out.push(
      markdownTable(
        ["Category", "Planned", "Actual"],
        [...b.categories.map((c) => [c.label, c.planned, c.actual]), ["Total", b.total.planned, b.total.actual]],
        ["l", "r", "r"],
      ),
      "",
    );
    out.push("By month, with the burn chart's cumulative amounts (actuals count up to the last month that has one):", "");
    out.push(
      markdownTable(
        ["Month", "Planned", "Actual", "Cumulative planned", "Cumulative actual"],
        b.months.map((m) => [
          m.label,
          m.planned,
          m.actual,
          m.cumPlanned.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          m.cumActual === null ? "—" : m.cumActual.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        ]),
        ["l", "r", "r", "r", "r"],
      ),
      "",
    );
  }

  out.push("## 7. Payback", "");
  const p = r.payback;
  if (!p) out.push("No solution to compute a payback for.", "");
  else if (p.unavailable) out.push(escapeMarkdown(p.unavailable), "");
  else {
    out.push(escapeMarkdown(p.summary), "");
    out.push(
      keyValueTable([
        { label: "Solution", value: p.solutionTitle },
        { label: "Net value per year (ROI)", value: p.yearlyValue },
        { label: "Budget cost", value: p.totalCost },
        { label: "Value counts from", value: `${p.startMonthLabel}: ${p.startRule}` },
        {
          label: "Break-even",
          value: p.breakEven
            ? `${p.breakEven} (after ${plural(p.monthsOfUse ?? 0, "month")} of use)`
            : `Not within ${plural(p.horizonYears, "year")}`,
        },
        { label: `Net after ${plural(p.horizonYears, "year")}`, value: p.netAtHorizon },
      ]),
      "",
    );
    out.push(`The payback chart as its data (cumulative, ${escapeMarkdown(r.project.currency)}):`, "");
    const money = (v: number) => v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    out.push(
      markdownTable(
        ["Month", "Cumulative cost", "Cumulative value"],
        p.points.map((x) => [x.label, money(x.cumCost), money(x.cumValue)]),
        ["l", "r", "r"],
      ),
      "",
    );
  }

  out.push(
    "---",
    "",
    `*Generated by Scopebench on ${r.generatedDate} from ${escapeMarkdown(r.version.label.charAt(0).toLowerCase() + r.version.label.slice(1))}.*`,
    "",
  );
  return out.join("\n");
}
