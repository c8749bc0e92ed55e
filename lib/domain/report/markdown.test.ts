import { describe, expect, test } from "vitest";
import { sampleReport } from "@/tests/support/report-fixture";
import { escapeMarkdown, markdownTable, reportToMarkdown, tableCell } from "./markdown";
import { projectFileSlug, reportFileName } from "./file-name";

/** Cells of a GFM table row, honouring escaped pipes. */
function cells(row: string): string[] {
  return row
    .replace(/^\|\s?|\s?\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe("escaping", () => {
  test("formatting characters are escaped, plain words are not", () => {
    expect(escapeMarkdown("a*b_c `d` [e](f) <g> ~h")).toBe("a\\*b\\_c \\`d\\` \\[e\\](f) \\<g\\> \\~h");
    expect(escapeMarkdown("Plain words, 12.5 %")).toBe("Plain words, 12.5 %");
  });

  test("line starts that would make headings or lists are escaped", () => {
    expect(escapeMarkdown("# not a heading\n- not a list\n1. not numbered")).toBe("\\# not a heading\n\\- not a list\n\\1. not numbered");
  });

  test("a table cell keeps pipes and line breaks from breaking the row", () => {
    expect(tableCell("a | b\nc")).toBe("a \\| b<br>c");
    expect(tableCell("")).toBe("—");
    expect(tableCell(null)).toBe("—");
    expect(tableCell(4)).toBe("4");
  });

  test("a table has as many cells in every row as in its header", () => {
    const md = markdownTable(
      ["Name", "Value"],
      [
        ["x | y", "1\n2"],
        ["z", null],
      ],
      ["l", "r"],
    );
    const lines = md.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe("| --- | ---: |");
    for (const line of lines) expect(cells(line)).toHaveLength(2);
  });
});

describe("reportToMarkdown", () => {
  const md = reportToMarkdown(sampleReport());

  test("the cover names the project, the date and the canvas version", () => {
    expect(md.startsWith("# Demand forecast \\| Ελληνικά — project report\n")).toBe(true);
    expect(md).toContain("| Generated | 2026-03-01 |");
    expect(md).toContain("| Version | Canvas revision 42 (last changed 27 Feb 2026) |");
  });

  test("every canvas block has a section; canvas Markdown is kept, its headings demoted", () => {
    for (let n = 1; n <= 10; n++) expect(md).toMatch(new RegExp(`^### ${n}\\. `, "m"));
    expect(md).toContain("For **store managers** who order fresh food weekly");
    expect(md).toContain("Ελληνικά και 中文样本");
    expect(md).toContain("#### Forecasting");
    expect(md).toContain("- **Task type:** Forecasting");
    expect(md).toContain("| MAPE | ≤ 18 % |");
  });

  test("scores, budgets and chart data are GFM tables whose rows are well formed", () => {
    expect(md).toContain("| Solution | Problem | Status | Feasibility | Value | Net value / year | Yearly cost | Quadrant |");
    expect(md).toContain("| Rules \\| heuristics | Too much fresh food is thrown away | Proposed | 3 | not scored | — | — | — |");
    expect(md).toContain("| Category | Planned | Actual |");
    expect(md).toContain("| Total | €10,000.00 | €12,000.00 |");
    expect(md).toContain("| Month | Cumulative cost | Cumulative value |");
    // Every table row has the same number of cells as its header.
    const lines = md.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!/^\| ?:?---/.test(lines[i + 1] ?? "")) continue;
      const width = cells(lines[i]!).length;
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith("|"); j++) expect(cells(lines[j]!), lines[j]).toHaveLength(width);
    }
  });

  test("the trend chart is its data plus the verdict sentence", () => {
    const trend = sampleReport().focus.solutions[0]!.trend!;
    expect(md).toContain(`**Target unlikely.** ${escapeMarkdown(trend.sentence)}`);
    expect(md).toContain("| Date | accuracy (%) |");
    for (const p of trend.points) expect(md).toContain(`| ${p.label} |`);
    expect(md).toContain("| Date | Fitted | Band low | Band high | Part |");
    expect(md).toMatch(/\| forecast \|$/m);
  });

  test("baselines: must-beat under Offline Evaluation, a table per solution, lines named with the trend; links only http(s)", () => {
    const offline = md.slice(md.indexOf("### 5. Offline Evaluation"), md.indexOf("### 6. "));
    expect(offline).toContain(
      "**Must beat** on accuracy: Current system 62 % (Moving average), Published benchmark 80 % ([M5 winner](https://example.com/m5))",
    );
    expect(md).toContain("| Kind | Metric | Label | Value | Source | Measured | Note |");
    expect(md).toContain("| Current system | accuracy | Moving average | 62 % | Planning dashboard | 2026-01-31 | — |");
    expect(md).toContain("| Published benchmark | accuracy | M5 winner | 80 % | M5 competition | — | Different data \\| same task |");
    expect(md).toContain("- M5 winner: [M5 competition](https://example.com/m5)");
    expect(md).toContain("Reference lines: target 85 %; current system 62 % (Moving average); published benchmark 80 % (M5 winner).");
    expect(md).toContain("| Baseline line: Current system | 62 % (Moving average) |");

    const report = sampleReport();
    const bad = { ...report.canvas.mustBeat[0]!, items: [{ ...report.canvas.mustBeat[0]!.items[1]!, citationUrl: "javascript:alert(1)" }] };
    report.canvas.mustBeat = [bad];
    report.focus.solutions[0]!.baselines = [{ ...report.focus.solutions[0]!.baselines[1]!, citationUrl: "javascript:alert(1)" }];
    const unsafe = reportToMarkdown(report);
    expect(unsafe).not.toContain("javascript:");
    expect(unsafe).toContain("Published benchmark 80 % (M5 winner)");
  });

  test("headings never skip a level and emphasis is written with * only (markdownlint MD001, MD049, MD050)", () => {
    let previous = 0;
    let fence = false;
    for (const line of md.split("\n")) {
      if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
      const h = !fence && /^(#{1,6})\s/.exec(line);
      if (!h) continue;
      expect(h[1]!.length, line).toBeLessThanOrEqual(previous + 1);
      previous = h[1]!.length;
    }
    expect(md).not.toMatch(/(^|[\s(])_[^_\s][^_]*_(?=$|[\s.,)])/m);
    expect(md).toMatch(/^\*Generated by Scopebench on 2026-03-01 .*\*$/m);
  });

  test("milestones show the owner's role, never a person", () => {
    expect(md).toContain("| Pilot \\| live | Deployment | ML engineer | 2026-02-01 | 2026-02-20 | In progress (late) | Data ready |");
  });

  test("payback states its sentence, figures and the data behind the chart", () => {
    expect(md).toContain("it breaks even in Mar 2026, after 2 months of use");
    expect(md).toContain("| Break-even | Mar 2026 (after 2 months of use) |");
    expect(md).toContain("| Jan 2026 | 6,000.00 | 0.00 |");
  });

  test("a report without solutions or plan says so instead of showing empty tables", () => {
    const empty = {
      ...sampleReport(),
      prioritization: { summary: "No solutions yet.", solutions: [], rules: [] },
      focus: { basis: "none" as const, note: "No candidate solutions yet.", solutions: [] },
      payback: null,
    };
    empty.budget = { ...empty.budget, lineCount: 0, categories: [], months: [], summary: "No budget lines yet.", burnChart: [] };
    empty.milestones = { ...empty.milestones, items: [], summary: "No milestones yet." };
    const out = reportToMarkdown(empty);
    expect(out).toContain("No candidate solutions yet.");
    expect(out).toContain("No budget lines yet.");
    expect(out).toContain("No solution to compute a payback for.");
    expect(out).not.toContain("| Category |");
    expect(out).not.toContain("| Milestone |");
  });
});

describe("file names", () => {
  test("slug from the project name, accents dropped, with a fallback", () => {
    expect(projectFileSlug("Démand Forecast 2026!")).toBe("demand-forecast-2026");
    expect(projectFileSlug("中文样本")).toBe("project");
    expect(reportFileName("Sales forecasting", "pdf")).toBe("sales-forecasting-report.pdf");
    expect(reportFileName("Sales forecasting", "md")).toBe("sales-forecasting-report.md");
  });
});
