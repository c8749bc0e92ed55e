// The PDF and Markdown reports against a real database: a template project and a project with
// every part filled (selected solution with feasibility and value, an HLP study, a history series
// with a target, milestones, budget, canvas Markdown with Greek and Chinese). PDFs are rendered in
// A4 and US Letter and read back with pdf.js (tests/support/pdf.ts): page count, landscape canvas
// page, paper sizes, embedded fonts, non-Latin text, no raw Markdown markers.
// The download routes are called as Next would call them; only the session lookup is stubbed.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { GET as getPdf } from "@/app/(app)/w/[workspaceSlug]/projects/[projectId]/report/pdf/route";
import { GET as getMarkdown } from "@/app/(app)/w/[workspaceSlug]/projects/[projectId]/report/markdown/route";
import { resolveProjectAccess, type ProjectAccess } from "@/lib/db/access";
import { saveFeasibility, saveValue } from "@/lib/db/assessments";
import { createBudgetLine } from "@/lib/db/budget";
import { saveCanvasBlock } from "@/lib/db/canvas";
import { createHlpStudy, saveHistorySeries } from "@/lib/db/evidence";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { createMetric } from "@/lib/db/metrics";
import { addDependency, createMilestone } from "@/lib/db/milestones";
import { createProblem } from "@/lib/db/problems";
import { createProject } from "@/lib/db/projects";
import { loadReportSources, loadSharedReportSources } from "@/lib/db/report";
import { createShareLink, findSharedProject } from "@/lib/db/share-links";
import { createSolution, decideSolution } from "@/lib/db/solutions";
import { addDays, isoDate } from "@/lib/domain/dates";
import { buildProjectReport } from "@/lib/domain/report/build-report";
import { planCanvasPage } from "@/lib/domain/report/canvas-page";
import { reportToMarkdown } from "@/lib/domain/report/markdown";
import type { ProjectReport } from "@/lib/domain/report/types";
import { pdfPoolStats, reportCacheKey } from "@/lib/compute/pdf-pool";
import { getTextMeasurer } from "@/lib/reports/pdf/fonts";
import { renderProjectReportPdf } from "@/lib/reports/pdf/render";
import { makeUser, projectAccessFor } from "../support/factories";
import { inspectPdf, type PdfInspection } from "../support/pdf";

const NOW = new Date("2026-03-01T12:00:00Z");

/** The report as the download routes build it, dated NOW. */
const loadReport = async (access: ProjectAccess) => buildProjectReport(await loadReportSources(access), NOW);

let owner: Awaited<ReturnType<typeof makeUser>>;
let stranger: Awaited<ReturnType<typeof makeUser>>;
let viewerId: string;
let templateAccess: ProjectAccess;
let richAccess: ProjectAccess;

