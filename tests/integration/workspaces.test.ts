import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { listMembers, updateMembership } from "@/lib/db/workspaces";
import { acceptInvite, createInvite, listOpenInvites, previewInvite, revokeInvite } from "@/lib/db/invites";
import { resolveWorkspaceAccess } from "@/lib/db/access";
import { createUserWithWorkspace } from "@/lib/db/users";
import { hashToken } from "@/lib/auth/tokens";
import { makeUser } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

describe("membership", () => {
  test("a new user owns a personal workspace", async () => {
    const { access } = await makeUser("Newcomer");
    expect(access.role).toBe("owner");
    expect(access.workspace.personal).toBe(true);
  });

  test("the same email cannot register twice", async () => {
    const { user } = await makeUser("Twin");
    await expect(createUserWithWorkspace({ name: "Twin", email: user.email, passwordHash: null })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  test("the last owner cannot leave or be demoted; with a second owner they can", async () => {
    const a = await makeUser("Solo");
    await expect(updateMembership(a.access, a.user.id, null)).rejects.toMatchObject({ code: "conflict" });
    await expect(updateMembership(a.access, a.user.id, "editor")).rejects.toMatchObject({ code: "conflict" });

    const b = await makeUser("Second");
    await acceptInvite(b.user.id, (await createInvite(a.access, "owner", 1)).token);
    await updateMembership(a.access, a.user.id, null);
    expect(await resolveWorkspaceAccess(a.user.id, a.workspace.slug)).toBeNull();
    expect((await listMembers((await resolveWorkspaceAccess(b.user.id, a.workspace.slug))!)).map((m) => m.role)).toEqual(["owner"]);
  });

  test("only owners change roles or remove others; anyone may leave", async () => {
    const owner = await makeUser("Boss");
    const editor = await makeUser("Ed");
    const viewer = await makeUser("Vi");
    await acceptInvite(editor.user.id, (await createInvite(owner.access, "editor", 1)).token);
    await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
    const edAccess = (await resolveWorkspaceAccess(editor.user.id, owner.workspace.slug))!;
    await expect(updateMembership(edAccess, viewer.user.id, "owner")).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateMembership(edAccess, viewer.user.id, null)).rejects.toMatchObject({ code: "forbidden" });
    await updateMembership(owner.access, viewer.user.id, "editor");
    const viAccess = (await resolveWorkspaceAccess(viewer.user.id, owner.workspace.slug))!;
    expect(viAccess.role).toBe("editor");
    await updateMembership(viAccess, viewer.user.id, null);
    expect(await resolveWorkspaceAccess(viewer.user.id, owner.workspace.slug)).toBeNull();
  });
});

describe("invitations", () => {
  test("only a hash of the token is stored", async () => {
    const { access } = await makeUser("Hasher");
    const { id, token } = await createInvite(access, "editor", 7);
    const row = await db.invite.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  test("a link works exactly once, even when two people race for it", async () => {
    const owner = await makeUser("Inviter");
    const { token } = await createInvite(owner.access, "viewer", 7);
    const [x, y] = await Promise.all([makeUser("Racer X"), makeUser("Racer Y")]);
    const results = await Promise.allSettled([acceptInvite(x.user.id, token), acceptInvite(y.user.id, token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    const members = await listMembers(owner.access);
    expect(members).toHaveLength(2);
    expect(await previewInvite(token)).toBeNull();
  });

  test("expired and revoked links are refused", async () => {
    const owner = await makeUser("Expirer");
    const joiner = await makeUser("Late");
    const old = await createInvite(owner.access, "editor", 1, new Date(Date.now() - 2 * 24 * 3600_000));
    await expect(acceptInvite(joiner.user.id, old.token)).rejects.toMatchObject({ code: "not_found" });
    const revoked = await createInvite(owner.access, "editor", 7);
    await revokeInvite(owner.access, revoked.id);
    expect(await listOpenInvites(owner.access)).toHaveLength(0);
    await expect(acceptInvite(joiner.user.id, revoked.token)).rejects.toMatchObject({ code: "not_found" });
    expect(await resolveWorkspaceAccess(joiner.user.id, owner.workspace.slug)).toBeNull();
  });
});

describe("sign-up", () => {
  test("people with the same name signing up at the same moment all get an account (a slug race is not 'email taken')", async () => {
    const stamp = Date.now();
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createUserWithWorkspace({ name: `Twin ${stamp}`, email: `twin-${stamp}-${i}@example.test`, passwordHash: null }),
      ),
    );
    expect(new Set(made.map((m) => m.workspace.slug)).size).toBe(6);
    // The same email twice is still refused.
    await expect(
      createUserWithWorkspace({ name: "Again", email: `twin-${stamp}-0@example.test`, passwordHash: null }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });
});
