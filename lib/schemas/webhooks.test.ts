import { describe, expect, test } from "vitest";
import { createWebhookSchema } from "./webhooks";

const ref = { workspaceSlug: "acme", projectId: "p1" };

describe("createWebhookSchema", () => {
  test("a form post: one checkbox per event, format json by default", () => {
    const parsed = createWebhookSchema.parse({
      ...ref,
      url: " https://hooks.example.com/x ",
      "event:run.failed": "on",
      "event:milestone.late": "on",
    });
    expect(parsed).toEqual({ ...ref, url: "https://hooks.example.com/x", format: "json", events: ["run.failed", "milestone.late"] });
  });

  test("no event chosen means all events (an empty list)", () => {
    expect(createWebhookSchema.parse({ ...ref, url: "https://h.example.com", format: "slack" }).events).toEqual([]);
  });

  test("refuses unknown events, formats and non-http URLs", () => {
    expect(createWebhookSchema.safeParse({ ...ref, url: "https://h.example.com", events: ["nope"] }).success).toBe(false);
    expect(createWebhookSchema.safeParse({ ...ref, url: "https://h.example.com", format: "xml" }).success).toBe(false);
    expect(createWebhookSchema.safeParse({ ...ref, url: "ftp://h.example.com" }).success).toBe(false);
  });
});
