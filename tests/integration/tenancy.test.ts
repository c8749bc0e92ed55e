import { describe, expect, test } from "vitest";
import { resolveProjectAccess, resolveWorkspaceAccess } from "@/lib/db/access";
import { createProject, listProjects } from "@/lib/db/projects";
import { makeUser } from "../support/factories";

describe("workspace isolation", () => {
  test("a project of another workspace is invisible through either slug", async () => {
    const alice = await makeUser("Alice");
    const mallory = await makeUser("Mallory");
    const secret = await createProject(alice.access, { name: "Secret model", description: "", templateKey: "blank" });

    // Mallory's own workspace slug with Alice's project id: not found.
    expect(await resolveProjectAccess(mallory.user.id, mallory.workspace.slug, secret.id)).toBeNull();
    // Alice's workspace slug: Mallory is not a member, not found either.
    expect(await resolveWorkspaceAccess(mallory.user.id, alice.workspace.slug)).toBeNull();
    expect(await resolveProjectAccess(mallory.user.id, alice.workspace.slug, secret.id)).toBeNull();
    // Mallory's project list does not contain it.
    expect((await listProjects(mallory.access)).map((p) => p.id)).not.toContain(secret.id);

    // The owner still gets it.
    const own = await resolveProjectAccess(alice.user.id, alice.workspace.slug, secret.id);
    expect(own?.project.name).toBe("Secret model");
    expect(own?.role).toBe("owner");
  });
});
