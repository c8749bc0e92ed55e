import { describe, expect, test } from "vitest";
import { absoluteLink, buildSlackPayload, buildWebhookJson, slackEscape, webhookBody, type WebhookEventInput } from "./webhook-payload";

const event: WebhookEventInput = {
  id: "evt_1",
  type: "monitoring.breach",
  title: "Latency p95 > 400 ms <segment EU & US>",
  link: "/w/acme/projects/p1/monitoring?metric=latency",
  data: { metric: "latency", value: 512 },
  occurredAt: new Date("2026-05-01T10:00:00Z"),
};
const project = { id: "p1", name: "Churn <model>" };

describe("webhook payloads", () => {
  test("the JSON envelope carries the stable id, the type, the project and an absolute link", () => {
    expect(buildWebhookJson(event, project, "https://scopebench.example.com/")).toEqual({
      id: "evt_1",
      type: "monitoring.breach",
      occurredAt: "2026-05-01T10:00:00.000Z",
      project: { id: "p1", name: "Churn <model>" },
      title: event.title,
      link: "https://scopebench.example.com/w/acme/projects/p1/monitoring?metric=latency",
      data: { metric: "latency", value: 512 },
    });
  });

  test("a link that is not an app path becomes the app's home", () => {
    expect(absoluteLink("http://localhost:3000", "https://evil.example.com/")).toBe("http://localhost:3000/");
    expect(absoluteLink("http://localhost:3000", "//evil.example.com/")).toBe("http://localhost:3000/");
  });

  test("the Slack payload has text and blocks, with mrkdwn escaped", () => {
    const slack = buildSlackPayload(event, project, "https://scopebench.example.com");
    expect(slack.text).toBe(
      "[Churn &lt;model&gt;] Latency p95 &gt; 400 ms &lt;segment EU &amp; US&gt; <https://scopebench.example.com/w/acme/projects/p1/monitoring?metric=latency|Open in Scopebench>",
    );
    expect(slack.blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "*Latency p95 &gt; 400 ms &lt;segment EU &amp; US&gt;*\nChurn &lt;model&gt; · `monitoring.breach`" },
    });
    expect(JSON.stringify(slack.blocks[1])).toContain(
      "<https://scopebench.example.com/w/acme/projects/p1/monitoring?metric=latency|Open in Scopebench>",
    );
    expect(slackEscape("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  });

  test("webhookBody is the JSON string of the chosen format", () => {
    expect(JSON.parse(webhookBody("json", event, project, "http://x"))).toHaveProperty("id", "evt_1");
    expect(JSON.parse(webhookBody("slack", event, project, "http://x"))).toHaveProperty("blocks");
  });
});
