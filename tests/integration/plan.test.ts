import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { createInvite, acceptInvite } from "@/lib/db/invites";
import { listAuditEvents } from "@/lib/db/audit";
import { resolveProjectAccess } from "@/lib/db/access";
import {
  addDependency,
  addStarterPlan,
  createMilestone,
  deleteMilestone,
  listMilestones,
  removeDependency,
  setMilestoneStatus,
  updateMilestone,
} from "@/lib/db/milestones";
import {
  createBudgetLine,
  deleteBudgetLine,
  importBudgetCsv,
  listBudgetLines,
  setProjectCurrency,
  updateBudgetLine,
} from "@/lib/db/budget";
import { getPaybackSolution, getPlanSummary } from "@/lib/db/plan";
import { budgetTotals } from "@/lib/domain/plan/budget";
import { computePayback, valueStartMonth } from "@/lib/domain/plan/payback";
import { majorToMinor, minorToDecimal } from "@/lib/domain/plan/money";
import type { MilestoneInput } from "@/lib/schemas/plan";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

async function newProject(name = "Planner") {
  const owner = await makeUser(name);
  const project = await createProject(owner.access, { name: `${name} project`, description: "", templateKey: "blank" });
  const access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
  return { owner, project, access };
}

const ms = (title: string, over: Partial<MilestoneInput> = {}): MilestoneInput => ({
  title,
  phase: "data",
  ownerRole: "data_engineer",
  ownerUserId: null,
  startDate: "2026-01-05",
  dueDate: "2026-01-30",
  status: "planned",
  ...over,
});
const line = (month: string, planned: bigint, actual: bigint | null = null) => ({
  category: "people" as const,
  label: "Team",
  month,
  planned,
  actual,
});

