// Read-only share links: who may make, list and revoke them, that only a hash of the secret is
// stored, that dead links open nothing, that every view is counted, and guest comments.
// The session (next-auth) and Next's cache revalidation are stubbed; authorization and the
// database are real.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The guest comment action reads the visitor's address from the request headers (lib/auth/client-address.ts).
const request = vi.hoisted(() => ({ address: "203.0.113.7" }));
// As under `npm start`: the socket-address preload has marked the process and written the peer's address.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-scopebench-socket-address": request.address }) }));
(globalThis as Record<symbol, unknown>)[Symbol.for("scopebench.socketAddressHeader")] = true;

import { addGuestCommentAction, createShareLinkAction, revokeShareLinkAction } from "@/lib/actions/share-links";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { listCanvasThreads } from "@/lib/db/canvas-comments";
import {
  addGuestComment,
  createShareLink,
  findSharedProject,
  GUEST_COMMENT_LINK_POLICY,
  GUEST_COMMENT_POLICY,
  listGuestComments,
  listShareLinks,
  revokeShareLink,
  viewSharedProject,
} from "@/lib/db/share-links";
import type { ProjectAccess } from "@/lib/db/access";
import type { Role } from "@/lib/domain/auth/roles";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { IDLE } from "@/lib/forms";
import { isAppError } from "@/lib/errors";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (offsetDays: number, from = new Date()) => new Date(from.getTime() + offsetDays * DAY).toISOString().slice(0, 10);
const input = (over: Partial<{ note: string; expiresOn: string; allowComments: boolean }> = {}) => ({
  note: "Steering group",
  expiresOn: isoDay(30),
  allowComments: true,
  ...over,
});

async function newProject(name = "Shared") {
  const owner = await makeUser("Share owner");
  const project = await createProject(owner.access, {
    name: `${name} ${Math.random().toString(36).slice(2, 7)}`,
    description: "",
    templateKey: "sales-forecasting",
  });
  const access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
  return { owner, access, ref: { workspaceSlug: owner.workspace.slug, projectId: project.id } };
}

async function member(ownerAccess: ProjectAccess, role: Role, name: string): Promise<ProjectAccess> {
  const person = await makeUser(name);
  await acceptInvite(person.user.id, (await createInvite(ownerAccess, role, 7)).token);
  return projectAccessFor(person.user.id, ownerAccess.workspace.slug, ownerAccess.project.id);
}

function form(values: Record<string, string | undefined>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) fd.set(k, v);
  return fd;
}

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
  return "accepted";
}

async function linkRow(id: string) {
  return db.shareLink.findUniqueOrThrow({ where: { id } });
}

let shared: Awaited<ReturnType<typeof newProject>>;
let editor: ProjectAccess;
let viewer: ProjectAccess;

beforeAll(async () => {
  shared = await newProject();
  editor = await member(shared.access, "editor", "Share editor");
  viewer = await member(shared.access, "viewer", "Share viewer");
});

