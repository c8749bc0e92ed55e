// The input rule (lib/domain/safe-input.ts) outside the API: server actions, the JSON import, and
// what the pages hand lib/db from their URLs. Each odd input used to be a 500 or "Something went
// wrong"; now it is a refusal with a message, or a parameter ignored, against the real database.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { redirectTo: to });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

import { importProjectAction } from "@/lib/actions/project-import";
import { createProjectAction, setStageAction } from "@/lib/actions/projects";
import { saveCanvasBlockAction } from "@/lib/actions/canvas";
import { resolveProjectAccess, resolveWorkspaceAccess } from "@/lib/db/access";
import { listAuditEvents } from "@/lib/db/audit";
import { exportProject } from "@/lib/db/project-export";
import { createProject, listProjects } from "@/lib/db/projects";
import { listRuns } from "@/lib/db/runs";
import { encodeRunCursor, decodeRunCursor } from "@/lib/domain/runs/cursor";
import { parseSafeDate } from "@/lib/domain/safe-input";
import { IDLE } from "@/lib/forms";
import { projectSearchSchema } from "@/lib/schemas/project";
import { runsFilterSchema } from "@/lib/schemas/run-views";
import { createDb } from "@/lib/db/client";
import { makeUser, projectAccessFor } from "../support/factories";
import { makeFullProject } from "../support/full-project";

const { db } = createDb(process.env.DATABASE_URL!);

let owner: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  owner = await makeUser("Rule keeper");
  session.userId = owner.user.id;
});

const form = (fields: Record<string, string | File>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

describe("server actions refuse odd input before their schema", () => {
  test("a form action: NUL in a project name is a field error, nothing created", async () => {
    const before = (await listProjects(owner.access)).length;
    // (FormData itself turns a lone surrogate into U+FFFD; object actions get them as sent, see below.)
    for (const name of ["Churn\u0000model", "Bell\u0007"]) {
      const state = await createProjectAction(IDLE, form({ workspaceSlug: owner.workspace.slug, name, description: "" }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { name: [expect.stringMatching(/NUL|control|surrogate/)] } });
    }
    expect((await listProjects(owner.access)).length).toBe(before);
  });

  test("an object action: the rule reaches nested fields", async () => {
    const project = await createProject(owner.access, { name: "Canvas", description: "", templateKey: "blank" });
    const res = await saveCanvasBlockAction({
      workspaceSlug: owner.workspace.slug,
      projectId: project.id,
      key: "decisions",
      baseVersion: 0,
      text: "ok",
      fields: { note: "x\ud800" },
      message: "",
    } as never);
    expect(res).toMatchObject({ ok: false, error: { code: "invalid_input", fieldErrors: { "fields.note": [expect.any(String)] } } });
    const bad = await setStageAction({ workspaceSlug: "\u0000", projectId: project.id, stage: "scoping" } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});

describe("JSON import", () => {
  const upload = (content: string) =>
    importProjectAction(
      IDLE,
      form({ workspaceSlug: owner.workspace.slug, file: new File([content], "export.json", { type: "application/json" }) }),
    );

  test("NUL, lone surrogates, 1e999 and a 50,000-deep array are refused with a message, not 'Something went wrong'", async () => {
    const project = await createProject(owner.access, { name: "Exported", description: "", templateKey: "blank" });
    const doc = JSON.stringify(await exportProject(await projectAccessFor(owner.user.id, owner.workspace.slug, project.id)));
    const cases: [string, RegExp][] = [
      [doc.replace('"description":""', '"description":"a\\u0000b"'), /NUL/],
      [doc.replace('"description":""', '"description":"a\\ud800b"'), /surrogate/],
      [doc.replace('"description":""', '"description":"a","extra":1e999'), /finite/],
      [doc.replace('"description":""', `"description":"",\"deep\":${"[".repeat(50_000)}${"]".repeat(50_000)}`), /levels deep/],
    ];
    const before = (await listProjects(owner.access)).length;
    for (const [content, pattern] of cases) {
      const state = await upload(content);
      expect(state.status, content.slice(0, 80)).toBe("error");
      expect(state.message).not.toMatch(/Something went wrong/);
      expect(JSON.stringify(state)).toMatch(pattern);
    }
    expect((await listProjects(owner.access)).length).toBe(before);
  });

  test("the largest finite numbers import as they are, or are refused with a message; never 'Something went wrong'", async () => {
    const { projectId } = await makeFullProject(db, owner.access, owner.user.id);
    const doc = JSON.stringify(await exportProject(await projectAccessFor(owner.user.id, owner.workspace.slug, projectId)));
    const numbers = [...doc.matchAll(/"(target|alertThreshold|rangeMin|rangeMax|value|score|targetValue)":(-?[\d.e+-]+)(?=[,}])/g)];
    expect(numbers.length).toBeGreaterThan(0);
    for (const big of ["1.79e308", "-1.79e308"]) {
      let content = doc;
      for (const m of numbers) content = content.replace(m[0], `"${m[1]}":${big}`);
      // Imported (the action redirects to the new project), or refused with the field's path.
      const outcome = await upload(content).catch((err: { redirectTo?: string }) => {
        if (err.redirectTo) return { status: "imported", message: err.redirectTo };
        throw err;
      });
      expect(outcome.message ?? "").not.toMatch(/Something went wrong/);
      if (outcome.status === "imported") continue;
      // Values beyond what the forms take (a metric target, an HLP score) are refused, each with its path.
      const issues = (outcome as { issues?: { path: string; message: string }[] }).issues ?? [];
      expect(outcome.status, JSON.stringify(outcome).slice(0, 300)).toBe("error");
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.path).toMatch(/^\$\.project\./);
      expect(issues.map((i) => i.path)).toContain("$.project.metrics[0].target");
    }
  });
});

describe("what the pages read from the URL", () => {
  test("%00 in route ids resolves to no access (a 404), not a database error", async () => {
    const project = await createProject(owner.access, { name: "Routed", description: "", templateKey: "blank" });
    expect(await resolveWorkspaceAccess(owner.user.id, "\u0000")).toBeNull();
    expect(await resolveProjectAccess(owner.user.id, owner.workspace.slug, "a\u0000")).toBeNull();
    expect(await resolveProjectAccess(owner.user.id, owner.workspace.slug, project.id)).not.toBeNull();
  });

  test("workspace search ?q=%00 is ignored; the list still loads", async () => {
    const search = projectSearchSchema.parse({ q: "\u0000" });
    expect(Array.isArray(await listProjects(owner.access, { q: search.q }))).toBe(true);
  });

  test("/runs with a negative-year cursor is refused as invalid_input (the page starts over), not a 500", async () => {
    const project = await createProject(owner.access, { name: "Runs page", description: "", templateKey: "blank" });
    const access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
    for (const startedAt of [new Date(-8.64e15), new Date("-000001-01-01T00:00:00Z"), new Date(8.64e15)]) {
      const cursor = encodeRunCursor({ startedAt, id: "cm0abc" });
      expect(decodeRunCursor(cursor)).toBeNull();
      const filter = runsFilterSchema.parse({ cursor });
      await expect(listRuns(access, { ...filter, limit: 25 })).rejects.toMatchObject({ code: "invalid_input" });
    }
    expect((await listRuns(access, { limit: 25 })).runs).toEqual([]);
  });

  test("/audit?before=-271821-04-20T00:00:00Z is ignored; the newest events show", async () => {
    const before = parseSafeDate("-271821-04-20T00:00:00Z");
    expect(before).toBeNull();
    const events = await listAuditEvents(owner.access, { before: before ?? undefined });
    expect(events.length).toBeGreaterThan(0);
  });
});
