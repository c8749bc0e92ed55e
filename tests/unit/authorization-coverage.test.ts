// Every way into workspace or project data goes through the one authorization helper
// (lib/auth/access.ts, or its page wrappers in lib/auth/page-access.ts). This test enumerates
// the routes in app/ and the server actions in lib/actions/ and fails when one skips it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const GUARDS = /\b(requireWorkspaceAccess|requireProjectAccess|pageWorkspaceAccess|pageProjectAccess|projectFormAction|projectAction)\(/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const rel = (f: string) => path.relative(ROOT, f);

describe("authorization coverage", () => {
  const appFiles = walk(path.join(ROOT, "app")).filter((f) => /\/(page|layout|route)\.tsx?$/.test(f));
  const scoped = appFiles.filter((f) => /\[(workspaceSlug|projectId)\]/.test(f));

  test("there are workspace- and project-scoped routes to check", () => {
    expect(scoped.length).toBeGreaterThanOrEqual(8);
  });

  // The machine API authenticates by project token, not by session: its routes must go through the token wrapper.
  const isTokenRoute = (file: string) => file.startsWith(path.join("app", "api", "v1", "projects", "[projectId]") + path.sep);

  test.each(scoped.map(rel).filter((f) => !isTokenRoute(f)))("%s calls the authorization helper", (file) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(GUARDS);
  });

  test.each(scoped.map(rel).filter(isTokenRoute))("%s exports only handlers wrapped in withApiToken", (file) => {
    const src = readFileSync(path.join(ROOT, file), "utf8");
    const handlers = [...src.matchAll(/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b(.*)$/gm)];
    expect(handlers.length).toBeGreaterThan(0);
    for (const [, method, rest] of handlers) expect(rest, `${file}: ${method}`).toMatch(/^ = withApiToken\(/);
    expect(src).not.toMatch(GUARDS);
  });

  // Read-only share links (app/s/**): the token in the URL is the credential. Their pages look it
  // up through lib/db/share-links (null for unknown, expired or revoked links) and never touch the
  // session, so nothing on them depends on who is signed in.
  const shareFiles = walk(path.join(ROOT, "app", "s")).filter((f) => /\.tsx?$/.test(f));

  test("the public share-link page exists", () => {
    expect(shareFiles.map(rel)).toContain(path.join("app", "s", "[token]", "page.tsx"));
  });

  test.each(shareFiles.filter((f) => /\/(page|layout|route)\.tsx?$/.test(f)).map(rel))(
    "%s looks the share token up through lib/db/share-links",
    (file) => {
      expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/from "@\/lib\/db\/share-links"/);
    },
  );

  test.each(shareFiles.map(rel))("%s uses no session or workspace guard", (file) => {
    const src = readFileSync(path.join(ROOT, file), "utf8");
    expect(src).not.toMatch(/from "(next-auth[^"]*|@\/lib\/auth\/(session|access|page-access|config|project-action))"/);
    expect(src).not.toMatch(GUARDS);
  });

  // Actions that need no workspace role, each with the reason it is safe.
  const PUBLIC_ACTIONS: Record<string, string> = {
    registerAction: "creates an account; no prior access exists",
    createWorkspaceAction: "any signed-in user may create a workspace they will own (calls requireUser)",
    acceptInviteAction: "the invitation token is the credential (calls requireUser)",
    addGuestCommentAction:
      "the share-link token is the credential: addGuestComment refuses unknown, expired and revoked links and links without comments",
  };
  // Public actions whose credential is a token rather than a session, and the call that checks it.
  const TOKEN_CHECK: Record<string, RegExp> = { addGuestCommentAction: /\baddGuestComment\(/ };

  const actionFiles = walk(path.join(ROOT, "lib", "actions")).filter((f) => f.endsWith(".ts"));
  const actions = actionFiles.flatMap((file) => {
    const src = readFileSync(file, "utf8");
    expect(src.trimStart().startsWith('"use server"')).toBe(true);
    return src
      .split(/(?=^export async function )/m)
      .slice(1)
      .map((chunk) => ({ file: rel(file), name: /^export async function (\w+)/.exec(chunk)![1]!, body: chunk }));
  });

  test("server actions were found", () => expect(actions.length).toBeGreaterThanOrEqual(10));

  test.each(actions.map((a) => [a.name, a.file, a.body] as const))("action %s (%s) is authorized", (name, _file, body) => {
    if (name in PUBLIC_ACTIONS) {
      if (TOKEN_CHECK[name]) expect(body).toMatch(TOKEN_CHECK[name]);
      else if (name !== "registerAction") expect(body).toMatch(/requireUser\(/);
      return;
    }
    expect(body).toMatch(GUARDS);
  });

  test("data-access functions for workspace data take the access object, never a bare id", () => {
    for (const file of walk(path.join(ROOT, "lib", "db")).filter((f) => /\/(projects|workspaces|invites|audit|share-links)\.ts$/.test(f))) {
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/^export async function (\w+)\(([^)]*)\)/gm)) {
        const [, fn, params] = m;
        // user-scoped, token-scoped, or (audit) a write inside a caller's already-authorized transaction
        const allowed = [
          "listWorkspacesForUser",
          "createWorkspace",
          "previewInvite",
          "acceptInvite",
          "audit",
          "findSharedProject",
          "viewSharedProject",
          "addGuestComment",
          "listGuestComments",
        ];
        if (allowed.includes(fn!)) continue;
        expect(params, `${rel(file)}: ${fn}`).toMatch(/^access: (WorkspaceAccess|ProjectAccess)/);
      }
    }
  });
});
