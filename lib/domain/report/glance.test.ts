import { describe, expect, test } from "vitest";
import type { MilestoneView } from "@/lib/domain/plan/milestones";
import { scoreSolution, type SolutionScoreInput } from "@/lib/domain/scoping/score";
import { FORECAST_VALUE } from "@/tests/support/scoring-fixtures";
import { buildProjectReport, type ReportFocusSource, type ReportSolutionSource, type ReportSources } from "./build-report";
import { buildGlance, mainReason } from "./glance";

const NOW = new Date("2026-03-01T12:00:00Z");

const empty: ReportSources = {
  project: { id: "p1", name: "Demand", description: "", stage: "scoping" },
  canvas: { blocks: [], metrics: [] },
  version: { revision: 0, lastChange: null },
  problems: [],
  solutions: [],
  focus: [],
  plan: { milestones: [], lines: [], currency: "EUR" },
};

const input = (value: SolutionScoreInput["value"]): SolutionScoreInput => ({
  dataType: "structured",
  systemState: "new_system",
  feasibility: { dataAvailability: "available", predictiveFeatures: "available", benchmarks: 1 },
  hlpStudies: 0,
  historyVerdict: null,
  value,
});

function solution(id: string, title: string, status: "proposed" | "selected" | "rejected", value = FORECAST_VALUE) {
  const score = scoreSolution(input(value));
  const row: ReportSolutionSource = {
    id,
    title,
    problemTitle: "Food waste",
    status,
    feasibility: score.feasibility,
    value: score.value?.result ? { ...score.value.result, score: score.value.score } : null,
  };
  const focus: ReportFocusSource = {
    id,
    title,
    status,
    problem: { title: "Food waste", businessMetric: "Waste (kg/week)" },
    approach: "",
    rationale: "",
    taskType: "forecasting",
    dataType: "structured",
    systemState: "new_system",
    feasibility: null,
    historyVerdict: null,
    value: { businessMetric: "Waste (kg/week)", expectedUplift: null },
    score,
    hlpStudies: [],
    history: null,
  };
  return { row, focus };
}

const milestone = (m: Partial<MilestoneView> & Pick<MilestoneView, "id" | "title" | "dueDate">): MilestoneView => ({
  phase: "modeling",
  ownerRole: "data_scientist",
  ownerName: "Ada Lovelace",
  startDate: "2026-01-05",
  status: "planned",
  dependsOn: [],
  ...m,
});

describe("mainReason", () => {
  test("the reason with the largest effect, the first of equals", () => {
    expect(
      mainReason([
        { effect: 1, text: "a" },
        { effect: -2, text: "b" },
        { effect: 2, text: "c" },
      ]),
    ).toBe("b");
    expect(mainReason([])).toBe("");
  });
});

describe("buildGlance", () => {
  test("an empty project: no problem, nothing to decide, no plan", () => {
    const g = buildGlance(buildProjectReport(empty, NOW));
    expect(g.problem).toBeNull();
    expect(g.decision).toMatchObject({ basis: "none", label: "No solution to decide on yet", candidates: [] });
    expect(g.decision.note).toMatch(/No candidate solutions yet/);
    expect(g.payback).toBeNull();
    expect(g.schedule).toEqual({ nextMilestone: null, endDate: null, endLabel: null, milestoneCount: 0 });
    expect(g.budget).toBeNull();
  });

  test("a selected solution: its problem, scores with one reason each, net value, break-even, schedule and budget", () => {
    const s = solution("s1", "Demand forecaster", "selected");
    const other = solution("s2", "Rules", "proposed");
    const report = buildProjectReport(
      {
        ...empty,
        problems: [
          { title: "Food waste", description: "", businessMetric: "Waste (kg/week)", stakeholder: "", priority: 1, solutionCount: 2 },
        ],
        solutions: [s.row, other.row],
        focus: [s.focus],
        plan: {
          currency: "EUR",
          milestones: [
            milestone({ id: "m1", title: "Scope agreed", dueDate: "2026-01-20", status: "done" }),
            milestone({ id: "m2", title: "Go live", dueDate: "2026-06-30", phase: "deployment" }),
            milestone({ id: "m3", title: "Baseline model", dueDate: "2026-02-15" }),
          ],
          lines: [{ id: "l1", category: "people", label: "DS", month: "2026-02", plannedMinor: 1_200_000n, actualMinor: 900_000n }],
        },
      },
      NOW,
    );
    const g = buildGlance(report);
    expect(g.problem).toEqual({ title: "Food waste", businessMetric: "Waste (kg/week)" });
    expect(g.decision.basis).toBe("selected");
    expect(g.decision.label).toBe("Selected solution");
    expect(g.decision.candidates).toHaveLength(1);
    const [c] = g.decision.candidates;
    expect(c!.title).toBe("Demand forecaster");
    expect(c!.feasibility.score).toBe(report.focus.solutions[0]!.feasibility.score);
    expect(c!.feasibility.reason).not.toBe("");
    expect(c!.value).toEqual({ score: 4, reason: "Net value is 200 % of the cost (150–300 %)", netPerYear: "€24 k" });
    expect(c!.missing).toBeNull();
    expect(c!.trend).toBeNull();
    expect(g.payback).toEqual({ breakEven: report.payback!.breakEven, text: `Breaks even in ${report.payback!.breakEven}` });
    // The late, open milestone is next; the done one is skipped; the end is the last due date.
    expect(g.schedule).toEqual({
      nextMilestone: { title: "Baseline model", dueDate: "2026-02-15", dueLabel: "15 Feb 2026", isLate: true },
      endDate: "2026-06-30",
      endLabel: "30 Jun 2026",
      milestoneCount: 3,
    });
    // Compact, as a summary (the budget table has the exact amounts).
    expect(g.budget).toMatchObject({ planned: "€12 k", actual: "€9 k", lineCount: 1 });
  });

  test("no selection: the tied leading candidates, labelled as not yet selected", () => {
    const a = solution("a", "Forecast A", "proposed");
    const b = solution("b", "Forecast B", "proposed");
    const g = buildGlance(buildProjectReport({ ...empty, solutions: [a.row, b.row], focusRule: "share", focus: [a.focus, b.focus] }, NOW));
    expect(g.decision.basis).toBe("leading");
    expect(g.decision.label).toBe("Leading candidates — not yet selected");
    expect(g.decision.candidates.map((c) => c.title)).toEqual(["Forecast A", "Forecast B"]);
    expect(g.problem?.title).toBe("Food waste");
  });

  test("one leading candidate without a value estimate says so, and the payback why it is missing", () => {
    const a = solution("a", "Forecast A", "proposed");
    const noValue = { ...a.focus, value: null, score: { ...a.focus.score, value: null } };
    const g = buildGlance(buildProjectReport({ ...empty, solutions: [{ ...a.row, value: null }], focus: [noValue] }, NOW));
    expect(g.decision.label).toBe("Leading candidate — not yet selected");
    expect(g.decision.candidates[0]).toMatchObject({ value: null, missing: "No value estimate yet." });
    expect(g.payback?.breakEven).toBeNull();
    expect(g.payback?.text).toMatch(/has no value estimate yet/);
  });
});
