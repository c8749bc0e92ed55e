import { describe, expect, test } from "vitest";
import { sampleReport } from "@/tests/support/report-fixture";
import { coverGlance } from "./cover";

const row = (over: object) => ({
  id: "m",
  title: "m",
  phase: "data" as const,
  status: "planned" as const,
  isLate: false,
  startDay: 0,
  endDay: 1,
  startDate: "2026-01-01",
  dueDate: "2026-01-31",
  dependsOn: [],
  ...over,
});

describe("coverGlance", () => {
  test("the decision in a few lines: problem, selected solution, scores, value, schedule and budget, amounts compact", () => {
    const r = sampleReport();
    r.milestones.timeline.rows = [
      row({ id: "a", title: "Data ready", status: "done", dueDate: "2026-01-30" }),
      row({ id: "b", title: "Pilot | live", status: "in_progress", isLate: true, dueDate: "2026-02-20" }),
      row({ id: "c", title: "Rollout", dueDate: "2026-06-30" }),
    ];
    const item = (title: string, statusLabel: string, dueDate: string, isLate = false) => ({
      title,
      phaseLabel: "Data",
      ownerRoleLabel: "Data engineer",
      startDate: "2026-01-01",
      dueDate,
      statusLabel,
      isLate,
      dependsOn: [],
    });
    r.milestones.items = [
      item("Data ready", "Done", "2026-01-30"),
      item("Pilot | live", "In progress", "2026-02-20", true),
      item("Rollout", "Planned", "2026-06-30"),
    ];
    const lines = new Map(coverGlance(r).map((l) => [l.label, l.value]));
    expect([...lines.keys()]).toEqual(
      expect.arrayContaining(["Problem", "Selected solution", "Feasibility", "Value", "Net value a year", "Schedule", "Budget"]),
    );
    expect(lines.get("Selected solution")).toBe("Gradient-boosted forecast");
    expect(lines.get("Net value a year")).toBe("€120 k · break-even Mar 2026");
    expect(lines.get("Schedule")).toBe('next: "Pilot | live", due 20 Feb 2026 · ends 30 Jun 2026 · 1 milestone late');
    expect(lines.get("Budget")).toBe("€10 k planned, €12 k spent; the payback counts €12 k (actual amounts where recorded)");
  });

  test("nothing selected: the leading candidates, labelled so", () => {
    const r = sampleReport();
    r.focus.basis = "top_ranked";
    const line = coverGlance(r).find((l) => l.label.startsWith("Leading candidates"));
    expect(line?.label).toBe("Leading candidates (none selected yet)");
    expect(line?.value).toContain("(feasibility ");
  });
});
