// Events and who hears of them (issue 20, decision 023): monitoring breaches and recoveries with hysteresis, failed
// runs, late milestones, guest comments, @mentions and replies, preferences, unsubscribe links, dedupe, and the
// event.deliver job queued for each event. Real PostgreSQL (and pg-boss in it); the session and Next's cache are stubbed.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { createMetric } from "@/lib/db/metrics";
import { ingestMonitoringPoints } from "@/lib/db/monitoring";
import { getAlertQuietMinutes, setAlertQuietMinutes } from "@/lib/db/monitoring-alerts";
import { upsertRun } from "@/lib/db/runs";
import { createMilestone } from "@/lib/db/milestones";
import { addCanvasComment } from "@/lib/db/canvas-comments";
import { addGuestComment, createShareLink } from "@/lib/db/share-links";
import {
  countUnread,
  getNotificationPreferences,
  listInbox,
  markNotificationsRead,
  openNotification,
  previewUnsubscribe,
  publishEvent,
  setNotificationPreferences,
  unsubscribe,
} from "@/lib/db/notifications";
import { publishWeeklyDigests, sweepLateMilestones } from "@/lib/db/notification-sweeps";
import { saveNotificationPreferencesAction, unsubscribeAction } from "@/lib/actions/notifications";
import { stopQueue } from "@/lib/jobs/queue";
import { POST as postRun } from "@/app/api/v1/projects/[projectId]/runs/route";
import { POST as postLineage } from "@/app/api/v1/projects/[projectId]/openlineage/route";
import { createApiToken } from "@/lib/db/api-tokens";
import type { ProjectAccess } from "@/lib/db/access";
import type { Role } from "@/lib/domain/auth/roles";
import { IDLE } from "@/lib/forms";
import { call } from "../support/api";
import { ACCURACY_WITH_ALERT, makeUser, projectAccessFor } from "../support/factories";
import { PRODUCER, SCHEMA_URL } from "../fixtures/openlineage/events";

const { db } = createDb(process.env.DATABASE_URL!, 2);

afterAll(async () => {
  await stopQueue();
});

type Person = { id: string; name: string; email: string; access: ProjectAccess };

async function member(owner: ProjectAccess, role: Role, name: string): Promise<Person> {
  const person = await makeUser(name);
  await acceptInvite(person.user.id, (await createInvite(owner, role, 7)).token);
  const access = await projectAccessFor(person.user.id, owner.workspace.slug, owner.project.id);
  return { id: person.user.id, name: person.user.name, email: person.user.email, access };
}

/** A project with an owner, an editor, a viewer, and an outsider (owner of another workspace). */
async function team(label: string) {
  const o = await makeUser(`${label} Owner`);
  const project = await createProject(o.access, {
    name: `${label} ${Math.random().toString(36).slice(2, 7)}`,
    description: "",
    templateKey: "blank",
  });
  const access = await projectAccessFor(o.user.id, o.workspace.slug, project.id);
  const owner: Person = { id: o.user.id, name: o.user.name, email: o.user.email, access };
  const editor = await member(access, "editor", `${label} Editor`);
  const viewer = await member(access, "viewer", `${label} Viewer`);
  const outsider = await makeUser(`${label} Outsider`);
  await markNotificationsRead(owner.id, "all"); // the editor and viewer joining
  return { owner, editor, viewer, outsider: outsider.user, projectId: project.id, access };
}

/** Who got what for the events of a project: inbox entries and queued emails, by user id, per event type. */
async function delivered(projectId: string, type?: string) {
  const events = await db.projectEvent.findMany({
    // The team's own joining (invite.accepted) is left out unless asked for.
    where: { projectId, type: type ?? { not: "invite.accepted" } },
    orderBy: { occurredAt: "asc" },
    include: {
      notifications: { select: { userId: true } },
      emails: { select: { userId: true, status: true, text: true, idempotencyKey: true } },
    },
  });
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    link: e.link,
    title: e.title,
    inbox: e.notifications.map((n) => n.userId).sort(),
    email: e.emails.map((m) => m.userId!).sort(),
    emails: e.emails,
  }));
}

