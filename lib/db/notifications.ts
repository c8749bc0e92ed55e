import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { signPayload, verifyPayload } from "@/lib/auth/tokens";
import { getEnv } from "@/lib/env";
import { enqueue } from "@/lib/jobs/queue";
import {
  DEFAULT_CHANNELS,
  EVENT_TYPES,
  RECIPIENTS,
  emailSubject,
  emailText,
  eventTitle,
  type Channels,
  type EventFacts,
  type EventType,
} from "@/lib/domain/notifications/events";
import { decodeUnsubscribe, encodeUnsubscribe, splitToken, type UnsubscribeTarget } from "@/lib/domain/notifications/unsubscribe";

// Events, the inbox, preferences and unsubscribing (decision 023). `publishEvent` writes an event and everything
// it owes people in one short transaction — the ProjectEvent (once per dedupeKey), an inbox entry per recipient who
// keeps in-app on, a queued EmailMessage per recipient who keeps email on — and after the commit queues the job
// that sends (event.deliver, lib/jobs/queue.ts). Recipients are chosen in SQL among the project's workspace members
// only, so nobody outside the workspace can ever be told anything.

export type PublishInput = {
  projectId: string;
  facts: EventFacts;
  /** Same occurrence, same key ("run.failed:<runId>"): publishing it again does nothing. */
  dedupeKey: string;
  /** Path inside the app to the exact place. */
  link: string;
  /** Defaults to the facts' title (eventTitle). */
  title?: string;
  data?: Record<string, unknown>;
  /** The people the event names (mentioned members, a thread's authors, the inviter); see RECIPIENTS. */
  recipients?: readonly string[];
  /** Who caused the event: never told about it. */
  actorId?: string | null;
};

export type PublishedEvent = { id: string; notified: number; emailed: number };

