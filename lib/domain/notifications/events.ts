// What a project can tell people about (decision 023): the event types, their labels, who receives
// each, on which channels by default, and the words of the inbox title and the email. Pure: lib/db
// publishes the events (lib/db/notifications.ts) and filters recipients to the workspace's members.
import type { Role } from "@/lib/domain/auth/roles";
import { formatMetricValue, type MetricDirection } from "@/lib/domain/monitoring/status";
import { dateLabel } from "@/lib/domain/dates";

export const EVENT_TYPES = [
  "monitoring.breach",
  "monitoring.recovered",
  "run.failed",
  "milestone.late",
  "comment.guest",
  "comment.mention",
  "comment.reply",
  "invite.accepted",
  "digest.weekly",
  "webhook.disabled",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export const EVENT_LABEL: Record<EventType, string> = {
  "monitoring.breach": "A monitored metric crosses its alert threshold",
  "monitoring.recovered": "A monitored metric recovers",
  "run.failed": "A pipeline run fails",
  "milestone.late": "A milestone becomes late",
  "comment.guest": "A guest comments through a share link",
  "comment.mention": "Someone @mentions you in a comment",
  "comment.reply": "Someone replies in a thread you wrote in",
  "invite.accepted": "Someone accepts an invitation",
  "digest.weekly": "The weekly project digest",
  "webhook.disabled": "A webhook is turned off after repeated failures",
};

export type Channels = { inApp: boolean; email: boolean };
export const CHANNELS = ["inApp", "email"] as const;
export const CHANNEL_LABEL: Record<(typeof CHANNELS)[number], string> = { inApp: "In the app", email: "Email" };

const ON_BOTH: Channels = { inApp: true, email: true };
const IN_APP: Channels = { inApp: true, email: false };

/** The channels of a type when the person has not chosen: in-app for all; email for what needs acting on. */
export const DEFAULT_CHANNELS: Record<EventType, Channels> = {
  "monitoring.breach": ON_BOTH,
  "monitoring.recovered": ON_BOTH,
  "run.failed": ON_BOTH,
  "milestone.late": ON_BOTH,
  "comment.guest": ON_BOTH,
  "comment.mention": ON_BOTH,
  "comment.reply": ON_BOTH,
  "invite.accepted": IN_APP,
  "digest.weekly": ON_BOTH,
  "webhook.disabled": IN_APP,
};

/**
 * Who receives an event: the workspace members with one of `roles`, plus the people the publisher names (`named`:
 * the mentioned members, a thread's earlier authors, the inviter). Names are only ever taken from the workspace's
 * members, and the person who caused the event is never told about it.
 */
export type RecipientRule = { roles: readonly Role[]; named: boolean; describe: string };

const EDITORS: readonly Role[] = ["owner", "editor"];
export const RECIPIENTS: Record<EventType, RecipientRule> = {
  "monitoring.breach": { roles: EDITORS, named: false, describe: "Editors and owners" },
  "monitoring.recovered": { roles: EDITORS, named: false, describe: "Editors and owners" },
  "run.failed": { roles: EDITORS, named: false, describe: "Editors and owners" },
  "milestone.late": { roles: EDITORS, named: false, describe: "Editors and owners" },
  "comment.guest": { roles: EDITORS, named: false, describe: "Editors and owners" },
  "comment.mention": { roles: [], named: true, describe: "The mentioned members" },
  "comment.reply": { roles: [], named: true, describe: "The thread's earlier authors" },
  "invite.accepted": { roles: ["owner"], named: true, describe: "The inviter and the owners" },
  "digest.weekly": { roles: ["owner", "editor", "viewer"], named: false, describe: "Every member" },
  "webhook.disabled": { roles: ["owner"], named: false, describe: "Owners" },
};

/** A stored preference row, or none (the type's default). */
export function effectiveChannels(type: EventType, stored: Channels | null | undefined): Channels {
  return stored ?? DEFAULT_CHANNELS[type];
}

// ---------------------------------------------------------------------------------------------
// The facts of each event, and the words made from them.

export type EventFacts =
  | {
      type: "monitoring.breach" | "monitoring.recovered";
      metric: string;
      segment: string;
      value: number;
      threshold: number;
      direction: MetricDirection;
      unit: string;
    }
  | { type: "run.failed"; pipeline: string; externalId: string; source: string }
  | { type: "milestone.late"; milestone: string; dueDate: string }
  | { type: "comment.guest"; guestName: string; block: string; excerpt: string }
  | { type: "comment.mention" | "comment.reply"; authorName: string; block: string; excerpt: string }
  | { type: "invite.accepted"; memberName: string; role: Role; workspaceName: string }
  | { type: "digest.weekly"; week: string; lines: string[] }
  | { type: "webhook.disabled"; url: string; reason: string };

const inSegment = (segment: string) => (segment ? ` in segment “${segment}”` : "");
const worse = (direction: MetricDirection) => (direction === "higher_is_better" ? "below" : "above");

/** The one-line title shown in the inbox and used as the email's subject (after the project's name). */
export function eventTitle(facts: EventFacts): string {
  switch (facts.type) {
    case "monitoring.breach":
      return `${facts.metric}${inSegment(facts.segment)} crossed its alert threshold: ${formatMetricValue(facts.value, facts.unit)}`;
    case "monitoring.recovered":
      return `${facts.metric}${inSegment(facts.segment)} is back within its alert threshold: ${formatMetricValue(facts.value, facts.unit)}`;
    case "run.failed":
      return `Run ${facts.externalId} of ${facts.pipeline} failed`;
    case "milestone.late":
      return `Milestone “${facts.milestone}” is late (due ${dateLabel(facts.dueDate)})`;
    case "comment.guest":
      return `${facts.guestName} (guest) commented on “${facts.block}”`;
    case "comment.mention":
      return `${facts.authorName} mentioned you on “${facts.block}”`;
    case "comment.reply":
      return `${facts.authorName} replied on “${facts.block}”`;
    case "invite.accepted":
      return `${facts.memberName} joined ${facts.workspaceName} as ${facts.role}`;
    case "digest.weekly":
      return `Weekly digest, ${facts.week}`;
    case "webhook.disabled":
      return `A webhook was turned off after repeated failures`;
  }
}

/** The body lines of the email (and of a webhook's text), before the links. */
export function eventDetails(facts: EventFacts): string[] {
  switch (facts.type) {
    case "monitoring.breach":
      return [
        `The latest value of ${facts.metric}${inSegment(facts.segment)} is ${formatMetricValue(facts.value, facts.unit)}, ` +
          `${worse(facts.direction)} its alert threshold of ${formatMetricValue(facts.threshold, facts.unit)}.`,
        "You will be told once when it recovers; changes within the project's quiet window are not alerted.",
      ];
    case "monitoring.recovered":
      return [
        `The latest value of ${facts.metric}${inSegment(facts.segment)} is ${formatMetricValue(facts.value, facts.unit)}, ` +
          `within its alert threshold of ${formatMetricValue(facts.threshold, facts.unit)} again.`,
      ];
    case "run.failed":
      return [`The pipeline run ${facts.externalId} of ${facts.pipeline} (reported by ${facts.source}) ended with the status failed.`];
    case "milestone.late":
      return [`The milestone “${facts.milestone}” was due on ${dateLabel(facts.dueDate)} and is not done.`];
    case "comment.guest":
      return [`${facts.guestName} commented through a share link on the canvas block “${facts.block}”:`, quote(facts.excerpt)];
    case "comment.mention":
      return [`${facts.authorName} mentioned you in a comment on the canvas block “${facts.block}”:`, quote(facts.excerpt)];
    case "comment.reply":
      return [`${facts.authorName} replied in a thread you wrote in, on the canvas block “${facts.block}”:`, quote(facts.excerpt)];
    case "invite.accepted":
      return [`${facts.memberName} accepted an invitation and joined the workspace ${facts.workspaceName} as ${facts.role}.`];
    case "digest.weekly":
      return facts.lines;
    case "webhook.disabled":
      return [`The webhook to ${facts.url} was turned off: ${facts.reason}`, "An owner can turn it on again in the project's settings."];
  }
}

const EXCERPT_CHARS = 280;

/** A comment's text as a short plain-text quote. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
const quote = (text: string) => `> ${text}`;

/** The plain text of an event's email: title, details, the link to the exact place, and the unsubscribe link last. */
export function emailText(input: { facts: EventFacts; projectName: string; url: string; unsubscribeUrl: string }): string {
  return [
    eventTitle(input.facts),
    "",
    ...eventDetails(input.facts),
    "",
    `Open in Scopebench (${input.projectName}): ${input.url}`,
    "",
    `You receive this because of your notification settings in ${input.projectName}.`,
    `Unsubscribe: ${input.unsubscribeUrl}`,
  ].join("\n");
}

export function emailSubject(facts: EventFacts, projectName: string): string {
  return `[${projectName}] ${eventTitle(facts)}`;
}

// ---------------------------------------------------------------------------------------------
// @mentions

export type Mentionable = { userId: string; name: string; email: string };

/**
 * The members a comment mentions: `@email` (exact, case-insensitive) or `@Name` — the longest member name that
 * follows the `@` as whole words, case-insensitive, so "@Ada Lovelace" finds Ada Lovelace rather than a member
 * called Ada. An `@` inside a word (an address in the text) mentions no one. Each member once, in order of mention.
 */
export function parseMentions(text: string, members: readonly Mentionable[]): string[] {
  const found: string[] = [];
  const add = (id: string) => {
    if (!found.includes(id)) found.push(id);
  };
  const byName = [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  for (const match of text.matchAll(/(^|[^\p{L}\p{N}_.@])@/gu)) {
    const rest = text.slice(match.index + match[0].length);
    const email = /^[^\s@]+@[^\s@]+\.[^\s@]*[^\s@.,;:!?)]/u.exec(rest)?.[0]?.toLowerCase();
    const byEmail = email && members.find((m) => m.email.toLowerCase() === email);
    if (byEmail) {
      add(byEmail.userId);
      continue;
    }
    const lower = rest.toLowerCase();
    const named = byName.find((m) => {
      const name = m.name.trim().toLowerCase();
      return lower.startsWith(name) && !/[\p{L}\p{N}_]/u.test(rest.charAt(name.length));
    });
    if (named) add(named.userId);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Hysteresis of monitoring alerts

/**
 * A series' alert state. `breached` is what people were last told (or, before any alert, that all is well);
 * `changedAt` when the state last changed (an alert sent, or a change held back as flapping); `alertedAt` when the
 * last alert (breach or recovery) went out.
 */
export type AlertState = { breached: boolean; changedAt: Date; alertedAt: Date | null };
export type AlertRule = { threshold: number; direction: MetricDirection; quietMinutes: number };
export type AlertOutcome = { state: AlertState; alert: "breach" | "recovered" | null; changed: boolean };

/** Strictly worse than the threshold, as `isBreach` in lib/domain/monitoring/status.ts. */
export function beyondThreshold(value: number, rule: Pick<AlertRule, "threshold" | "direction">): boolean {
  return rule.direction === "higher_is_better" ? value < rule.threshold : value > rule.threshold;
}

/**
 * One evaluation of a series' latest value at `at`. One alert on entering breach and one on recovery; none while
 * the value stays on the side people were told about; none when it crosses back within `quietMinutes` of the last
 * alert (a flap). A change held back that is still there at the first evaluation after the window is alerted then,
 * so a flap that settles is reported once; one that flips back before is never reported. `changed`: the state
 * should be stored.
 */
export function evaluateAlert(prev: AlertState | null, value: number, rule: AlertRule, at: Date): AlertOutcome {
  const breach = beyondThreshold(value, rule);
  if (!prev) {
    return breach
      ? { state: { breached: true, changedAt: at, alertedAt: at }, alert: "breach", changed: true }
      : { state: { breached: false, changedAt: at, alertedAt: null }, alert: null, changed: true };
  }
  if (breach === prev.breached) return { state: prev, alert: null, changed: false };
  const quietUntil = prev.alertedAt ? prev.alertedAt.getTime() + rule.quietMinutes * 60_000 : -Infinity;
  if (at.getTime() < quietUntil) return { state: { ...prev, changedAt: at }, alert: null, changed: true };
  return { state: { breached: breach, changedAt: at, alertedAt: at }, alert: breach ? "breach" : "recovered", changed: true };
}

export type LatestValue = { metric: string; segment: string; value: number; at: Date };

/** A batch's latest point per (metric, segment) — what an ingest evaluates. `time` is an ISO timestamp. */
export function latestPerSeries(points: readonly { metric: string; segment: string; value: number; time: string }[]): LatestValue[] {
  const latest = new Map<string, { metric: string; segment: string; value: number; time: string }>();
  for (const p of points) {
    const key = `${p.metric}\u0001${p.segment}`;
    const seen = latest.get(key);
    if (!seen || p.time >= seen.time) latest.set(key, p);
  }
  return [...latest.values()].map((p) => ({ metric: p.metric, segment: p.segment, value: p.value, at: new Date(p.time) }));
}

/** The id of a metric's card on the monitoring page, which alert links point at. */
export function metricAnchor(metric: string): string {
  return `metric-${encodeURIComponent(metric).replace(/[%.!~*'()]/g, "_")}`;
}