function checkCommon(pdf: PdfInspection, paper: "a4" | "letter") {
  expect(pdf.pageCount).toBeGreaterThanOrEqual(4);
  expect(pdf.pages).toHaveLength(pdf.pageCount);
  const portrait = paper === "a4" ? { width: 595.28, height: 841.89 } : { width: 612, height: 792 };
  // Page 1 (cover) is portrait; page 2 (canvas) is the same paper turned to landscape; the rest are portrait.
  const [cover, canvas, ...rest] = pdf.pages;
  expect(cover!.width).toBeCloseTo(portrait.width, 1);
  expect(cover!.height).toBeCloseTo(portrait.height, 1);
  expect(cover!.orientation).toBe("portrait");
  expect(canvas!.width).toBeCloseTo(portrait.height, 1);
  expect(canvas!.height).toBeCloseTo(portrait.width, 1);
  expect(canvas!.orientation).toBe("landscape");
  for (const page of rest) expect(page.orientation).toBe("portrait");
  // Every font is embedded, and the text font is Noto Sans.
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const f of pdf.fonts) expect(f, f.name).toMatchObject({ embedded: true });
  expect(pdf.fonts.some((f) => /\+NotoSans-Regular$/.test(f.name))).toBe(true);
  expect(pdf.fonts.some((f) => /\+NotoSans-Bold$/.test(f.name))).toBe(true);
  // Cover: project, date, version; footers number the pages.
  // The cover's label is letter-spaced, which pdf.js reads as "P R O J E C T R E P O R T".
  expect(pdf.pages[0]!.text.replace(/\s+/g, "")).toContain("PROJECTREPORT");
  expect(pdf.text).toContain("2026-03-01");
  expect(pdf.text).toMatch(/Canvas revision \d+/);
  expect(pdf.text).toContain(`Page 1 of ${pdf.pageCount}`);
  expect(pdf.text).toContain(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
  // The canvas page never prints below 7 pt: what does not fit goes to the appendix.
  expect(canvas!.items.length).toBeGreaterThan(20);
  expect(Math.min(...canvas!.items.map((i) => i.fontSize))).toBeGreaterThanOrEqual(7 - 0.01);
  // Bookmarks for every part, and a contents list with page numbers that link to the parts.
  expect(pdf.outline.map((o) => o.title)).toEqual(
    expect.arrayContaining(["Cover", "Machine Learning Canvas", "Feasibility and value", "Plan"]),
  );
  expect(pdf.outline.find((o) => o.title === "Plan")!.items.map((o) => o.title)).toEqual(["Milestones", "Budget", "Payback"]);
  expect(cover!.text).toMatch(/Machine Learning Canvas \(one landscape page\)\s*page 2/);
  expect(cover!.text).toMatch(/with its evidence\s*page 3/);
  expect(cover!.text).toMatch(/budget and payback\s*page \d+/);
  expect(cover!.links.filter((l) => l.dest?.startsWith("section-")).length).toBeGreaterThanOrEqual(3);
  expect(pdf.destinations).toEqual(expect.arrayContaining(["section-canvas", "section-scoping", "section-plan"]));
  // The decision comes first: the cover's "at a glance" block.
  expect(cover!.text).toContain("At a glance");
  expect(cover!.text).toContain("Problem");
  expect(cover!.text).toContain("Schedule");
  // Markdown is rendered, never shown as its markers.
  expect(pdf.text).not.toContain("**");
  expect(pdf.text).not.toContain("## ");
  expect(pdf.text).not.toMatch(/\]\(https?:/);
}

const RICH_CANVAS = {
  value_proposition:
    "For **store managers** who order fresh food, our *forecast* cuts waste.\n\nΕλληνικά: πρόβλεψη ζήτησης. 中文样本：需求预测。",
  data_sources: "- **Point of sale**: 3 years, daily\n- Promotions calendar\n  - nested: prices\n- Weather API, `€400`/month",
  prediction_task: "## Weekly forecast\n\nUnits per store and week. See [the spec](https://example.com/spec).",
  offline_evaluation: "| Metric | Target |\n| --- | ---: |\n| MAPE | 18 % |\n| Bias | 2 % |",
  decisions: "> Planners accept or edit the suggested order.\n\n1. Suggest\n2. Review\n3. Order",
};