describe("milestones", () => {
  test("create, edit, change status and delete, each audited", async () => {
    const { owner, access } = await newProject();
    const { id } = await createMilestone(access, ms("Collect data", { ownerUserId: owner.user.id }));
    await updateMilestone(access, id, ms("Collect and clean data", { ownerUserId: owner.user.id, dueDate: "2026-02-10", phase: "data" }));
    await setMilestoneStatus(access, id, "in_progress");
    const [m] = await listMilestones(access);
    expect(m).toMatchObject({
      title: "Collect and clean data",
      dueDate: "2026-02-10",
      startDate: "2026-01-05",
      status: "in_progress",
      ownerName: "Planner",
      ownerUserId: owner.user.id,
    });
    await deleteMilestone(access, id);
    expect(await listMilestones(access)).toEqual([]);
    const actions = (await listAuditEvents(owner.access)).map((e) => e.action);
    expect(actions.slice(0, 4)).toEqual(["milestone.delete", "milestone.status", "milestone.update", "milestone.create"]);
  });

  test("the owner must be a member of the workspace", async () => {
    const { access } = await newProject();
    const stranger = await makeUser("Stranger");
    await expect(createMilestone(access, ms("Owned by a stranger", { ownerUserId: stranger.user.id }))).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { ownerUserId: ["Choose a member of this workspace."] },
    });
    expect(await listMilestones(access)).toEqual([]);
  });

  test("a dependency cycle is refused with a message naming it, and nothing is saved", async () => {
    const { owner, access } = await newProject();
    const a = await createMilestone(access, ms("Data ready"));
    const b = await createMilestone(access, ms("Baseline model", { phase: "modeling" }));
    const c = await createMilestone(access, ms("Pilot live", { phase: "deployment" }));
    await addDependency(access, b.id, a.id);
    await addDependency(access, c.id, b.id);
    await expect(addDependency(access, a.id, c.id)).rejects.toMatchObject({
      code: "conflict",
      message:
        'Refused: this would create a dependency cycle "Data ready" → "Pilot live" → "Baseline model" → "Data ready", so none of them could ever finish.',
    });
    await expect(addDependency(access, a.id, a.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(addDependency(access, b.id, a.id)).rejects.toMatchObject({
      code: "conflict",
      message: '"Baseline model" already waits for "Data ready".',
    });
    expect(await db.milestoneDependency.count({ where: { milestone: { projectId: access.project.id } } })).toBe(2);
    expect((await listAuditEvents(owner.access)).filter((e) => e.action === "milestone.dependency.add")).toHaveLength(2);

    await removeDependency(access, c.id, b.id);
    await addDependency(access, a.id, c.id); // no longer a loop
    const byId = new Map((await listMilestones(access)).map((m) => [m.id, m.dependsOn]));
    expect(byId.get(a.id)).toEqual([c.id]);
    expect(byId.get(c.id)).toEqual([]);
  });

  test("concurrent additions cannot close a loop together", async () => {
    const { access } = await newProject();
    const a = await createMilestone(access, ms("A milestone"));
    const b = await createMilestone(access, ms("B milestone"));
    const results = await Promise.allSettled([addDependency(access, a.id, b.id), addDependency(access, b.id, a.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.milestoneDependency.count({ where: { milestone: { projectId: access.project.id } } })).toBe(1);
  });

  test("the suggested plan adds a milestone per step, chained", async () => {
    const { access } = await newProject();
    const ids = await addStarterPlan(access, "2026-03-02");
    const list = await listMilestones(access);
    expect(list.map((m) => m.id)).toEqual(ids);
    expect(new Set(list.map((m) => m.phase))).toEqual(new Set(["scoping", "data", "modeling", "deployment", "monitoring"]));
    expect(list[0]).toMatchObject({ startDate: "2026-03-02", dependsOn: [] });
    for (let i = 1; i < list.length; i++) expect(list[i]!.dependsOn).toEqual([ids[i - 1]]);
  });
});

describe("budget", () => {
  test("amounts are stored exactly: 0.10 + 0.20 is 0.30", async () => {
    const { access } = await newProject();
    await createBudgetLine(access, line("2026-01", 10n, 10n));
    await createBudgetLine(access, line("2026-01", 20n, 20n));
    const totals = budgetTotals(await listBudgetLines(access));
    expect(minorToDecimal(totals.total.planned)).toBe("0.30");
    expect(minorToDecimal(totals.total.actual)).toBe("0.30");
  });

  test("edit and delete a line; the month is stored as its first day", async () => {
    const { access } = await newProject();
    const { id } = await createBudgetLine(access, line("2026-04", 100_00n));
    await updateBudgetLine(access, id, { ...line("2026-05", 120_00n, 99_50n), category: "compute", label: "GPU" });
    expect(await listBudgetLines(access)).toEqual([
      { id, category: "compute", label: "GPU", month: "2026-05", plannedMinor: 12_000n, actualMinor: 9_950n },
    ]);
    expect((await db.budgetLine.findUniqueOrThrow({ where: { id } })).month.toISOString()).toBe("2026-05-01T00:00:00.000Z");
    await deleteBudgetLine(access, id);
    expect(await listBudgetLines(access)).toEqual([]);
  });

  test("CSV import is all or nothing: one bad row refuses the file and saves nothing", async () => {
    const { access } = await newProject();
    await createBudgetLine(access, line("2025-12", 500_00n));
    const bad =
      "month,category,label,planned,actual\n2026-01,people,Team,20000,\n2026-02,compute,GPU,1500.50,1600\n2026-03,people,Team,lots,\n";
    await expect(importBudgetCsv(access, bad, "replace")).rejects.toMatchObject({
      code: "invalid_input",
      message: "The file was not imported: 1 problem found. Nothing was saved.",
      fieldErrors: { file: ["Row 4, column planned: Enter an amount like 1250 or 1250.50."] },
    });
    expect((await listBudgetLines(access)).map((l) => l.month)).toEqual(["2025-12"]);

    const good =
      '\uFEFFmonth,category,label,planned,actual,currency\n2026-01,people,"Team, two people",20000,19000.5,EUR\n2026-01,Data & labeling,,0.10,\n2026-01,tooling,,0.20,\n';
    expect(await importBudgetCsv(access, good, "append")).toEqual({ imported: 3, removed: 0 });
    let lines = await listBudgetLines(access);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.label === "Team, two people")).toMatchObject({ plannedMinor: 2_000_000n, actualMinor: 1_900_050n });
    expect(
      budgetTotals(lines).months.find((m) => m.month === "2026-01")!.byCategory.data_labeling.planned +
        budgetTotals(lines).byCategory.tooling.planned,
    ).toBe(30n);

    expect(await importBudgetCsv(access, "month,category,planned\n2027-01,other,1\n", "replace")).toEqual({ imported: 1, removed: 4 });
    lines = await listBudgetLines(access);
    expect(lines.map((l) => [l.month, l.category, l.plannedMinor])).toEqual([["2027-01", "other", 100n]]);
  });

  test("an unclosed quote and a wrong currency are reported by row", async () => {
    const { access } = await newProject();
    await expect(importBudgetCsv(access, 'month,category,planned\n2026-01,people,"12\n', "append")).rejects.toMatchObject({
      code: "invalid_input",
    });
    await setProjectCurrency(access, "USD");
    await expect(importBudgetCsv(access, "month,category,planned,currency\n2026-01,people,1,EUR\n", "append")).rejects.toMatchObject({
      fieldErrors: {
        file: [
          "Row 2, column currency: The project's amounts are in USD, not EUR; convert the amounts or change the project currency first.",
        ],
      },
    });
    expect(await listBudgetLines(access)).toEqual([]);
  });
});

