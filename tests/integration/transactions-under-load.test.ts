// Saves under a squeezed connection pool on a busy server (issue 17): a tester saw "Add milestone"
// fail with P2028 (a transaction could not start in time) and a sign-up fail with a foreign-key
// violation on Membership_userId_fkey. Here the app's pool has 2 connections and the event loop
// is kept busy (as page rendering keeps it on a loaded server), and many saves and sign-ups run
// at once: every one must succeed, completely, with its audit event.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { createMilestone } from "@/lib/db/milestones";
import { createProblem } from "@/lib/db/problems";
import { createMetric } from "@/lib/db/metrics";
import { createSolution } from "@/lib/db/solutions";
import { createUserWithWorkspace } from "@/lib/db/users";
import type { ProjectAccess } from "@/lib/db/access";
import { makeUser, projectAccessFor } from "../support/factories";

const CONCURRENT = 16;
const appDb = globalThis as unknown as { scopebenchDb?: Db };
const { db: check } = createDb(process.env.DATABASE_URL!);
let squeezed: ReturnType<typeof createDb>;
let access: ProjectAccess;

/** Keeps the event loop busy 40 ms out of every 50 while `work` runs, like a server rendering pages. */
async function underLoad<T>(work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    const until = Date.now() + 40;
    while (Date.now() < until);
  }, 50);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  squeezed = createDb(process.env.DATABASE_URL!, 2);
  appDb.scopebenchDb = squeezed.db;
  const owner = await makeUser("Busy");
  const project = await createProject(owner.access, { name: "Busy project", description: "", templateKey: "blank" });
  access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
});

afterAll(async () => {
  appDb.scopebenchDb = undefined;
  await squeezed.pool.end();
});

describe("saves on a pool of 2 connections with a busy event loop", () => {
  test(`${CONCURRENT} milestones, problems, metrics and solutions added at once all succeed, each with its audit event`, async () => {
    const problem = await createProblem(access, { title: "Anchor", description: "", businessMetric: "", stakeholder: "", priority: 1 });
    const results = await underLoad(() =>
      Promise.allSettled(
        Array.from({ length: CONCURRENT }, (_, i) => [
          createMilestone(access, {
            title: `Milestone ${i}`,
            phase: "data",
            ownerRole: "data_engineer",
            ownerUserId: access.userId,
            startDate: "2025-01-01",
            dueDate: "2025-02-01",
            status: "planned",
          }),
          createProblem(access, { title: `Problem ${i}`, description: "", businessMetric: "", stakeholder: "", priority: 2 }),
          createMetric(access, {
            name: `metric ${i}`,
            kind: "offline",
            unit: "%",
            direction: "lower_is_better",
            target: 1,
            alertThreshold: null,
            description: "",
          }),
          createSolution(access, problem.id, {
            title: `Solution ${i}`,
            approach: "",
            taskType: "forecasting",
            dataType: "structured",
            systemState: "new_system",
          }),
        ]).flat(),
      ),
    );
    const failed = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    expect(failed).toEqual([]);
    const projectId = access.project.id;
    const [milestones, problems, metrics, solutions] = await Promise.all([
      check.milestone.count({ where: { projectId } }),
      check.businessProblem.count({ where: { projectId } }),
      check.metric.count({ where: { projectId } }),
      check.solution.count({ where: { projectId } }),
    ]);
    expect({ milestones, problems, metrics, solutions }).toEqual({
      milestones: CONCURRENT,
      problems: CONCURRENT + 1,
      metrics: CONCURRENT,
      solutions: CONCURRENT,
    });
    const audited = await check.auditEvent.groupBy({
      by: ["action"],
      where: { projectId, action: { in: ["milestone.create", "problem.create", "metric.create", "solution.create"] } },
      _count: true,
    });
    expect(Object.fromEntries(audited.map((a) => [a.action, a._count]))).toEqual({
      "milestone.create": CONCURRENT,
      "problem.create": CONCURRENT + 1,
      "metric.create": CONCURRENT,
      "solution.create": CONCURRENT,
    });
  });

  test("sign-ups with the same name, all at once, each get a user, a workspace of their own and its audit event", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const results = await underLoad(() =>
      Promise.allSettled(
        Array.from({ length: CONCURRENT }, (_, i) =>
          createUserWithWorkspace({ name: `Racer ${tag}`, email: `racer-${tag}-${i}@example.test`, passwordHash: null }),
        ),
      ),
    );
    const failed = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    expect(failed).toEqual([]);
    const users = await check.user.findMany({
      where: { email: { startsWith: `racer-${tag}-` } },
      select: { id: true, memberships: { select: { role: true, workspace: { select: { id: true, slug: true, personal: true } } } } },
    });
    expect(users).toHaveLength(CONCURRENT);
    for (const u of users) expect(u.memberships.map((m) => [m.role, m.workspace.personal])).toEqual([["owner", true]]);
    const slugs = new Set(users.map((u) => u.memberships[0]!.workspace.slug));
    expect(slugs.size).toBe(CONCURRENT);
    const events = await check.auditEvent.count({
      where: { action: "workspace.create", workspaceId: { in: users.map((u) => u.memberships[0]!.workspace.id) } },
    });
    expect(events).toBe(CONCURRENT);
  });

  test("the same email signing up twice at once: one account, and no workspace left without its owner", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const email = `twice-${tag}@example.test`;
    const results = await underLoad(() =>
      Promise.allSettled([1, 2].map(() => createUserWithWorkspace({ name: `Twice ${tag}`, email, passwordHash: null }))),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict" });
    expect(await check.user.count({ where: { email } })).toBe(1);
    expect(await check.workspace.count({ where: { name: `Twice ${tag}'s workspace`, members: { none: {} } } })).toBe(0);
  });
});

describe("the app's client inside a transaction callback", () => {
  test("is refused, so no statement can run outside the transaction or wait for a second connection", async () => {
    const { db } = await import("@/lib/db/client");
    const before = await check.workspace.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.workspace.create({ data: { name: "Inside", slug: `inside-${Date.now()}` } });
        await db.user.count();
      }),
    ).rejects.toThrow(/use the callback's `tx`/);
    expect(await check.workspace.count()).toBe(before); // rolled back
    expect(await db.user.count()).toBeGreaterThan(0); // and usable again afterwards
  });
});