beforeAll(async () => {
  owner = await makeUser("Report owner");
  stranger = await makeUser("Report stranger");
  const viewer = await makeUser("Report viewer");
  await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
  viewerId = viewer.user.id;

  const template = await createProject(owner.access, {
    name: "Sales forecasting template",
    description: "",
    templateKey: "sales-forecasting",
  });
  templateAccess = await projectAccessFor(owner.user.id, owner.workspace.slug, template.id);

  const rich = await createProject(owner.access, {
    name: "Rich report Ελληνικά",
    description: "A project with every part filled.\nSecond line.",
    templateKey: "blank",
  });
  const access = await projectAccessFor(owner.user.id, owner.workspace.slug, rich.id);
  richAccess = access;
  const metric = await createMetric(access, {
    name: "MAPE",
    kind: "offline",
    unit: "%",
    direction: "lower_is_better",
    target: 18,
    alertThreshold: 25,
    description: "",
  });
  for (const [key, text] of Object.entries(RICH_CANVAS)) {
    const fields =
      key === "prediction_task"
        ? { taskType: "forecasting" as const, output: "units per week" }
        : key === "offline_evaluation"
          ? { metricIds: [metric.id] }
          : {};
    const saved = await saveCanvasBlock(access, {
      key: key as keyof typeof RICH_CANVAS,
      baseVersion: 0,
      text,
      fields,
      message: "report test",
    });
    expect(saved.status).toBe("saved");
  }
  const problem = await createProblem(access, {
    title: "Fresh food is thrown away",
    description: "Too much waste.",
    businessMetric: "Waste %",
    stakeholder: "Head of Fresh",
    priority: 1,
  });
  const chosen = await createSolution(access, problem.id, {
    title: "Learned forecast",
    approach: "Gradient-boosted trees over all series.\nShadow first.",
    taskType: "forecasting",
    dataType: "unstructured",
    systemState: "existing_system",
  });
  const other = await createSolution(access, problem.id, {
    title: "Rules | heuristics",
    approach: "",
    taskType: "forecasting",
    dataType: "structured",
    systemState: "new_system",
  });
  await saveFeasibility(access, chosen.id, {
    dataAvailability: "available",
    predictiveFeatures: "partial",
    hlpNote: "",
    historyNote: "Weekly accuracy since 2025.",
    costEstimate: 5000,
    notes: "",
    benchmarks: [{ title: "M5 competition", url: "https://example.com/m5" }],
  });
  const value = {
    businessMetric: "Waste %",
    expectedUplift: 0.02,
    yearlyGain: 150000,
    yearlyWasteAvoided: 10000,
    yearlySystemCost: 30000,
    falsePositiveCost: 2,
    falseNegativeCost: 5,
    falsePositiveRate: 0.02,
    falseNegativeRate: 0.01,
    yearlyVolume: 100000,
  };
  await saveValue(access, chosen.id, value);
  await saveValue(access, other.id, { ...value, yearlyGain: 20000 });
  await decideSolution(access, chosen.id, "selected", "Best value for the effort.");
  await createHlpStudy(access, chosen.id, {
    kind: "manual",
    metricName: "accuracy",
    score: 0.93,
    method: "experts",
    itemCount: 200,
    notes: "Two planners, same weeks.",
  });
  const month = (i: number) => new Date(Date.UTC(2025, i, 1)).toISOString().slice(0, 10);
  await saveHistorySeries(
    access,
    chosen.id,
    { metricId: null, metricName: "accuracy", unit: "%", direction: "higher_is_better", targetValue: 85, targetDate: "2026-06-01" },
    Array.from({ length: 10 }, (_, i) => ({
      date: month(i),
      value: 70 - 25 * Math.exp(-i / 2) + (i % 2 ? 0.4 : -0.4),
      source: "manual" as const,
    })),
  );
  const ms = (title: string, phase: "data" | "modeling" | "deployment", startDate: string, dueDate: string) =>
    createMilestone(access, { title, phase, ownerRole: "ml_engineer", ownerUserId: owner.user.id, startDate, dueDate, status: "planned" });
  const a = await ms("Data ready", "data", "2026-01-05", "2026-01-30");
  const b = await ms("Baseline | model", "modeling", "2026-02-02", "2026-02-27");
  const c = await ms("Pilot live", "deployment", "2026-03-02", "2026-03-27");
  await addDependency(access, b.id, a.id);
  await addDependency(access, c.id, b.id);
  for (const [i, m] of ["2026-01", "2026-02", "2026-03"].entries()) {
    await createBudgetLine(access, { category: "people", label: "Team", month: m, planned: 800000n, actual: i < 2 ? 850000n : null });
    await createBudgetLine(access, { category: "compute", label: "GPU", month: m, planned: 120000n, actual: i < 2 ? 100000n : null });
  }
}, 120_000);