describe("authorization", () => {
  test("a viewer reads the plan but every change is refused and nothing changes", async () => {
    const { owner, project, access } = await newProject("Owner");
    const m = await createMilestone(access, ms("Data ready"));
    const other = await createMilestone(access, ms("Model ready"));
    const l = await createBudgetLine(access, line("2026-01", 100n));
    const viewer = await makeUser("Viewer");
    const { token } = await createInvite(owner.access, "viewer", 7);
    await acceptInvite(viewer.user.id, token);
    const va = await projectAccessFor(viewer.user.id, owner.workspace.slug, project.id);

    expect(await listMilestones(va)).toHaveLength(2);
    const refusals = [
      createMilestone(va, ms("Sneaky")),
      updateMilestone(va, m.id, ms("Renamed")),
      setMilestoneStatus(va, m.id, "done"),
      deleteMilestone(va, m.id),
      addDependency(va, other.id, m.id),
      addStarterPlan(va, "2026-01-01"),
      createBudgetLine(va, line("2026-02", 1n)),
      updateBudgetLine(va, l.id, line("2026-01", 999n)),
      deleteBudgetLine(va, l.id),
      importBudgetCsv(va, "month,category,planned\n2026-01,people,1\n", "replace"),
      setProjectCurrency(va, "USD"),
    ];
    for (const r of await Promise.allSettled(refusals)) expect(r).toMatchObject({ status: "rejected", reason: { code: "forbidden" } });
    expect((await listMilestones(access)).map((x) => [x.title, x.status, x.dependsOn.length])).toEqual([
      ["Data ready", "planned", 0],
      ["Model ready", "planned", 0],
    ]);
    expect(await listBudgetLines(access)).toMatchObject([{ id: l.id, plannedMinor: 100n }]);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).currency).toBe("EUR");
  });

  test("another workspace's project and its rows are unreachable", async () => {
    const alice = await newProject("Alice");
    const aliceMilestone = await createMilestone(alice.access, ms("Secret milestone"));
    const aliceLine = await createBudgetLine(alice.access, line("2026-01", 100n));
    const mallory = await newProject("Mallory");
    const own = await createMilestone(mallory.access, ms("Mine"));

    expect(await resolveProjectAccess(mallory.owner.user.id, mallory.owner.workspace.slug, alice.project.id)).toBeNull();
    expect(await resolveProjectAccess(mallory.owner.user.id, alice.owner.workspace.slug, alice.project.id)).toBeNull();
    // Alice's ids used through Mallory's own project: not found, never touched.
    const attempts = [
      updateMilestone(mallory.access, aliceMilestone.id, ms("Hijacked")),
      setMilestoneStatus(mallory.access, aliceMilestone.id, "done"),
      deleteMilestone(mallory.access, aliceMilestone.id),
      addDependency(mallory.access, own.id, aliceMilestone.id),
      updateBudgetLine(mallory.access, aliceLine.id, line("2026-01", 1n)),
      deleteBudgetLine(mallory.access, aliceLine.id),
    ];
    for (const r of await Promise.allSettled(attempts)) expect(r).toMatchObject({ status: "rejected", reason: { code: "not_found" } });
    expect(await listMilestones(mallory.access)).toMatchObject([{ title: "Mine", dependsOn: [] }]);
    expect(await listMilestones(alice.access)).toMatchObject([{ title: "Secret milestone", status: "planned" }]);
    expect(await listBudgetLines(alice.access)).toMatchObject([{ plannedMinor: 100n }]);
  });
});