const ids = (...people: { id: string }[]) => people.map((p) => p.id).sort();

async function queuedJobs(eventId: string) {
  const rows = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'event.deliver' AND data->>'eventId' = $1`,
    eventId,
  );
  return rows[0]!.n;
}

const minute = (base: number, n: number) => new Date(base + n * 60_000).toISOString();

describe("monitoring breaches and recoveries", () => {
  let t: Awaited<ReturnType<typeof team>>;
  const base = Date.UTC(2026, 5, 1, 12, 0);

  beforeAll(async () => {
    t = await team("Monitor");
    await createMetric(t.access, ACCURACY_WITH_ALERT);
    // A metric without a threshold is never evaluated.
    await createMetric(t.access, {
      name: "ctr",
      kind: "business",
      unit: "%",
      direction: "higher_is_better",
      target: 5,
      alertThreshold: null,
      description: "",
    });
  });

  test("a breach and its recovery each publish exactly one event, one inbox entry and one queued email per recipient", async () => {
    const ingest = (points: { metric?: string; minute: number; value: number; segment?: string }[]) =>
      ingestMonitoringPoints(
        t.access,
        points.map((p) => ({ metric: p.metric ?? "accuracy", timestamp: minute(base, p.minute), value: p.value, segment: p.segment })),
      );
    await ingest([{ minute: 0, value: 0.92 }]);
    expect(await delivered(t.projectId)).toEqual([]);
    // The batch's latest value decides: an early breaching point followed by a good one is not alerted.
    await ingest([
      { minute: 1, value: 0.5 },
      { minute: 2, value: 0.91 },
    ]);
    expect(await delivered(t.projectId)).toEqual([]);

    await ingest([
      { minute: 3, value: 0.85 },
      { minute: 4, value: 0.7 },
      { metric: "ctr", minute: 4, value: 0.1 },
    ]);
    await ingest([{ minute: 5, value: 0.6 }]); // still breached: nothing more
    await ingest([{ minute: 6, value: 0.65 }]);
    let events = await delivered(t.projectId);
    expect(events.map((e) => e.type)).toEqual(["monitoring.breach"]);
    const [breach] = events;
    expect(breach!.inbox).toEqual(ids(t.owner, t.editor));
    expect(breach!.email).toEqual(ids(t.owner, t.editor));
    expect(breach!.link).toBe(`/w/${t.access.workspace.slug}/projects/${t.projectId}/monitoring#metric-accuracy`);
    expect(breach!.title).toBe("accuracy crossed its alert threshold: 0.7");
    expect(breach!.emails.every((m) => m.status === "queued" && m.idempotencyKey === `${breach!.id}:${m.userId}`)).toBe(true);
    expect(breach!.emails[0]!.text).toMatch(/\nUnsubscribe: http\S+\/unsubscribe\?token=\S+$/);
    expect(await queuedJobs(breach!.id)).toBe(1);

    await ingest([{ minute: 30, value: 0.88 }]);
    await ingest([{ minute: 31, value: 0.9 }]);
    events = await delivered(t.projectId);
    expect(events.map((e) => e.type)).toEqual(["monitoring.breach", "monitoring.recovered"]);
    expect(events[1]!.email).toEqual(ids(t.owner, t.editor));
    expect(events[1]!.inbox).toEqual(ids(t.owner, t.editor));
  });

  test("a metric flapping within the quiet window publishes nothing extra; settled, it is reported once after it", async () => {
    const seg = "eu";
    const ingest = (m: number, value: number) =>
      ingestMonitoringPoints(t.access, [{ metric: "accuracy", segment: seg, timestamp: minute(base, m), value }]);
    const inSegment = async () => (await delivered(t.projectId)).filter((e) => e.link.includes("segment=eu"));
    await ingest(0, 0.7); // breach (first value of the series)
    for (const [m, v] of [
      [2, 0.9],
      [4, 0.7],
      [6, 0.9],
      [8, 0.7],
      [10, 0.9],
    ] as const)
      await ingest(m, v);
    expect((await inSegment()).map((e) => e.type)).toEqual(["monitoring.breach"]);
    expect((await inSegment())[0]!.link).toBe(
      `/w/${t.access.workspace.slug}/projects/${t.projectId}/monitoring?segment=eu#metric-accuracy`,
    );
    await ingest(16, 0.9); // the window (15 minutes) is over and it stayed recovered: one recovery
    await ingest(17, 0.95);
    expect((await inSegment()).map((e) => e.type)).toEqual(["monitoring.breach", "monitoring.recovered"]);
  });

  test("the quiet window is the project's: editors set it (0 alerts every crossing), viewers cannot", async () => {
    const u = await team("Window");
    await createMetric(u.access, {
      name: "accuracy",
      kind: "online",
      unit: "",
      direction: "higher_is_better",
      target: null,
      alertThreshold: 0.8,
      description: "",
    });
    await expect(setAlertQuietMinutes(u.viewer.access, 0)).rejects.toMatchObject({ code: "forbidden" });
    await setAlertQuietMinutes(u.editor.access, 0);
    expect(await getAlertQuietMinutes(u.viewer.access)).toBe(0);
    for (const [m, v] of [
      [0, 0.7],
      [1, 0.9],
      [2, 0.7],
    ] as const)
      await ingestMonitoringPoints(u.access, [{ metric: "accuracy", timestamp: minute(base, m), value: v }]);
    expect((await delivered(u.projectId)).map((e) => e.type)).toEqual(["monitoring.breach", "monitoring.recovered", "monitoring.breach"]);
  });

  test("evaluation off (the benchmark's baseline) publishes nothing", async () => {
    const u = await team("Quiet");
    await createMetric(u.access, {
      name: "accuracy",
      kind: "online",
      unit: "",
      direction: "higher_is_better",
      target: null,
      alertThreshold: 0.8,
      description: "",
    });
    await ingestMonitoringPoints(u.access, [{ metric: "accuracy", timestamp: minute(base, 0), value: 0.1 }], { evaluateAlerts: false });
    expect(await delivered(u.projectId)).toEqual([]);
  });
});