describe("report data", () => {
  let report: ProjectReport;
  beforeAll(async () => {
    report = await loadReport(richAccess);
  });

  test("names the selected solution, its evidence and the plan, without member names", async () => {
    expect(report.version.canvasRevision).toBe(5);
    expect(report.version.label).toMatch(/^Canvas revision 5 \(last changed /);
    expect(report.focus.basis).toBe("selected");
    const s = report.focus.solutions[0]!;
    expect(s.title).toBe("Learned forecast");
    expect(s.value?.roiLabel).toBe("€121,000.00");
    expect(s.hlpStudies).toHaveLength(1);
    expect(s.trend?.points).toHaveLength(10);
    expect(s.trend?.curve.length).toBeGreaterThan(10);
    expect(s.trend?.sentence).toMatch(/Reaching 85 % by 2026-06-01 is/);
    expect(report.milestones.items.map((m) => [m.title, m.ownerRoleLabel, m.dependsOn])).toEqual([
      ["Data ready", "ML engineer", []],
      ["Baseline | model", "ML engineer", ["Data ready"]],
      ["Pilot live", "ML engineer", ["Baseline | model"]],
    ]);
    expect(report.budget.total.planned).toBe("€27,600.00");
    expect(report.payback?.breakEven).not.toBeNull();
    expect(report.canvas.blocks.find((b) => b.key === "offline_evaluation")!.fields).toEqual([
      { label: "Metrics", value: "MAPE (target ≤ 18 % · alert at 25 %)" },
    ]);
    // The owner is a member with a name and an email; neither leaves through the report.
    const json = JSON.stringify(report);
    expect(json).not.toContain(owner.user.email);
    expect(json).not.toContain("Report owner");
    expect(json).not.toContain(owner.user.name);
  });

  test("a share link's page is built from the same sources, read through the link: the same plan, figures and sentences", async () => {
    const link = await createShareLink(richAccess, { note: "", expiresOn: addDays(isoDate(new Date()), 30), allowComments: false });
    const shared = (await findSharedProject(link.token))!;
    const sources = await loadSharedReportSources(shared);
    expect(sources.focusRule).toBe("share");
    const view = buildProjectReport(sources, NOW);
    expect(view.milestones).toEqual(report.milestones);
    expect(view.budget).toEqual(report.budget);
    expect(view.prioritization).toEqual(report.prioritization);
    // One solution is selected, so the share link's focus and the report's are the same.
    expect(view.focus).toEqual(report.focus);
    const s = view.focus.solutions[0]!;
    expect(s.value?.roiSentence).toMatch(/^Net value \(ROI\) €121,000\.00 a year: /);
    expect(s.trend?.chart).toMatchObject({ targetValue: 85, targetLabel: "2026-06-01" });
    const json = JSON.stringify(view);
    expect(json).not.toContain(owner.user.email);
    expect(json).not.toContain(owner.user.name);
  });

  test("with no selected solution the top-ranked one is shown, labelled as not selected", async () => {
    const access = await projectAccessFor(
      owner.user.id,
      owner.workspace.slug,
      (await createProject(owner.access, { name: "Unselected", description: "", templateKey: "blank" })).id,
    );
    const problem = await createProblem(access, { title: "P", description: "", businessMetric: "", stakeholder: "", priority: 1 });
    await createSolution(access, problem.id, {
      title: "Weak",
      approach: "",
      taskType: "classification",
      dataType: "structured",
      systemState: "new_system",
    });
    const strong = await createSolution(access, problem.id, {
      title: "Strong",
      approach: "",
      taskType: "classification",
      dataType: "structured",
      systemState: "new_system",
    });
    await saveValue(access, strong.id, {
      businessMetric: "",
      expectedUplift: null,
      yearlyGain: 100000,
      yearlyWasteAvoided: 0,
      yearlySystemCost: 10000,
      falsePositiveCost: 0,
      falseNegativeCost: 0,
      falsePositiveRate: 0,
      falseNegativeRate: 0,
      yearlyVolume: 0,
    });
    const r = await loadReport(access);
    expect(r.focus.basis).toBe("top_ranked");
    expect(r.focus.solutions.map((s) => [s.title, s.selectionLabel])).toEqual([["Strong", "Top-ranked — not yet selected"]]);
    expect(r.payback?.solutionTitle).toBe("Strong (not yet selected)");
    expect(reportToMarkdown(r)).toContain("## 4. Top-ranked solution (not yet selected)");
  });

  test("the Markdown has the canvas, the score, budget and chart tables", () => {
    const md = reportToMarkdown(report);
    expect(md).toContain("Ελληνικά: πρόβλεψη ζήτησης. 中文样本：需求预测。");
    expect(md).toContain("| Learned forecast | Fresh food is thrown away | Selected |");
    expect(md).toContain("| Category | Planned | Actual |");
    expect(md).toContain("| People | €24,000.00 | €17,000.00 |");
    expect(md).toContain("| Date | accuracy (%) |");
    expect(md).toContain("| Baseline \\| model | Modeling | ML engineer | 2026-02-02 | 2026-02-27 |");
    expect(md).toContain("| Month | Cumulative cost | Cumulative value |");
  });

  test("another workspace's project is not reachable", async () => {
    expect(await resolveProjectAccess(stranger.user.id, owner.workspace.slug, richAccess.project.id)).toBeNull();
    expect(await resolveProjectAccess(stranger.user.id, stranger.workspace.slug, richAccess.project.id)).toBeNull();
  });
});

describe("PDF", () => {
  test.each(["a4", "letter"] as const)("rich project, %s: pages, landscape canvas, fonts, Greek and CJK text", async (paper) => {
    const report = await loadReport(richAccess);
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper }));
    checkCommon(pdf, paper);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(5);
    expect(pdf.fonts.some((f) => /\+NotoSansSC-Regular$/.test(f.name))).toBe(true);
    expect(pdf.fonts.some((f) => /\+NotoSans-Italic$/.test(f.name))).toBe(true);
    expect(pdf.text).toContain("Ελληνικά");
    // A line may break between two Chinese characters: read the text in drawing order, without white space.
    expect(pdf.text.replace(/\s+/g, "")).toContain("ζήτησης.中文样本：需求预测。");
    expect(pdf.text).toContain("store managers");
    expect(pdf.text).toContain("Weekly forecast");
    expect(pdf.text).toContain("Learned forecast");
    expect(pdf.text).toContain("Break-even");
    expect(pdf.text).toMatch(/Reaching 85 % by 2026-06-01 is/);
    // Canvas page: all ten block titles.
    const canvas = pdf.pages[1]!.text;
    for (const title of [
      "PREDICTION TASK",
      "DECISIONS",
      "VALUE PROPOSITION",
      "COLLECTING DATA",
      "DATA SOURCES",
      "OFFLINE EVALUATION",
      "MAKING PREDICTIONS",
      "BUILDING MODELS",
      "FEATURE ENGINEERING",
      "MONITORING",
    ])
      expect(canvas).toContain(title);
    expect(canvas).toContain("Nothing written yet.");
  });

  test("Arabic, Hebrew and emoji become a placeholder with a note, never another glyph or an unembedded font", async () => {
    const report = await loadReport(richAccess);
    report.canvas.blocks = report.canvas.blocks.map((b) =>
      b.key === "decisions" ? { ...b, text: "AR: سلام عليكم :END\n\nHE: שלום :END\n\nEMOJI: 👍🏽 🚀 :END" } : b,
    );
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper: "a4" }));
    checkCommon(pdf, "a4");
    const canvas = pdf.pages[1]!.text.replace(/\s+/g, " ");
    // Each letter is one placeholder in its place; nothing else is drawn there.
    expect(canvas).toContain("AR: □□□□ □□□□□ :END");
    expect(canvas).toContain("HE: □□□□ :END");
    expect(canvas).toContain("EMOJI: □ □ :END");
    expect(pdf.text).not.toMatch(/[\u0590-\u06FF]/u);
    expect(pdf.text.replace(/\s+/g, " ")).toContain(
      "9 characters in Arabic script, 4 characters in Hebrew script and 2 emoji could not be printed with this PDF's fonts and are shown as □",
    );
    expect(canvas).toContain("□ marks characters this PDF's fonts cannot print");
    expect(pdf.fonts.map((f) => f.name).join(" ")).not.toMatch(/Helvetica/);
  });

  test("the plan: a Gantt chart with the milestones, and many late milestones counted with the five most overdue named", async () => {
    const access = await projectAccessFor(
      owner.user.id,
      owner.workspace.slug,
      (await createProject(owner.access, { name: "Late plan", description: "", templateKey: "blank" })).id,
    );
    let previous: string | null = null;
    for (let i = 0; i < 8; i++) {
      const m = await createMilestone(access, {
        title: `Step ${i}`,
        phase: "data",
        ownerRole: "ml_engineer",
        ownerUserId: null,
        startDate: addDays("2025-10-01", i * 7),
        dueDate: addDays("2025-10-05", i * 7),
        status: "planned",
      });
      if (previous) await addDependency(access, m.id, previous);
      previous = m.id;
    }
    const report = await loadReport(access);
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper: "a4" }));
    checkCommon(pdf, "a4");
    const text = pdf.text.replace(/\s+/g, " ");
    expect(text).toContain('8 are late; the 5 most overdue: "Step 0", "Step 1", "Step 2", "Step 3", "Step 4".');
    expect(text).not.toContain('"Step 7"');
    expect(text).toContain("Timeline (Gantt chart)");
    expect(text).toContain("Waits for (arrow)");
    expect(text).toContain("8 milestones late");
  });

  test("the wide monitoring block is set in columns, every item on the canvas page", async () => {
    const report = await loadReport(richAccess);
    const items = Array.from({ length: 9 }, (_, i) => `- Alert ${i}: weekly error above 25 %, paged to the planner on duty (item${i})`);
    report.canvas.blocks = report.canvas.blocks.map((b) => (b.key === "monitoring" ? { ...b, text: items.join("\n") } : b));
    const measure = await getTextMeasurer();
    const box = planCanvasPage(report.canvas.blocks, "a4", measure).boxes.find((b) => b.key === "monitoring")!;
    expect(box.columns?.blocks.length).toBe(3);
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper: "a4" }));
    checkCommon(pdf, "a4");
    for (let i = 0; i < 9; i++) expect(pdf.pages[1]!.text).toContain(`(item${i})`);
  });

  test("the contents give the page each part really starts on, also when the cover runs to a second page", async () => {
    const report = await loadReport(richAccess);
    report.project.description = Array.from({ length: 70 }, (_, i) => `Description line ${i}.`).join("\n");
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper: "a4" }));
    expect(pdf.pages[2]!.orientation).toBe("landscape");
    expect(pdf.pages[2]!.text).toContain("MACHINE LEARNING CANVAS");
    const contents = pdf.pages
      .slice(0, 2)
      .map((p) => p.text)
      .join("\n");
    expect(contents).toMatch(/Machine Learning Canvas \(one landscape page\)\s*page 3/);
    expect(contents).toMatch(/with its evidence\s*page 4/);
  });

  test("a table continued on the next page repeats its header row there", async () => {
    const report = await loadReport(richAccess);
    const first = report.milestones.items[0]!;
    report.milestones.items = Array.from({ length: 90 }, (_, i) => ({ ...first, title: `Row ${i}` }));
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper: "a4" }));
    // The milestone table's pages (the cover names the next milestone too, outside any table).
    const pages = pdf.pages.slice(1).filter((p) => /Row \d+/.test(p.text));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.text).toContain("Owner (role)");
  });

  test.each(["a4", "letter"] as const)("template project, %s: the canvas fits one page and the report has 4 pages", async (paper) => {
    const report = await loadReport(templateAccess);
    expect(planCanvasPage(report.canvas.blocks, paper, await getTextMeasurer()).truncatedKeys).toEqual([]);
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper }));
    checkCommon(pdf, paper);
    expect(pdf.pageCount).toBe(4);
    expect(pdf.text).toContain("Canvas revision 0");
    expect(pdf.text).toContain("Too much fresh food is thrown away");
    expect(pdf.text).not.toContain("Appendix A");
  });

  test("a block too long for its box is cut on the canvas page and printed whole in the appendix", async () => {
    const report = await loadReport(richAccess);
    const long = Array.from(
      { length: 60 },
      (_, i) => `- Source ${i}: a description long enough to need its own line, ending with marker${i}`,
    ).join("\n");
    report.canvas.blocks = report.canvas.blocks.map((b) => (b.key === "data_sources" ? { ...b, text: long } : b));
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper: "a4" }));
    checkCommon(pdf, "a4");
    const canvas = pdf.pages[1]!.text;
    expect(canvas).toContain("continued in appendix A.1");
    expect(pdf.pages[1]!.links).toContainEqual({ dest: "appendix-data_sources", url: null });
    expect(pdf.destinations).toContain("appendix-data_sources");
    expect(pdf.outline.find((o) => o.title === "Appendix A")!.items.map((o) => o.title)).toEqual(["A.1  5. Data Sources"]);
    expect(canvas).not.toContain("marker59");
    expect(pdf.text).toContain("Appendix A");
    expect(pdf.text).toContain("marker59");
  });
});