describe("payback", () => {
  async function selectSolution(projectId: string, value: Record<string, string | bigint> | null, title = "Demand forecaster") {
    const problem = await db.businessProblem.create({ data: { projectId, title: "Stock waste" } });
    return db.solution.create({
      data: {
        projectId,
        problemId: problem.id,
        title,
        dataType: "structured",
        systemState: "new_system",
        status: "selected",
        rationale: "Best value",
        value: value ? { create: value } : undefined,
      },
    });
  }

  test("no selected solution: nothing to compute", async () => {
    const { access } = await newProject();
    expect(await getPaybackSolution(access)).toEqual({ options: [], solution: null });
  });

  test("the selected solution's ROI from the value calculator drives a hand-computed break-even", async () => {
    const { access } = await newProject();
    // value = 30,000 + 6,000 = 36,000; errors = 2 × 0.05 × 10,000 + 10 × 0.01 × 10,000 = 1,000 + 1,000 = 2,000;
    // ROI = 36,000 − 10,000 − 2,000 = 24,000 a year → 2,000 a month.
    const solution = await selectSolution(access.project.id, {
      yearlyGain: "30000.00",
      yearlyWasteAvoided: "6000.00",
      yearlySystemCost: "10000.00",
      falsePositiveCost: "2.00",
      falseNegativeCost: "10.00",
      falsePositiveRate: "0.050000",
      falseNegativeRate: "0.010000",
      yearlyVolume: 10_000n,
    });
    await db.solution.create({
      data: {
        projectId: access.project.id,
        problemId: solution.problemId,
        title: "Rejected idea",
        dataType: "structured",
        systemState: "new_system",
        status: "rejected",
      },
    });
    const { options, solution: s } = await getPaybackSolution(access);
    expect(options).toEqual([{ id: solution.id, title: "Demand forecaster" }]);
    expect(s?.value?.result).toMatchObject({ yearlyValue: 36_000, yearlyErrorCost: 2_000, roi: 24_000 });

    // Budget 6,000 in Jan and Feb 2026; deployment due 15 Mar 2026 → value from Mar, break-even Aug 2026.
    await createBudgetLine(access, line("2026-01", 6_000_00n));
    await createBudgetLine(access, line("2026-02", 5_000_00n, 6_000_00n));
    await createMilestone(access, ms("Pilot live", { phase: "deployment", startDate: "2026-03-01", dueDate: "2026-03-15" }));
    const start = valueStartMonth(await listMilestones(access), await listBudgetLines(access), "2026-01-01");
    expect(start).toEqual({ month: "2026-03", rule: "deployment_milestone", milestoneTitle: "Pilot live" });
    const p = computePayback({
      lines: await listBudgetLines(access),
      yearlyValue: majorToMinor(s!.value!.result!.roi),
      start,
      horizonYears: 3,
    });
    expect(p).toMatchObject({ totalCost: 12_000_00n, breakEvenMonth: "2026-08", monthsOfUse: 6 });
  });

  test("a selected solution without a value estimate, and choosing between two selected ones", async () => {
    const { access } = await newProject();
    const first = await selectSolution(access.project.id, null, "No estimate yet");
    const second = await selectSolution(access.project.id, { yearlyGain: "1200.00" }, "Small win");
    expect((await getPaybackSolution(access, first.id)).solution).toEqual({ id: first.id, title: "No estimate yet", value: null });
    const chosen = await getPaybackSolution(access, second.id);
    expect(chosen.options).toHaveLength(2);
    expect(chosen.solution?.value?.result?.roi).toBe(1_200);
  });

  test("the overview summary counts late milestones and spending", async () => {
    const { access } = await newProject();
    await createMilestone(access, ms("Late one", { dueDate: "2026-01-10" }));
    await createMilestone(access, ms("Finished", { dueDate: "2026-01-10", status: "done" }));
    await createMilestone(access, ms("Upcoming", { dueDate: "2026-03-10" }));
    await createBudgetLine(access, line("2026-01", 1_000_00n, 1_200_00n));
    await createBudgetLine(access, line("2026-02", 1_000_00n));
    const s = await getPlanSummary(access, "2026-02-01");
    expect(s).toMatchObject({
      milestoneCount: 3,
      lateCount: 1,
      planned: 2_000_00n,
      spent: 1_200_00n,
      varianceNow: 200_00n,
      lastActualMonth: "2026-01",
      currency: "EUR",
    });
    expect(s.next.map((m) => [m.title, m.isLate])).toEqual([
      ["Late one", true],
      ["Upcoming", false],
    ]);
  });
});
