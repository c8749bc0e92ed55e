import { describe, expect, test } from "vitest";
import { generateToken } from "@/lib/auth/tokens";
import { createShareLinkSchema, guestCommentSchema } from "./share-link";

const ref = { workspaceSlug: "ws", projectId: "p1" };

describe("createShareLinkSchema", () => {
  test("a form post: the checkbox posts 'on', the note is trimmed", () => {
    expect(
      createShareLinkSchema.parse({
        ...ref,
        note: "  For the steering group ",
        expiresOn: "2025-05-01",
        allowComments: "on",
        allowPdf: "on",
      }),
    ).toEqual({ ...ref, note: "For the steering group", expiresOn: "2025-05-01", allowComments: true, allowPdf: true });
  });

  test("an unchecked box and no note mean no comments and an empty note", () => {
    expect(createShareLinkSchema.parse({ ...ref, expiresOn: "2025-05-01" })).toMatchObject({
      note: "",
      allowComments: false,
      allowPdf: false,
    });
  });

  test("an expiry date is required and the note is limited", () => {
    const res = createShareLinkSchema.safeParse({ ...ref, note: "x".repeat(201), expiresOn: " " });
    expect(res.error?.issues.map((i) => i.path.join("."))).toEqual(["note", "expiresOn"]);
  });
});

describe("guestCommentSchema", () => {
  const token = generateToken("shr");
  const ok = { token, key: "decisions", guestName: "Maria (finance)", body: "Who signs off the thresholds?" };

  test("accepts a name of 1 to 80 characters and a body of 1 to 4,000", () => {
    expect(guestCommentSchema.parse({ ...ok, guestName: " M ", body: "x".repeat(4000) })).toMatchObject({ guestName: "M" });
    expect(guestCommentSchema.safeParse({ ...ok, guestName: "n".repeat(80) }).success).toBe(true);
  });

  test("refuses a blank or too long name or body, an unknown block and a token of another kind", () => {
    const bad = [
      { guestName: "  " },
      { guestName: "n".repeat(81) },
      { body: "" },
      { body: "x".repeat(4001) },
      { key: "nope" },
      { token: generateToken("inv") },
      { token: "shr_short" },
    ];
    for (const b of bad) expect(guestCommentSchema.safeParse({ ...ok, ...b }).success, JSON.stringify(b).slice(0, 40)).toBe(false);
  });
});