describe("failed runs", () => {
  test("the transition to failed notifies editors and owners once; re-posts and other statuses do not", async () => {
    const t = await team("Runs");
    const run = {
      source: "airflow",
      externalId: "r-1",
      pipeline: "train",
      stage: "training" as const,
      status: "running" as const,
      startedAt: "2026-06-01T10:00:00Z",
    };
    await upsertRun(t.access, run);
    expect(await delivered(t.projectId)).toEqual([]);
    const failed = await upsertRun(t.access, { ...run, status: "failed", endedAt: "2026-06-01T10:05:00Z" });
    await upsertRun(t.access, { ...run, status: "failed", endedAt: "2026-06-01T10:05:00Z" });
    const events = await delivered(t.projectId);
    expect(events.map((e) => e.type)).toEqual(["run.failed"]);
    expect(events[0]!.inbox).toEqual(ids(t.owner, t.editor));
    expect(events[0]!.email).toEqual(ids(t.owner, t.editor));
    expect(events[0]!.link).toBe(`/w/${t.access.workspace.slug}/projects/${t.projectId}/runs/${failed.id}`);
  });

  test("the worked example's failed demo run tells nobody", async () => {
    const t = await team("Demo");
    await upsertRun(
      t.access,
      { source: "demo", externalId: "d", pipeline: "p", stage: "training", status: "failed", startedAt: "2026-06-01T10:00:00Z" },
      { notify: false },
    );
    expect(await delivered(t.projectId)).toEqual([]);
  });

  test("through the API and OpenLineage FAIL", async () => {
    const t = await team("Lineage");
    const token = (await createApiToken(t.access, "CI")).secret;
    const res = await call(postRun, t.projectId, {
      token,
      body: { source: "ci", externalId: "x", pipeline: "p", stage: "training", status: "failed", startedAt: "2026-06-01T10:00:00Z" },
    });
    expect(res.status, res.text).toBeLessThan(300);
    const runId = "0190b1c4-1d7e-7c8a-9d3e-5f1a2b3c4d5e";
    const ol = (eventType: string, eventTime: string) => ({
      eventType,
      eventTime,
      producer: PRODUCER,
      schemaURL: SCHEMA_URL,
      run: { runId },
      job: { namespace: "ns", name: "nightly" },
    });
    for (const [type, at] of [
      ["START", "2026-06-01T10:00:00Z"],
      ["FAIL", "2026-06-01T10:10:00Z"],
      ["FAIL", "2026-06-01T10:10:00Z"],
    ] as const) {
      const r = await call(postLineage, t.projectId, { token, body: ol(type, at) });
      expect(r.status, r.text).toBeLessThan(300);
    }
    const events = await delivered(t.projectId, "run.failed");
    expect(events).toHaveLength(2);
    for (const e of events) expect(e.inbox).toEqual(ids(t.owner, t.editor));
  });
});