describe("who may create, list and revoke", () => {
  test("owners and editors create and list; a viewer is refused both", async () => {
    await createShareLink(shared.access, input({ note: "By the owner" }));
    await createShareLink(editor, input({ note: "By the editor" }));
    expect(await refusal(createShareLink(viewer, input()))).toBe("forbidden");
    expect(await refusal(listShareLinks(viewer))).toBe("forbidden");
    const notes = (await listShareLinks(editor)).map((l) => l.note);
    expect(notes).toEqual(expect.arrayContaining(["By the owner", "By the editor"]));
  });

  test("an editor cannot revoke; the owner can, once", async () => {
    const link = await createShareLink(editor, input({ note: "To revoke" }));
    expect(await refusal(revokeShareLink(editor, link.id))).toBe("forbidden");
    expect((await linkRow(link.id)).revokedAt).toBeNull();
    await revokeShareLink(shared.access, link.id);
    expect((await linkRow(link.id)).revokedAt).not.toBeNull();
    expect(await refusal(revokeShareLink(shared.access, link.id))).toBe("not_found");
    const listed = (await listShareLinks(shared.access)).find((l) => l.id === link.id);
    expect(listed).toMatchObject({ status: "revoked", note: "To revoke", viewCount: 0, lastViewedAt: null, createdByName: "Share editor" });
  });

  test("through the actions: viewer refused, editor creates but cannot revoke, owner revokes", async () => {
    session.userId = viewer.userId;
    const refused = await createShareLinkAction(IDLE, form({ ...shared.ref, note: "x", expiresOn: isoDay(10), allowComments: "on" }));
    expect(refused).toMatchObject({ status: "error", message: "You are a viewer in this workspace; only an editor or owner can do that." });

    session.userId = editor.userId;
    const made = await createShareLinkAction(IDLE, form({ ...shared.ref, note: "Via action", expiresOn: isoDay(10), allowComments: "on" }));
    expect(made.status).toBe("success");
    expect(made.result?.path).toMatch(/^\/s\/shr_[A-Za-z0-9_-]{43}$/);
    const token = made.result!.path!.slice(3);
    const row = await db.shareLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row).toMatchObject({ note: "Via action", allowComments: true, expiresAt: new Date(`${isoDay(11)}T00:00:00Z`) });
    expect(await revokeShareLinkAction({ ...shared.ref, shareLinkId: row.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });

    session.userId = shared.access.userId;
    expect(await revokeShareLinkAction({ ...shared.ref, shareLinkId: row.id })).toEqual({ ok: true, data: undefined });
    expect(await findSharedProject(token)).toBeNull();
  });

  test("an expiry date is required, after today and at most 365 days ahead", async () => {
    session.userId = shared.access.userId;
    const cases: [string | undefined, RegExp][] = [
      [undefined, /Pick the day the link stops working/],
      [isoDay(0), /Pick a day after today/],
      [isoDay(400), /at most 365 days/],
      ["2025-02-30", /YYYY-MM-DD/],
    ];
    const before = await db.shareLink.count({ where: { projectId: shared.ref.projectId } });
    for (const [expiresOn, message] of cases) {
      const res = await createShareLinkAction(IDLE, form({ ...shared.ref, note: "Bad date", expiresOn }));
      expect(res.status).toBe("error");
      expect(res.fieldErrors?.expiresOn?.join(" ")).toMatch(message);
      expect(res.values?.note).toBe("Bad date");
    }
    expect(await db.shareLink.count({ where: { projectId: shared.ref.projectId } })).toBe(before);
  });

  test("another workspace's project is not found, through the actions and by link id", async () => {
    const other = await newProject("Other");
    const theirLink = await createShareLink(other.access, input());
    session.userId = shared.access.userId;
    const res = await createShareLinkAction(IDLE, form({ ...shared.ref, projectId: other.ref.projectId, expiresOn: isoDay(5) }));
    expect(res).toMatchObject({ status: "error", message: "Project not found." });
    expect(await revokeShareLinkAction({ ...shared.ref, projectId: other.ref.projectId, shareLinkId: theirLink.id })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    // Their link id, through my project: not found, and still open.
    expect(await refusal(revokeShareLink(shared.access, theirLink.id))).toBe("not_found");
    expect((await linkRow(theirLink.id)).revokedAt).toBeNull();
    expect((await listShareLinks(shared.access)).some((l) => l.id === theirLink.id)).toBe(false);
  });
});

describe("the secret", () => {
  test("only its SHA-256 is stored: no row of the project or its audit log contains it", async () => {
    const { access } = await newProject("Secret");
    const link = await createShareLink(access, input({ note: "Board" }));
    expect(link.token).toMatch(/^shr_[A-Za-z0-9_-]{43}$/);
    const row = await linkRow(link.id);
    expect(row.tokenHash).toBe(hashToken(link.token));
    const stored = await db.$queryRaw<
      { row: string }[]
    >`SELECT row_to_json(l)::text AS row FROM "ShareLink" l WHERE l."projectId" = ${access.project.id}`;
    const audit = await db.$queryRaw<
      { row: string }[]
    >`SELECT row_to_json(a)::text AS row FROM "AuditEvent" a WHERE a."projectId" = ${access.project.id}`;
    expect(stored).toHaveLength(1);
    for (const r of [...stored, ...audit]) expect(r.row).not.toContain(link.token.slice(4));
    expect(await findSharedProject(link.token)).toMatchObject({
      link: { id: link.id, allowComments: true },
      access: { role: "viewer", project: { id: access.project.id } },
    });
  });

  test("unknown, malformed, expired and revoked links open nothing, and are not counted", async () => {
    const { access } = await newProject("Dead links");
    const expiring = await createShareLink(access, input({ expiresOn: isoDay(2) }));
    const afterExpiry = new Date(`${isoDay(3)}T00:00:00Z`);
    expect(await findSharedProject(expiring.token)).not.toBeNull();
    expect(await findSharedProject(expiring.token, afterExpiry)).toBeNull();
    expect(await viewSharedProject(expiring.token, afterExpiry)).toBeNull();

    const revoked = await createShareLink(access, input());
    await revokeShareLink(access, revoked.id);
    expect(await findSharedProject(revoked.token)).toBeNull();
    expect(await viewSharedProject(revoked.token)).toBeNull();

    for (const token of [generateToken("shr"), "shr_short", generateToken("inv"), "", `${revoked.token}x`])
      expect(await viewSharedProject(token)).toBeNull();
    for (const id of [expiring.id, revoked.id]) expect(await linkRow(id)).toMatchObject({ viewCount: 0, lastViewedAt: null });
    const statuses = Object.fromEntries((await listShareLinks(access, afterExpiry)).map((l) => [l.id, l.status]));
    expect(statuses).toEqual({ [expiring.id]: "expired", [revoked.id]: "revoked" });
  });
});

describe("views", () => {
  test("every view is counted, concurrent ones exactly, with the time of the last", async () => {
    const { access } = await newProject("Views");
    const link = await createShareLink(access, input());
    const first = new Date();
    await viewSharedProject(link.token, first);
    expect(await linkRow(link.id)).toMatchObject({ viewCount: 1, lastViewedAt: first });
    const results = await Promise.all(Array.from({ length: 40 }, () => viewSharedProject(link.token)));
    expect(results.every((r) => r?.access.project.id === access.project.id)).toBe(true);
    const row = await linkRow(link.id);
    expect(row.viewCount).toBe(41);
    expect(row.lastViewedAt!.getTime()).toBeGreaterThanOrEqual(first.getTime());
    // Looking a link up for a comment is not a view.
    await findSharedProject(link.token);
    expect((await linkRow(link.id)).viewCount).toBe(41);
  });
});

describe("guest comments", () => {
  const guestForm = (token: string, over: Record<string, string> = {}) =>
    form({ token, key: "decisions", guestName: "Maria from finance", body: "Who signs off the order thresholds?", ...over });

  test("with comments allowed, anyone holding the link comments under a name; the team sees it marked as a guest", async () => {
    session.userId = "";
    const { access } = await newProject("Guests");
    const link = await createShareLink(access, input({ allowComments: true }));
    const res = await addGuestCommentAction(IDLE, guestForm(link.token));
    expect(res).toMatchObject({
      status: "success",
      result: { key: "decisions", guestName: "Maria from finance", body: "Who signs off the order thresholds?" },
    });
    const row = await db.canvasComment.findUniqueOrThrow({ where: { id: res.result!.id! } });
    expect(row).toMatchObject({
      projectId: access.project.id,
      blockKey: "decisions",
      authorId: null,
      guestName: "Maria from finance",
      shareLinkId: link.id,
      parentId: null,
    });
    const threads = await listCanvasThreads(access);
    expect(threads).toEqual([
      expect.objectContaining({
        key: "decisions",
        authorName: "Maria from finance (guest, via share link)",
        body: "Who signs off the order thresholds?",
      }),
    ]);
    const sharedProject = (await findSharedProject(link.token))!;
    expect((await listGuestComments(sharedProject)).map((c) => c.guestName)).toEqual(["Maria from finance"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { projectId: access.project.id, action: "canvas.comment.guest" } });
    expect(audit).toMatchObject({
      actorId: null,
      targetId: row.id,
      workspaceId: access.workspace.id,
      summary: 'Maria from finance (guest, via share link) commented on "Decisions"',
    });
  });

  test("refused, with nothing saved: comments off, revoked, expired, unknown link, bad name or body", async () => {
    session.userId = "";
    const { access } = await newProject("Refusals");
    const closed = await createShareLink(access, input({ allowComments: false }));
    const open = await createShareLink(access, input({ allowComments: true, expiresOn: isoDay(1) }));
    const revoked = await createShareLink(access, input({ allowComments: true }));
    await revokeShareLink(access, revoked.id);

    expect(await addGuestCommentAction(IDLE, guestForm(closed.token))).toMatchObject({
      status: "error",
      message: "Comments are turned off for this link.",
    });
    expect((await addGuestCommentAction(IDLE, guestForm(revoked.token))).message).toMatch(/not available any more/);
    expect((await addGuestCommentAction(IDLE, guestForm(generateToken("shr")))).message).toMatch(/not available any more/);
    expect(
      await refusal(
        addGuestComment(open.token, { key: "decisions", guestName: "Late", body: "Too late" }, { now: new Date(`${isoDay(2)}T00:00:00Z`) }),
      ),
    ).toBe("not_found");

    const fieldCases: [Record<string, string>, string][] = [
      [{ guestName: "  " }, "guestName"],
      [{ guestName: "n".repeat(81) }, "guestName"],
      [{ body: "" }, "body"],
      [{ body: "x".repeat(4001) }, "body"],
      [{ key: "the_whole_thing" }, "key"],
    ];
    for (const [over, field] of fieldCases) {
      const res = await addGuestCommentAction(IDLE, guestForm(open.token, over));
      expect(res.status).toBe("error");
      expect(res.fieldErrors?.[field], JSON.stringify(over).slice(0, 40)).toBeTruthy();
      expect(res.values).not.toHaveProperty("token");
    }
    expect(await db.canvasComment.count({ where: { projectId: access.project.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { projectId: access.project.id, action: "canvas.comment.guest" } })).toBe(0);
  });

  test("rate limit per visitor: of concurrent comments exactly the hourly allowance gets in; other links are not affected", async () => {
    const { access } = await newProject("Busy");
    const busy = await createShareLink(access, input({ allowComments: true }));
    const quiet = await createShareLink(access, input({ allowComments: true }));
    const max = GUEST_COMMENT_POLICY.limit;
    const address = "198.51.100.1";
    const outcomes = await Promise.all(
      Array.from({ length: max + 8 }, (_, i) =>
        refusal(addGuestComment(busy.token, { key: "monitoring", guestName: `Guest ${i}`, body: `Comment ${i}` }, { address })),
      ),
    );
    expect(outcomes.filter((o) => o === "accepted")).toHaveLength(max);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(8);
    expect(await db.canvasComment.count({ where: { shareLinkId: busy.id } })).toBe(max);
    request.address = address;
    const res = await addGuestCommentAction(IDLE, guestForm(busy.token));
    expect(res).toMatchObject({ status: "error" });
    expect(res.message).toMatch(/many comments through this link in the last hour\. Try again in \d+ minutes\./);
    expect(await refusal(addGuestComment(quiet.token, { key: "monitoring", guestName: "Other", body: "Still open" }, { address }))).toBe(
      "accepted",
    );
  });

  test("one visitor at their limit does not block the link: a second address still comments, up to the looser per-link cap", async () => {
    const { access } = await newProject("Shared");
    const link = await createShareLink(access, input({ allowComments: true }));
    const comment = (address: string, i: number) =>
      refusal(addGuestComment(link.token, { key: "decisions", guestName: `Visitor ${i}`, body: `Note ${i}` }, { address }));
    for (let i = 0; i < GUEST_COMMENT_POLICY.limit; i++) expect(await comment("192.0.2.10", i)).toBe("accepted");
    expect(await comment("192.0.2.10", 99)).toBe("rate_limited");
    // Through the action too: the address comes from the request (X-Forwarded-For).
    request.address = "192.0.2.10";
    expect((await addGuestCommentAction(IDLE, guestForm(link.token))).message).toMatch(/many comments through this link/);
    request.address = "192.0.2.20";
    expect(await addGuestCommentAction(IDLE, guestForm(link.token))).toMatchObject({ status: "success" });

    // The per-link cap: many addresses together stop at GUEST_COMMENT_LINK_POLICY.limit.
    const room = GUEST_COMMENT_LINK_POLICY.limit - GUEST_COMMENT_POLICY.limit - 1;
    const more = await Promise.all(Array.from({ length: room + 5 }, (_, i) => comment(`10.0.${Math.floor(i / 200)}.${i % 200}`, i)));
    expect(more.filter((o) => o === "accepted")).toHaveLength(room);
    const refused = await addGuestComment(link.token, { key: "decisions", guestName: "Late", body: "Late" }, { address: "10.9.9.9" }).catch(
      (e: Error) => e.message,
    );
    expect(refused).toMatch(/This link has received many comments/);
  });
});

describe("audit", () => {
  test("creating and revoking are recorded with the actor; the secret never is", async () => {
    const { access } = await newProject("Audited");
    const link = await createShareLink(access, input({ note: "Board pack", expiresOn: isoDay(14), allowComments: false }));
    await revokeShareLink(access, link.id);
    const events = await db.auditEvent.findMany({
      where: { projectId: access.project.id, targetType: "share_link" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId, e.targetId])).toEqual([
      ["share_link.create", access.userId, link.id],
      ["share_link.revoke", access.userId, link.id],
    ]);
    expect(events[0]!.summary).toBe(`Created a read-only share link "Board pack" valid until ${isoDay(14)}`);
  });
});
