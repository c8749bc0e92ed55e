import { describe, expect, test } from "vitest";
import { digestLines, isoWeek } from "./digest";

describe("isoWeek", () => {
  test.each([
    ["2026-01-01", "2026-W01"], // a Thursday
    ["2027-01-01", "2026-W53"], // a Friday: still the last week of 2026
    ["2024-12-30", "2025-W01"], // a Monday whose Thursday is in 2025
    ["2026-12-07", "2026-W50"],
  ])("%s is %s", (day, week) => expect(isoWeek(new Date(`${day}T12:00:00Z`))).toBe(week));
});

describe("digestLines", () => {
  const base = {
    week: "2026-W50",
    now: new Date("2026-12-07T08:00:00Z"),
    solutions: [],
    breaches: [],
    runs: { total: 0, failed: 0 },
    lateMilestones: [],
    burn: null,
  };

  test("a quiet week says so for every part", () => {
    expect(digestLines(base)).toEqual([
      "What happened in the project from 2026-11-30 to 2026-12-07.",
      "",
      "Solutions (feasibility and value out of 5, and status):",
      "- No solutions yet.",
      "",
      "Monitoring: no alert threshold was crossed.",
      "Pipeline runs: none reported.",
      "Milestones: none is late.",
      "Budget: no budget lines yet.",
    ]);
  });

  test("a busy week names scores, breaches, failures and late milestones", () => {
    const lines = digestLines({
      ...base,
      solutions: [{ title: "Gradient boosting", status: "selected", feasibility: 4, value: 3 }],
      breaches: [
        { metric: "accuracy", segment: "eu" },
        { metric: "latency", segment: "" },
      ],
      runs: { total: 12, failed: 2 },
      lateMilestones: [{ title: "Pilot", dueDate: "2026-12-01" }],
      burn: "Spent a lot.",
    });
    expect(lines).toContain("- Gradient boosting: feasibility 4/5, value 3/5, selected");
    expect(lines).toContain("Monitoring: 2 breaches — accuracy (eu), latency.");
    expect(lines).toContain("Pipeline runs: 12 reported, 2 failed.");
    expect(lines).toContain("Milestones: 1 late — Pilot (due 2026-12-01).");
    expect(lines).toContain("Budget: Spent a lot.");
  });
});