describe("download routes", () => {
  const ctx = (workspaceSlug: string, projectId: string) => ({ params: Promise.resolve({ workspaceSlug, projectId }) });
  const url = (slug: string, id: string, kind: string, query = "") =>
    new Request(`http://localhost/w/${slug}/projects/${id}/report/${kind}${query}`);

  test("PDF for a viewer, streamed, with the file name and paper size asked for", async () => {
    session.userId = viewerId;
    const res = await getPdf(
      url(owner.workspace.slug, richAccess.project.id, "pdf", "?paper=letter"),
      ctx(owner.workspace.slug, richAccess.project.id),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="rich-report-report-letter.pdf"');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await inspectPdf(body);
    expect(pdf.pages[0]!.width).toBeCloseTo(612, 1);
    expect(pdf.pages[0]!.height).toBeCloseTo(792, 1);
  });

  test("the PDF is rendered in the worker once, then served from the cache until the project changes", async () => {
    session.userId = owner.user.id;
    const get = async () => {
      const res = await getPdf(
        url(owner.workspace.slug, templateAccess.project.id, "pdf"),
        ctx(owner.workspace.slug, templateAccess.project.id),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="sales-forecasting-template-report-a4.pdf"');
      return Buffer.from(await res.arrayBuffer());
    };
    const before = pdfPoolStats();
    const [first, concurrent] = await Promise.all([get(), get()]);
    expect(pdfPoolStats().rendered - before.rendered).toBe(1); // two requests at once share one render
    expect(concurrent.equals(first)).toBe(true);
    const again = await get();
    expect(again.equals(first)).toBe(true);
    expect(pdfPoolStats().cacheHits - before.cacheHits).toBe(1);
    expect(pdfPoolStats().rendered - before.rendered).toBe(1);

    // The key follows the content: another day, another paper or an edit is another file; the time of day is not.
    const report = await loadReport(templateAccess);
    const later = { ...report, generatedAt: new Date(NOW.getTime() + 3_600_000).toISOString() };
    expect(reportCacheKey(later, "a4")).toBe(reportCacheKey(report, "a4"));
    expect(reportCacheKey(report, "letter")).not.toBe(reportCacheKey(report, "a4"));
    expect(reportCacheKey({ ...report, generatedDate: "2026-03-02" }, "a4")).not.toBe(reportCacheKey(report, "a4"));
    await createProblem(templateAccess, { title: "A new problem", description: "", businessMetric: "", stakeholder: "", priority: 2 });
    const edited = await get();
    expect(pdfPoolStats().rendered - before.rendered).toBe(2);
    expect(edited.equals(first)).toBe(false);
  });

  test("Markdown download", async () => {
    session.userId = owner.user.id;
    const res = await getMarkdown(
      url(owner.workspace.slug, templateAccess.project.id, "markdown"),
      ctx(owner.workspace.slug, templateAccess.project.id),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="sales-forecasting-template-report.md"');
    const text = await res.text();
    expect(text).toContain("# Sales forecasting template — project report");
    expect(text).toContain("| \\# | Problem | Business metric | Stakeholder | Priority | Solutions |");
  });

  test("a bad paper size is refused with 422", async () => {
    session.userId = owner.user.id;
    const res = await getPdf(
      url(owner.workspace.slug, richAccess.project.id, "pdf", "?paper=a3"),
      ctx(owner.workspace.slug, richAccess.project.id),
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_input", message: 'Choose the paper size "a4" or "letter".' } });
  });

  test("another workspace gets 404 and no report; no session gets 401", async () => {
    session.userId = stranger.user.id;
    for (const slug of [owner.workspace.slug, stranger.workspace.slug]) {
      for (const [kind, handler] of [
        ["pdf", getPdf],
        ["markdown", getMarkdown],
      ] as const) {
        const res = await handler(url(slug, richAccess.project.id, kind), ctx(slug, richAccess.project.id));
        expect(res.status, `${kind} via ${slug}`).toBe(404);
        expect(await res.text()).not.toContain("Rich report");
      }
    }
    session.userId = "";
    expect(
      (await getPdf(url(owner.workspace.slug, richAccess.project.id, "pdf"), ctx(owner.workspace.slug, richAccess.project.id))).status,
    ).toBe(401);
  });
});
