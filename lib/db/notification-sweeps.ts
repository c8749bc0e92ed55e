import "server-only";
import { db } from "./client";
import { ACCESS_PROJECT_SELECT, ACCESS_WORKSPACE_SELECT, type ProjectAccess } from "./access";
import { listSolutionScores } from "./assessments";
import { getPlan } from "./plan";
import { publishEvent } from "./notifications";
import { isoDate } from "@/lib/domain/dates";
import { burnSummary } from "@/lib/domain/plan/budget";
import { isLate } from "@/lib/domain/plan/milestones";
import { digestLines, isoWeek } from "@/lib/domain/notifications/digest";

// The scheduled publishers (decision 023), run by the worker's cron jobs "sweep.milestones" and "digest.weekly"
// (lib/jobs/handlers/sweeps.ts). They work across all projects, as the system: no member's access is behind them,
// and what they publish reaches only each project's own members (publishEvent). Each occurrence has its dedupeKey,
// so a sweep run twice, or by two workers at once, publishes it once.

/** Publishes `milestone.late` for every milestone that is late as of `now` and not told yet; returns how many. */
export async function sweepLateMilestones(now = new Date()): Promise<number> {
  const today = isoDate(now);
  // Late = not done and due before today (isLate); told once per milestone and due date, so moving the date re-arms it.
  const rows = await db.$queryRaw<{ id: string; title: string; dueDate: Date; projectId: string; slug: string }[]>`
    SELECT m."id", m."title", m."dueDate", m."projectId", w."slug"
    FROM "Milestone" m
    JOIN "Project" p ON p."id" = m."projectId" AND p."archivedAt" IS NULL
    JOIN "Workspace" w ON w."id" = p."workspaceId"
    WHERE m."status" <> 'done' AND m."dueDate" < ${today}::date
      AND NOT EXISTS (
        SELECT 1 FROM "ProjectEvent" e
        WHERE e."projectId" = m."projectId" AND e."dedupeKey" = 'milestone.late:' || m."id" || ':' || to_char(m."dueDate", 'YYYY-MM-DD')
      )
    ORDER BY m."dueDate", m."id"`;
  let published = 0;
  for (const m of rows) {
    const dueDate = isoDate(m.dueDate);
    const event = await publishEvent({
      projectId: m.projectId,
      facts: { type: "milestone.late", milestone: m.title, dueDate },
      dedupeKey: `milestone.late:${m.id}:${dueDate}`,
      link: `/w/${m.slug}/projects/${m.projectId}/plan`,
      data: { milestoneId: m.id },
    });
    if (event) published++;
  }
  return published;
}

/** The system's read-only view of a project, for the loaders the pages use (no member behind it). */
function systemAccess(project: { workspace: ProjectAccess["workspace"] } & ProjectAccess["project"]): ProjectAccess {
  const { workspace, ...rest } = project;
  return { userId: "system:digest", role: "viewer", workspace, project: rest };
}

/** Publishes the weekly digest of every active project not yet sent this ISO week; returns how many. */
export async function publishWeeklyDigests(now = new Date()): Promise<number> {
  const week = isoWeek(now);
  const dedupeKey = `digest.weekly:${week}`;
  const projects = await db.project.findMany({
    where: { archivedAt: null, events: { none: { dedupeKey } } },
    orderBy: { id: "asc" },
    select: { ...ACCESS_PROJECT_SELECT, workspace: { select: ACCESS_WORKSPACE_SELECT } },
  });
  let published = 0;
  for (const project of projects) {
    const event = await publishEvent({
      projectId: project.id,
      facts: { type: "digest.weekly", week, lines: await digestOf(systemAccess(project), week, now) },
      dedupeKey,
      link: `/w/${project.workspace.slug}/projects/${project.id}`,
    });
    if (event) published++;
  }
  return published;
}

async function digestOf(access: ProjectAccess, week: string, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const today = isoDate(now);
  const projectId = access.project.id;
  const [solutions, plan, breaches, runs] = await Promise.all([
    listSolutionScores(access),
    getPlan(access),
    db.projectEvent.findMany({
      where: { projectId, type: "monitoring.breach", occurredAt: { gte: since, lte: now } },
      orderBy: { occurredAt: "asc" },
      select: { data: true },
    }),
    db.$queryRaw<{ total: number; failed: number }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE "status" = 'failed')::int AS failed
      FROM "PipelineRun" WHERE "projectId" = ${projectId} AND "createdAt" >= ${since.toISOString()}::timestamp(3) AND "createdAt" <= ${now.toISOString()}::timestamp(3)`,
  ]);
  const late = plan.milestones.filter((m) => isLate(m, today)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const fact = (d: unknown, key: string) => (d && typeof d === "object" && key in d ? String((d as Record<string, unknown>)[key]) : "");
  return digestLines({
    week,
    now,
    solutions: solutions.map((s) => ({
      title: s.title,
      status: s.status,
      feasibility: s.feasibility.score,
      value: s.value?.score.score ?? null,
    })),
    breaches: breaches.map((b) => ({ metric: fact(b.data, "metric"), segment: fact(b.data, "segment") })),
    runs: { total: runs[0]?.total ?? 0, failed: runs[0]?.failed ?? 0 },
    lateMilestones: late.map((m) => ({ title: m.title, dueDate: m.dueDate })),
    burn: plan.lines.length > 0 ? burnSummary(plan.lines, plan.currency) : null,
  });
}