/** The app's public address, for links in emails. */
function appUrl(): string {
  return (getEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/** Publishes one event; null when its dedupeKey was published before. */
export async function publishEvent(input: PublishInput): Promise<PublishedEvent | null> {
  const type = input.facts.type;
  const rule = RECIPIENTS[type];
  const title = input.title ?? eventTitle(input.facts);
  const defaults = DEFAULT_CHANNELS[type];
  const base = appUrl();
  const published = await db.$transaction(async (tx) => {
    const [event] = await tx.$queryRaw<{ id: string; projectName: string }[]>`
      INSERT INTO "ProjectEvent" ("id", "projectId", "type", "dedupeKey", "title", "link", "data", "occurredAt")
      SELECT ${randomUUID()}, p."id", ${type}, ${input.dedupeKey}, ${title}, ${input.link},
             ${JSON.stringify({ ...input.facts, ...input.data })}::jsonb, now() AT TIME ZONE 'UTC'
      FROM "Project" p WHERE p."id" = ${input.projectId}
      ON CONFLICT ("projectId", "dedupeKey") DO NOTHING
      RETURNING "id", (SELECT "name" FROM "Project" WHERE "id" = ${input.projectId}) AS "projectName"`;
    if (!event) return null;
    // Members of the project's workspace only: by role, or named by the publisher; never the actor.
    const people = await tx.$queryRaw<{ id: string; email: string; inApp: boolean; sendEmail: boolean }[]>`
      SELECT u."id", u."email",
             COALESCE(np."inApp", ${defaults.inApp}) AS "inApp", COALESCE(np."email", ${defaults.email}) AS "sendEmail"
      FROM "Project" p
      JOIN "Membership" m ON m."workspaceId" = p."workspaceId"
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "NotificationPreference" np ON np."userId" = u."id" AND np."projectId" = p."id" AND np."eventType" = ${type}
      WHERE p."id" = ${input.projectId}
        AND (m."role"::text = ANY(${[...rule.roles]}::text[]) OR (${rule.named} AND u."id" = ANY(${[...(input.recipients ?? [])]}::text[])))
        AND u."id" IS DISTINCT FROM ${input.actorId ?? null}
      ORDER BY u."id"`;
    const inbox = people.filter((p) => p.inApp);
    const mail = people.filter((p) => p.sendEmail);
    if (inbox.length > 0)
      await tx.notification.createMany({ data: inbox.map((p) => ({ userId: p.id, eventId: event.id })), skipDuplicates: true });
    if (mail.length > 0) {
      const url = `${base}${input.link}`;
      await tx.emailMessage.createMany({
        data: mail.map((p) => ({
          idempotencyKey: `${event.id}:${p.id}`,
          eventId: event.id,
          userId: p.id,
          toAddress: p.email,
          subject: emailSubject(input.facts, event.projectName),
          text: emailText({
            facts: input.facts,
            projectName: event.projectName,
            url,
            unsubscribeUrl: unsubscribeUrl({ userId: p.id, projectId: input.projectId, eventType: type }),
          }),
        })),
        skipDuplicates: true,
      });
    }
    return { id: event.id, notified: inbox.length, emailed: mail.length };
  });
  if (published) await queueDelivery(published.id);
  return published;
}

/**
 * Queues the fan-out job. The rows are committed already, so a queue that is down loses nothing the worker cannot
 * find again (queued emails stay "queued"); the failure is logged, not thrown at the person who caused the event.
 */
async function queueDelivery(eventId: string) {
  try {
    await enqueue("event.deliver", { eventId });
  } catch (err) {
    console.error(`[scopebench] could not queue event ${eventId}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Unsubscribe links: `<payload>.<HMAC-SHA256 of it with NEXTAUTH_SECRET>`.

function unsubscribeToken(target: UnsubscribeTarget): string {
  const payload = encodeUnsubscribe(target);
  return `${payload}.${signPayload(getEnv().NEXTAUTH_SECRET, payload)}`;
}

function unsubscribeUrl(target: UnsubscribeTarget): string {
  return `${appUrl()}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(target))}`;
}

function verifiedTarget(token: string): UnsubscribeTarget | null {
  const parts = splitToken(token);
  if (!parts || !verifyPayload(getEnv().NEXTAUTH_SECRET, parts.payload, parts.signature)) return null;
  return decodeUnsubscribe(parts.payload);
}

export type UnsubscribePreview = UnsubscribeTarget & { projectName: string; email: string };

/** What an unsubscribe link would turn off; null for a tampered or unknown link (or someone no longer a member). */
export async function previewUnsubscribe(token: string): Promise<UnsubscribePreview | null> {
  const target = verifiedTarget(token);
  if (!target) return null;
  const row = await db.project.findFirst({
    where: { id: target.projectId, workspace: { members: { some: { userId: target.userId } } } },
    select: {
      name: true,
      workspace: { select: { members: { where: { userId: target.userId }, select: { user: { select: { email: true } } } } } },
    },
  });
  const email = row?.workspace.members[0]?.user.email;
  return row && email ? { ...target, projectName: row.name, email } : null;
}

/** Turns email off for the link's person, project and event type (in-app stays as it was); null when refused. */
export async function unsubscribe(token: string): Promise<UnsubscribePreview | null> {
  const preview = await previewUnsubscribe(token);
  if (!preview) return null;
  const { userId, projectId, eventType } = preview;
  await db.notificationPreference.upsert({
    where: { userId_projectId_eventType: { userId, projectId, eventType } },
    create: { userId, projectId, eventType, inApp: DEFAULT_CHANNELS[eventType].inApp, email: false },
    update: { email: false },
  });
  return preview;
}

// ---------------------------------------------------------------------------------------------
// Preferences: per member and project, for themselves.

export type PreferenceTable = Record<EventType, Channels>;

/** The caller's channels for each event type in this project (stored, or the defaults). Any member. */
export async function getNotificationPreferences(access: ProjectAccess): Promise<PreferenceTable> {
  assertRole(access, "viewer");
  const rows = await db.notificationPreference.findMany({
    where: { userId: access.userId, projectId: access.project.id },
    select: { eventType: true, inApp: true, email: true },
  });
  const stored = new Map(rows.map((r) => [r.eventType, { inApp: r.inApp, email: r.email }]));
  return Object.fromEntries(EVENT_TYPES.map((t) => [t, stored.get(t) ?? DEFAULT_CHANNELS[t]])) as PreferenceTable;
}

/** Saves the caller's whole table for this project. Any member, for themselves only. */
export async function setNotificationPreferences(access: ProjectAccess, table: PreferenceTable): Promise<void> {
  assertRole(access, "viewer");
  const types = EVENT_TYPES.filter((t) => t in table);
  await db.$executeRaw`
    INSERT INTO "NotificationPreference" ("userId", "projectId", "eventType", "inApp", "email", "updatedAt")
    SELECT ${access.userId}, ${access.project.id}, u.t, u.i, u.e, now() AT TIME ZONE 'UTC'
    FROM unnest(${types}::text[], ${types.map((t) => table[t].inApp)}::bool[], ${types.map((t) => table[t].email)}::bool[]) AS u(t, i, e)
    ON CONFLICT ("userId", "projectId", "eventType") DO UPDATE SET "inApp" = EXCLUDED."inApp", "email" = EXCLUDED."email", "updatedAt" = EXCLUDED."updatedAt"`;
}

// ---------------------------------------------------------------------------------------------
// The inbox: the signed-in user's own notifications, from projects of workspaces they are still a member of.

export type InboxEntry = {
  id: string;
  title: string;
  link: string;
  type: string;
  projectName: string;
  workspaceName: string;
  occurredAt: Date;
  readAt: Date | null;
};

const stillMember = (userId: string) => ({ event: { project: { workspace: { members: { some: { userId } } } } } });

/** How many unread entries the user has (the bell's count); uses the (userId, readAt, createdAt) index. */
export async function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null, ...stillMember(userId) } });
}

/** The newest entries first. */
export async function listInbox(userId: string, take = 100): Promise<InboxEntry[]> {
  const rows = await db.notification.findMany({
    where: { userId, ...stillMember(userId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      readAt: true,
      event: {
        select: {
          title: true,
          link: true,
          type: true,
          occurredAt: true,
          project: { select: { name: true, workspace: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.event.title,
    link: r.event.link,
    type: r.event.type,
    projectName: r.event.project.name,
    workspaceName: r.event.project.workspace.name,
    occurredAt: r.event.occurredAt,
    readAt: r.readAt,
  }));
}

/** Marks the user's own entries read (others' ids match nothing); returns how many changed. */
export async function markNotificationsRead(userId: string, ids: readonly string[] | "all", now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: [...ids] } }) },
    data: { readAt: now },
  });
  return count;
}

/** Marks one entry read and returns where it points; null when it is not the user's (or they left the workspace). */
export async function openNotification(userId: string, id: string, now = new Date()): Promise<string | null> {
  const row = await db.notification.findFirst({
    where: { id, userId, ...stillMember(userId) },
    select: { event: { select: { link: true } } },
  });
  if (!row) return null;
  await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
  return row.event.link;
}
