import { describe, expect, test } from "vitest";
import { createOrderedIdGenerator } from "./convert";
import { emailsIn, planProjectImport } from "./import-plan";
import { makeLargeProjectDocument } from "./large-project";

const doc = () =>
  makeLargeProjectDocument({
    problems: 2,
    solutions: 3,
    canvasRevisions: 80,
    milestones: 4,
    budgetLines: 5,
    runs: 2,
    monitoringPoints: 4,
    people: ["Ana@Example.test", "bo@example.test"],
  });

describe("planProjectImport", () => {
  test("people map by email, case-insensitively; the others are listed once and left empty", () => {
    const plan = planProjectImport(doc(), {
      projectId: "p",
      userIdByEmail: new Map([["ana@example.test", "u-ana"]]),
      newId: createOrderedIdGenerator(),
    });
    expect(plan.unmappedEmails).toEqual(["bo@example.test"]);
    expect(new Set(plan.rows.milestones.map((m) => m.ownerUserId))).toEqual(new Set(["u-ana", null]));
    expect(emailsIn(doc().project)).toEqual(["ana@example.test", "bo@example.test"]);
  });

  test("rows get ids in document order and references resolve to them", () => {
    const plan = planProjectImport(doc(), { projectId: "p", userIdByEmail: new Map(), newId: createOrderedIdGenerator() });
    const { rows } = plan;
    for (const list of [rows.problems, rows.solutions, rows.canvasRevisions, rows.milestones, rows.budgetLines, rows.runs]) {
      const ids = list.map((r) => r.id);
      expect([...ids].sort()).toEqual(ids);
    }
    const revisionIds = new Set(rows.canvasRevisions.map((r) => r.id));
    const restored = rows.canvasRevisions.filter((r) => r.restoredFromId);
    expect(restored.length).toBeGreaterThan(0);
    for (const r of restored) expect(revisionIds.has(r.restoredFromId!)).toBe(true);
    const milestoneIds = new Set(rows.milestones.map((m) => m.id));
    expect(rows.milestoneDependencies).toHaveLength(3);
    for (const d of rows.milestoneDependencies) expect(milestoneIds.has(d.dependsOnId) && milestoneIds.has(d.milestoneId)).toBe(true);
    const metricIds = new Set(rows.metrics.map((m) => m.id));
    const linked = rows.canvasBlocks.flatMap((b) => (b.fields as { metricIds?: string[] }).metricIds ?? []);
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(metricIds.has(id)).toBe(true);
    expect(rows.values[0]!.yearlyVolume).toBe(1_000_000n);
  });

  test("replies are written after the comments they answer, whatever the file's order", () => {
    const d = doc();
    const [first, second] = d.project.canvas.comments;
    d.project.canvas.comments = [{ ...second!, createdAt: first!.createdAt }, first!, ...d.project.canvas.comments.slice(2)];
    const { rows } = planProjectImport(d, { projectId: "p", userIdByEmail: new Map(), newId: createOrderedIdGenerator() });
    const written = new Set<string>();
    for (const c of rows.canvasComments) {
      if (c.parentId) expect(written.has(c.parentId)).toBe(true);
      written.add(c.id);
    }
  });
});

describe("baselines", () => {
  test("point at the new metric and the new HLP study of their own solution", () => {
    const d = doc();
    const s = d.project.problems[0]!.solutions[0]!;
    s.hlpStudies = [
      {
        ref: "hlp-1",
        kind: "manual",
        metricName: "MAPE",
        score: 0.08,
        method: "planners",
        itemCount: null,
        notes: "",
        results: null,
        createdBy: null,
        createdAt: "2024-01-01T00:00:00.000Z",
      },
    ];
    s.baselines = [{ ...s.baselines![0]!, kind: "human_level", hlpStudy: "hlp-1", measuredOn: "2024-02-01" }];
    const { rows } = planProjectImport(d, { projectId: "p", userIdByEmail: new Map(), newId: createOrderedIdGenerator() });
    const b = rows.baselines[0]!;
    expect(b.metricId).toBe(rows.metrics.find((m) => m.name === "MAPE")!.id);
    expect(b.hlpStudyId).toBe(rows.hlpStudies[0]!.id);
    expect(b.solutionId).toBe(rows.hlpStudies[0]!.solutionId);
    expect(b.measuredOn).toEqual(new Date("2024-02-01T00:00:00.000Z"));
    expect(rows.hlpStudies[0]).not.toHaveProperty("ref");
    expect(rows.baselines).toHaveLength(d.project.problems.flatMap((p) => p.solutions).length);
  });
});
