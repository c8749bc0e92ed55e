import { describe, expect, test } from "vitest";
import {
  buildTimeline,
  isLate,
  nextMilestones,
  scheduleConflicts,
  sortMilestones,
  timelineSummary,
  type MilestoneView,
} from "./milestones";
import { suggestStarterPlan, STARTER_STEPS } from "./starter-plan";
import { addDays, addMonths, dayNumber, isIsoDate, monthRange, monthTicks, shortDayLabel } from "../dates";
import { hasCycle } from "./cycles";

const m = (id: string, over: Partial<MilestoneView>): MilestoneView => ({
  id,
  title: id,
  phase: "data",
  ownerRole: "data_engineer",
  ownerName: null,
  startDate: "2026-01-01",
  dueDate: "2026-01-31",
  status: "planned",
  dependsOn: [],
  ...over,
});

describe("isLate", () => {
  test("past its due date and not done", () => {
    expect(isLate(m("a", { dueDate: "2026-03-01" }), "2026-03-02")).toBe(true);
    expect(isLate(m("a", { dueDate: "2026-03-01" }), "2026-03-01")).toBe(false);
    expect(isLate(m("a", { dueDate: "2026-03-01", status: "done" }), "2026-04-01")).toBe(false);
    expect(isLate(m("a", { dueDate: "2026-03-01", status: "blocked" }), "2026-04-01")).toBe(true);
  });
});

describe("timeline", () => {
  const ms = [
    m("deploy", { phase: "deployment", startDate: "2026-03-01", dueDate: "2026-03-10" }),
    m("clean", { phase: "data", startDate: "2026-01-10", dueDate: "2026-01-20", status: "done" }),
    m("collect", { phase: "data", startDate: "2026-01-05", dueDate: "2026-01-09" }),
    m("scope", { phase: "scoping", startDate: "2026-01-01", dueDate: "2026-01-04" }),
  ];

  test("rows by phase, then start; the axis includes today", () => {
    const t = buildTimeline(ms, "2026-02-01");
    expect(t.rows.map((r) => [r.id, r.isLate])).toEqual([
      ["scope", true],
      ["collect", true],
      ["clean", false],
      ["deploy", false],
    ]);
    expect(t.rows[0]).toMatchObject({ startDay: dayNumber("2026-01-01"), endDay: dayNumber("2026-01-05") });
    expect(t.fromDay).toBe(dayNumber("2026-01-01"));
    expect(t.toDay).toBe(dayNumber("2026-03-11"));
    expect(buildTimeline(ms, "2026-06-01").toDay).toBe(dayNumber("2026-06-02"));
  });

  test("summary names the late milestones", () => {
    expect(timelineSummary(ms, "2026-02-01")).toBe(
      '4 milestones across Scoping, Data, Deployment, from 1 Jan 2026 to 10 Mar 2026; 1 done. 2 are late: "scope", "collect".',
    );
    expect(timelineSummary(ms.slice(0, 1), "2026-01-01")).toBe(
      "1 milestone across Deployment, from 1 Mar 2026 to 10 Mar 2026; 0 done. None is late.",
    );
    expect(timelineSummary([], "2026-01-01")).toBe("No milestones yet.");
  });

  test("many late milestones are counted, and only the five most overdue are named", () => {
    const many = Array.from({ length: 133 }, (_, i) => m(`late ${i}`, { startDate: "2025-01-01", dueDate: addDays("2025-06-01", -i) }));
    const text = timelineSummary(many, "2026-02-01");
    expect(text).toContain('133 are late; the 5 most overdue: "late 132", "late 131", "late 130", "late 129", "late 128".');
    expect(text).not.toContain("late 127");
  });

  test("sortMilestones breaks ties by title", () => {
    expect(sortMilestones([m("b", {}), m("a", {})]).map((x) => x.id)).toEqual(["a", "b"]);
  });

  test("next milestones skip the done ones", () => {
    expect(nextMilestones(ms, 2).map((x) => x.id)).toEqual(["scope", "collect"]);
  });
});

test("a milestone starting before what it waits for is due is flagged", () => {
  const ms = [
    m("a", { title: "Data", dueDate: "2026-02-10" }),
    m("b", { startDate: "2026-02-05", dependsOn: ["a"] }),
    m("c", { startDate: "2026-02-11", dependsOn: ["a"] }),
  ];
  expect(scheduleConflicts(ms)).toEqual([
    { milestoneId: "b", waitsForId: "a", message: 'Starts on 5 Feb 2026, before "Data" is due (10 Feb 2026).' },
  ]);
});

describe("starter plan", () => {
  test("walks every phase in order, back to back, each waiting for the previous", () => {
    const plan = suggestStarterPlan("2026-01-05");
    expect(plan).toHaveLength(STARTER_STEPS.length);
    expect([...new Set(plan.map((p) => p.phase))]).toEqual(["scoping", "data", "modeling", "deployment", "monitoring"]);
    expect(plan[0]).toMatchObject({ startDate: "2026-01-05", dueDate: "2026-01-18", dependsOnIndex: null });
    expect(plan[1]).toMatchObject({ startDate: "2026-01-19", dependsOnIndex: 0 });
    for (let i = 1; i < plan.length; i++) expect(dayNumber(plan[i]!.startDate)).toBe(dayNumber(plan[i - 1]!.dueDate) + 1);
    const asViews = plan.map((p, i) => m(String(i), { ...p, dependsOn: p.dependsOnIndex === null ? [] : [String(p.dependsOnIndex)] }));
    expect(scheduleConflicts(asViews)).toEqual([]);
    expect(hasCycle(asViews.flatMap((v) => v.dependsOn.map((d) => ({ milestoneId: v.id, dependsOnId: d }))))).toBe(false);
  });
});

describe("dates", () => {
  test("real dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-2-01")).toBe(false);
  });
  test("month arithmetic across years", () => {
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthRange("2026-11", "2027-01")).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(monthRange("2026-02", "2026-01")).toEqual([]);
  });
});

test("month ticks for the timeline axis", () => {
  const from = dayNumber("2026-01-15");
  expect(monthTicks(from, dayNumber("2026-04-01"))).toEqual(["2026-02-01", "2026-03-01", "2026-04-01"].map(dayNumber));
  expect(monthTicks(dayNumber("2026-01-01"), dayNumber("2028-12-31"), 12)).toHaveLength(12);
  expect(shortDayLabel(dayNumber("2026-03-05"))).toBe("5 Mar 26");
});