describe("late milestones and digests", () => {
  test("a milestone that became late is told once to editors and owners; a done one never", async () => {
    const t = await team("Plan");
    const now = new Date("2026-07-10T06:00:00Z");
    const fields = { phase: "scoping", ownerRole: "ml_engineer", ownerUserId: null, status: "planned" } as const;
    await createMilestone(t.access, { ...fields, title: "Pilot", startDate: "2026-06-01", dueDate: "2026-07-09" });
    await createMilestone(t.access, { ...fields, title: "Due today", startDate: "2026-06-01", dueDate: "2026-07-10" });
    await createMilestone(t.access, { ...fields, title: "Finished", startDate: "2026-06-01", dueDate: "2026-07-01", status: "done" });
    await sweepLateMilestones(now);
    await sweepLateMilestones(now);
    const events = await delivered(t.projectId, "milestone.late");
    expect(events.map((e) => e.title)).toEqual([expect.stringContaining("“Pilot” is late")]);
    expect(events[0]!.inbox).toEqual(ids(t.owner, t.editor));
    expect(events[0]!.email).toEqual(ids(t.owner, t.editor));
    expect(events[0]!.link).toBe(`/w/${t.access.workspace.slug}/projects/${t.projectId}/plan`);
  });

  test("the weekly digest goes to every member (viewers too) once per ISO week", async () => {
    const t = await team("Digest");
    const now = new Date("2031-03-03T07:00:00Z");
    await publishWeeklyDigests(now);
    await publishWeeklyDigests(new Date("2031-03-05T07:00:00Z")); // same ISO week
    const events = await delivered(t.projectId, "digest.weekly");
    expect(events).toHaveLength(1);
    expect(events[0]!.inbox).toEqual(ids(t.owner, t.editor, t.viewer));
    expect(events[0]!.emails[0]!.text).toContain("Pipeline runs: none reported.");
    expect(events[0]!.emails[0]!.text).toContain("Milestones: none is late.");
  });
});

describe("comments", () => {
  test("a guest comment through a share link reaches editors and owners only", async () => {
    const t = await team("Guest");
    const link = await createShareLink(t.access, {
      note: "",
      expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      allowComments: true,
    });
    await addGuestComment(link.token, { key: "value_proposition", guestName: "Sam", body: "Looks good @Guest Viewer" });
    const [event] = await delivered(t.projectId, "comment.guest");
    expect(event!.inbox).toEqual(ids(t.owner, t.editor));
    expect(event!.title).toBe("Sam (guest) commented on “Value Proposition”");
    expect(event!.link).toBe(`/w/${t.access.workspace.slug}/projects/${t.projectId}/canvas#block-value_proposition`);
    // A guest cannot @mention anyone.
    expect(await delivered(t.projectId, "comment.mention")).toEqual([]);
  });

  test("an @mention notifies the mentioned members only — a viewer too, an outsider never, the author never", async () => {
    const t = await team("Mention");
    await addCanvasComment(t.editor.access, {
      key: "decisions",
      body: `@${t.viewer.name} and @${t.outsider.email} and @${t.editor.name}: please check`,
    });
    const events = await delivered(t.projectId);
    expect(events.map((e) => e.type)).toEqual(["comment.mention"]);
    expect(events[0]!.inbox).toEqual(ids(t.viewer));
    expect(events[0]!.email).toEqual(ids(t.viewer));
    expect(events[0]!.title).toBe(`${t.editor.name} mentioned you on “Decisions”`);
  });

  test("a reply notifies the thread's earlier authors, not the replier; a mention in a reply is told once", async () => {
    const t = await team("Reply");
    const thread = await addCanvasComment(t.viewer.access, { key: "decisions", body: "Question" });
    await addCanvasComment(t.owner.access, { key: "decisions", body: "Answer", parentId: thread.id });
    await addCanvasComment(t.editor.access, { key: "decisions", body: `Agreed @${t.viewer.name}`, parentId: thread.id });
    const replies = await delivered(t.projectId, "comment.reply");
    expect(replies.map((e) => e.inbox)).toEqual([ids(t.viewer), ids(t.owner)]);
    const mentions = await delivered(t.projectId, "comment.mention");
    expect(mentions.map((e) => e.inbox)).toEqual([ids(t.viewer)]);
  });
});

