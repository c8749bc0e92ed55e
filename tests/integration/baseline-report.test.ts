// Baselines in the outputs of the worked example: the report model, its Markdown and its PDF show what the selected
// solution must beat (the canvas's must-beat line, the baselines table, the trend's baseline lines), read through
// the same loader as the download routes and the share page.
import { beforeAll, describe, expect, test } from "vitest";
import { createWorkedExample } from "@/lib/db/worked-example";
import { loadReportSources, loadSharedReportSources } from "@/lib/db/report";
import { createShareLink, findSharedProject } from "@/lib/db/share-links";
import type { ProjectAccess } from "@/lib/db/access";
import { addDays, isoDate } from "@/lib/domain/dates";
import { buildProjectReport } from "@/lib/domain/report/build-report";
import { reportToMarkdown } from "@/lib/domain/report/markdown";
import type { ProjectReport } from "@/lib/domain/report/types";
import { renderProjectReportPdf } from "@/lib/reports/pdf/render";
import { makeUser, projectAccessFor } from "../support/factories";
import { inspectPdf } from "../support/pdf";

const TODAY = "2026-05-20";
const NOW = new Date(`${TODAY}T12:00:00Z`);

let access: ProjectAccess;
let report: ProjectReport;

beforeAll(async () => {
  const { access: wa } = await makeUser("Baseline reader");
  const project = await createWorkedExample(wa, { name: "Ticket routing", description: "" }, TODAY);
  access = await projectAccessFor(wa.userId, wa.workspace.slug, project.id);
  report = buildProjectReport(await loadReportSources(access), NOW);
}, 60_000);

describe("the worked example's report shows its baselines", () => {
  test("model: must-beat on the offline metric, the selected solution's table, the trend's lines", () => {
    expect(report.canvas.mustBeat.map((m) => m.metricName)).toEqual(["Routing accuracy"]);
    expect(report.canvas.mustBeat[0]!.text).toMatch(
      /^Must beat on Routing accuracy: Current system 0\.72 \(Keyword rules\), Published benchmark 0\.89 \(XLM-R .+\), Human-level performance 0\.844 \(Three experienced agents\), Simple rule \(non-ML\) 0\.78 \(Topic menu on the contact form\)$/,
    );
    const s = report.focus.solutions[0]!;
    expect(s.title).toBe("Route each ticket to a team from its text");
    expect(s.baselines.map((b) => [b.kindLabel, b.valueText])).toEqual([
      ["Current system", "0.72"],
      ["Published benchmark", "0.89"],
      ["Human-level performance", "0.844"],
      ["Simple rule (non-ML)", "0.78"],
    ]);
    expect(s.baselines[1]!.citationUrl).toBe("https://arxiv.org/abs/1911.02116");
    expect(s.trend!.baselines.map((b) => b.kind)).toEqual(["current_system", "simple_rule", "human_level", "published_benchmark"]);
    expect(s.trend!.referenceSentence).toBe(
      "Reference lines: target 0.9; current system 0.72 (Keyword rules); simple rule (non-ML) 0.78 (Topic menu on the contact form); " +
        "human-level performance 0.844 (Three experienced agents); published benchmark 0.89 (XLM-R on multilingual intent classification).",
    );
    expect(s.trend!.yDomain[0]).toBeLessThanOrEqual(0.72);
  });

  test("Markdown: must-beat in the Offline Evaluation section with the citation linked, and the baselines table", () => {
    const md = reportToMarkdown(report);
    const offline = md.slice(md.indexOf("### 5. Offline Evaluation"), md.indexOf("### 6. "));
    expect(offline).toContain(
      "**Must beat** on Routing accuracy: Current system 0.72 (Keyword rules), Published benchmark 0.89 ([XLM-R on multilingual intent classification](https://arxiv.org/abs/1911.02116))",
    );
    expect(md).toContain("#### Baselines");
    expect(md).toMatch(/^\| Human-level performance \| Routing accuracy \| Three experienced agents \| 0\.844 \|/m);
    expect(md).toContain("Reference lines: target 0.9; current system 0.72 (Keyword rules);");
  });

  test("PDF: the must-beat line on the canvas page, the baselines table and the trend's baseline legend", async () => {
    const pdf = await inspectPdf(await renderProjectReportPdf(report, { paper: "a4" }));
    const canvas = pdf.pages.find((p) => p.text.includes("MACHINE LEARNING CANVAS") && p.orientation === "landscape")!;
    expect(canvas.text.replace(/\s+/g, " ")).toContain("Must beat on Routing accuracy:");
    const text = pdf.text.replace(/\s+/g, " ");
    expect(text).toContain("What the solution must beat:");
    expect(text).toContain("Topic menu on the contact form");
    expect(text).toContain("Current system: Keyword rules (0.72)");
    expect(text).toContain("Reference lines: target 0.9;");
  }, 60_000);

  test("the share page's report carries the same baselines", async () => {
    const link = await createShareLink(access, { note: "", expiresOn: addDays(isoDate(new Date()), 30), allowComments: false });
    const shared = await findSharedProject(link.token);
    const sharedReport = buildProjectReport(await loadSharedReportSources(shared!), NOW);
    expect(sharedReport.canvas.mustBeat).toEqual(report.canvas.mustBeat);
    expect(sharedReport.focus.solutions[0]!.baselines).toEqual(report.focus.solutions[0]!.baselines);
  });
});
