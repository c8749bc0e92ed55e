import { describe, expect, test } from "vitest";
import { hasRole, roleRefusal, wouldOrphanWorkspace } from "./roles";

describe("hasRole", () => {
  test("owner can do everything", () => {
    expect(hasRole("owner", "owner")).toBe(true);
    expect(hasRole("owner", "editor")).toBe(true);
    expect(hasRole("owner", "viewer")).toBe(true);
  });
  test("editor is not an owner", () => {
    expect(hasRole("editor", "owner")).toBe(false);
    expect(hasRole("editor", "editor")).toBe(true);
  });
  test("viewer only reads", () => {
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });
});

describe("roleRefusal", () => {
  test("names the caller's role and who may act", () => {
    expect(roleRefusal("viewer", "editor")).toBe("You are a viewer in this workspace; only an editor or owner can do that.");
    expect(roleRefusal("editor", "owner")).toBe("You are an editor in this workspace; only an owner can do that.");
  });
});

describe("wouldOrphanWorkspace", () => {
  test("the last owner cannot be removed or demoted", () => {
    expect(wouldOrphanWorkspace(1, "owner", null)).toBe(true);
    expect(wouldOrphanWorkspace(1, "owner", "editor")).toBe(true);
  });
  test("one of two owners can leave", () => expect(wouldOrphanWorkspace(2, "owner", null)).toBe(false));
  test("editors and viewers never orphan", () => {
    expect(wouldOrphanWorkspace(1, "editor", null)).toBe(false);
    expect(wouldOrphanWorkspace(1, "viewer", "editor")).toBe(false);
  });
  test("keeping the owner role is fine", () => expect(wouldOrphanWorkspace(1, "owner", "owner")).toBe(false));
});
