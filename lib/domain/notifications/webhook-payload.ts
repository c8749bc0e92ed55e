// What a webhook receives: Scopebench's JSON envelope, or a Slack-compatible message ({ text, blocks }) for a Slack
// incoming webhook. The event id is stable: a retry or a redelivery sends the same id (and the Scopebench-Event-Id
// header), so a receiver can drop what it has already processed.

export const WEBHOOK_FORMATS = ["json", "slack"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export type WebhookEventInput = {
  id: string;
  type: string;
  title: string;
  /** A path inside the app ("/w/…/projects/…/monitoring"). */
  link: string;
  data: unknown;
  occurredAt: Date;
};

export type WebhookJsonPayload = {
  id: string;
  type: string;
  occurredAt: string;
  project: { id: string; name: string };
  title: string;
  link: string;
  data: unknown;
};

export type SlackPayload = { text: string; blocks: Array<Record<string, unknown>> };

/** An app path as an absolute URL on `appUrl`; anything that is not a same-origin path becomes the app's home. */
export function absoluteLink(appUrl: string, link: string): string {
  const base = appUrl.replace(/\/+$/, "");
  return link.startsWith("/") && !link.startsWith("//") ? `${base}${link}` : `${base}/`;
}

/** Slack's mrkdwn needs &, < and > escaped; everything else is shown as typed. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function buildWebhookJson(event: WebhookEventInput, project: { id: string; name: string }, appUrl: string): WebhookJsonPayload {
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    project: { id: project.id, name: project.name },
    title: event.title,
    link: absoluteLink(appUrl, event.link),
    data: event.data ?? {},
  };
}

export function buildSlackPayload(event: WebhookEventInput, project: { id: string; name: string }, appUrl: string): SlackPayload {
  const link = absoluteLink(appUrl, event.link);
  const title = slackEscape(event.title);
  const projectName = slackEscape(project.name);
  return {
    text: `[${projectName}] ${title} <${link}|Open in Scopebench>`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${title}*\n${projectName} · \`${slackEscape(event.type)}\`` } },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: `<${link}|Open in Scopebench> · ${event.occurredAt.toISOString()}` }],
      },
    ],
  };
}

/** The body sent to a webhook of `format`, as the exact string that is signed. */
export function webhookBody(
  format: WebhookFormat,
  event: WebhookEventInput,
  project: { id: string; name: string },
  appUrl: string,
): string {
  return JSON.stringify(format === "slack" ? buildSlackPayload(event, project, appUrl) : buildWebhookJson(event, project, appUrl));
}