describe("invitations", () => {
  test("the inviter and the owners hear that someone joined; the newcomer and others do not", async () => {
    const t = await team("Invite");
    // The editor cannot invite (owners only), so the owner invites; a second owner joins first.
    const second = await member(t.access, "owner", "Invite Second owner");
    const newcomer = await makeUser("Invite Newcomer");
    await acceptInvite(newcomer.user.id, (await createInvite(second.access, "viewer", 7)).token);
    const events = (await delivered(t.projectId, "invite.accepted")).filter((e) => e.title.startsWith(newcomer.user.name));
    expect(events).toHaveLength(1);
    expect(events[0]!.inbox).toEqual(ids(t.owner, second));
    expect(events[0]!.email).toEqual([]); // email is off by default for this type
  });
});

describe("publishEvent", () => {
  test("the same dedupeKey twice is one event; recipients outside the workspace are dropped", async () => {
    const t = await team("Dedupe");
    const input = {
      projectId: t.projectId,
      facts: { type: "comment.mention" as const, authorName: "X", block: "Decisions", excerpt: "hi" },
      dedupeKey: "test:once",
      link: "/somewhere",
      recipients: [t.viewer.id, t.outsider.id],
    };
    const first = await publishEvent(input);
    const second = await publishEvent(input);
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    const events = await delivered(t.projectId);
    expect(events).toHaveLength(1);
    expect(events[0]!.inbox).toEqual(ids(t.viewer));
    expect(await queuedJobs(first!.id)).toBe(1);
  });
});

describe("preferences and unsubscribe", () => {
  test("preferences are per member: email off keeps the inbox, in-app off keeps the email", async () => {
    const t = await team("Prefs");
    const table = await getNotificationPreferences(t.editor.access);
    expect(table["run.failed"]).toEqual({ inApp: true, email: true });
    await setNotificationPreferences(t.editor.access, { ...table, "run.failed": { inApp: true, email: false } });
    await setNotificationPreferences(t.owner.access, {
      ...(await getNotificationPreferences(t.owner.access)),
      "run.failed": { inApp: false, email: true },
    });
    await upsertRun(t.access, {
      source: "ci",
      externalId: "1",
      pipeline: "p",
      stage: "training",
      status: "failed",
      startedAt: "2026-06-01T10:00:00Z",
    });
    const [event] = await delivered(t.projectId, "run.failed");
    expect(event!.inbox).toEqual(ids(t.editor));
    expect(event!.email).toEqual(ids(t.owner));
    // The viewer's table is their own and unchanged.
    expect((await getNotificationPreferences(t.viewer.access))["run.failed"]).toEqual({ inApp: true, email: true });
  });

  test("the preferences form saves the caller's table (unchecked boxes are off)", async () => {
    const t = await team("Form");
    session.userId = t.viewer.id;
    const fd = new FormData();
    fd.set("workspaceSlug", t.access.workspace.slug);
    fd.set("projectId", t.projectId);
    fd.set("digest.weekly:inApp", "on");
    const state = await saveNotificationPreferencesAction(IDLE, fd);
    session.userId = "";
    expect(state.status).toBe("success");
    const table = await getNotificationPreferences(t.viewer.access);
    expect(table["digest.weekly"]).toEqual({ inApp: true, email: false });
    expect(table["comment.mention"]).toEqual({ inApp: false, email: false });
    expect((await getNotificationPreferences(t.owner.access))["comment.mention"]).toEqual({ inApp: true, email: true });
  });

  test("the unsubscribe link in an email turns that email off; a tampered one is refused and changes nothing", async () => {
    const t = await team("Unsub");
    await upsertRun(t.access, {
      source: "ci",
      externalId: "1",
      pipeline: "p",
      stage: "training",
      status: "failed",
      startedAt: "2026-06-01T10:00:00Z",
    });
    const [event] = await delivered(t.projectId, "run.failed");
    const mail = event!.emails.find((m) => m.userId === t.editor.id)!;
    const token = decodeURIComponent(/unsubscribe\?token=(\S+)$/.exec(mail.text)![1]!);

    const other = event!.emails.find((m) => m.userId === t.owner.id)!;
    const otherToken = decodeURIComponent(/unsubscribe\?token=(\S+)$/.exec(other.text)![1]!);
    // Someone else's payload with this signature, or a flipped character: refused.
    const forged = `${otherToken.split(".")[0]}.${token.split(".")[1]}`;
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const bad of [forged, flipped, "garbage", ""]) {
      expect(await previewUnsubscribe(bad)).toBeNull();
      const fd = new FormData();
      fd.set("token", bad);
      const refused = await unsubscribeAction(IDLE, fd);
      expect(refused.status).toBe("error");
    }
    expect((await getNotificationPreferences(t.editor.access))["run.failed"].email).toBe(true);
    expect((await getNotificationPreferences(t.owner.access))["run.failed"].email).toBe(true);

    expect(await previewUnsubscribe(token)).toMatchObject({
      userId: t.editor.id,
      projectId: t.projectId,
      eventType: "run.failed",
      email: t.editor.email,
    });
    const fd = new FormData();
    fd.set("token", token);
    const done = await unsubscribeAction(IDLE, fd);
    expect(done.status).toBe("success");
    expect(done.message).toContain("no longer receive emails");
    expect((await getNotificationPreferences(t.editor.access))["run.failed"]).toEqual({ inApp: true, email: false });
    expect((await getNotificationPreferences(t.owner.access))["run.failed"].email).toBe(true);
    expect(await unsubscribe(token)).not.toBeNull(); // again: still off, no error
  });
});

describe("the inbox", () => {
  test("unread count, newest first, open marks read, mark all; another user's entries stay out of reach", async () => {
    const t = await team("Inbox");
    for (const n of [1, 2, 3])
      await publishEvent({
        projectId: t.projectId,
        facts: { type: "run.failed", pipeline: "p", externalId: `r${n}`, source: "ci" },
        dedupeKey: `inbox:${n}`,
        link: `/w/${t.access.workspace.slug}/projects/${t.projectId}/runs/r${n}`,
      });
    expect(await countUnread(t.editor.id)).toBe(3);
    expect(await countUnread(t.viewer.id)).toBe(0);
    const inbox = await listInbox(t.editor.id);
    expect(inbox.map((e) => e.title)).toEqual(["Run r3 of p failed", "Run r2 of p failed", "Run r1 of p failed"]);
    expect(await openNotification(t.viewer.id, inbox[0]!.id)).toBeNull();
    expect(await markNotificationsRead(t.viewer.id, [inbox[0]!.id])).toBe(0);
    expect(await openNotification(t.editor.id, inbox[0]!.id)).toBe(inbox[0]!.link);
    expect(await countUnread(t.editor.id)).toBe(2);
    expect(await markNotificationsRead(t.editor.id, "all")).toBe(2);
    expect(await countUnread(t.editor.id)).toBe(0);
    expect(await countUnread(t.owner.id)).toBe(3);
  });
});
