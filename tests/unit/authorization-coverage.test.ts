// Every way into workspace or project data goes through the one authorization helper
// (lib/auth/access.ts, its page wrappers in lib/auth/page-access.ts, the API token wrapper, or the
// server-action wrappers in lib/actions/safe-action.ts), and every lib/db function takes the
// access object those return. This test reads the syntax trees of the routes in app/, the server
// actions in lib/actions/ and the modules of lib/db/ (TypeScript's parser: comments and strings
// never count) and fails when one skips them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const rel = (f: string) => path.relative(ROOT, f);

function parse(file: string): ts.SourceFile {
  const full = path.join(ROOT, file);
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(full, readFileSync(full, "utf8"), ts.ScriptTarget.Latest, true, kind);
}

/** The file's imports: local name → the imported name and the module it comes from. */
function importsOf(sf: ts.SourceFile): Map<string, { name: string; from: string }> {
  const out = new Map<string, { name: string; from: string }>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const from = st.moduleSpecifier.text;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const el of bindings.elements) out.set(el.name.text, { name: (el.propertyName ?? el.name).text, from });
  }
  return out;
}

const moduleSpecifiers = (sf: ts.SourceFile) =>
  sf.statements.flatMap((st) => (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) ? [st.moduleSpecifier.text] : []));

/** The functions a node calls that are imported from one of `modules` (by their exported names). */
function importedCalls(node: ts.Node, sf: ts.SourceFile, modules: Record<string, readonly string[]>): string[] {
  const imports = importsOf(sf);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
      const imported = imports.get(n.expression.text);
      if (imported && modules[imported.from]?.includes(imported.name)) found.push(imported.name);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDirective = (sf: ts.SourceFile, directive: string) => {
  const first = sf.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === directive;
};

/** The guards of pages, layouts and session-authenticated route handlers, by module. */
const GUARDS = {
  "@/lib/auth/access": ["requireWorkspaceAccess", "requireProjectAccess"],
  "@/lib/auth/page-access": ["pageWorkspaceAccess", "pageProjectAccess"],
} as const;
const API_TOKEN_GUARD = { "@/lib/api/with-api-token": ["withApiToken"] } as const;
// The 405 answer for a method a route does not serve: it reads nothing, so it needs no token.
const NOT_ALLOWED = { name: "methodNotAllowed", from: "@/lib/api/method-not-allowed" } as const;
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

describe("authorization coverage: pages, layouts and route handlers", () => {
  const appFiles = walk(path.join(ROOT, "app")).filter((f) => /\/(page|layout|route)\.tsx?$/.test(f));
  const scoped = appFiles.filter((f) => /\[(workspaceSlug|projectId)\]/.test(f)).map(rel);

  test("there are workspace- and project-scoped routes to check", () => {
    expect(scoped.length).toBeGreaterThanOrEqual(8);
  });

  // The machine API authenticates by project token, not by session: its routes must go through the token wrapper.
  const isTokenRoute = (file: string) => file.startsWith(path.join("app", "api", "v1", "projects", "[projectId]") + path.sep);

  test.each(scoped.filter((f) => !isTokenRoute(f)))("%s calls the authorization helper", (file) => {
    const sf = parse(file);
    expect(importedCalls(sf, sf, GUARDS)).not.toEqual([]);
  });

  test.each(scoped.filter(isTokenRoute))("%s exports only handlers wrapped in withApiToken", (file) => {
    const sf = parse(file);
    const imports = importsOf(sf);
    const handlers = sf.statements.flatMap((st) => {
      if (ts.isFunctionDeclaration(st) && isExported(st) && HTTP_METHODS.includes(st.name?.text ?? ""))
        return [{ name: st.name!.text, wrapped: false, refusal: false }];
      if (!ts.isVariableStatement(st) || !isExported(st)) return [];
      return st.declarationList.declarations
        .filter((d) => ts.isIdentifier(d.name) && HTTP_METHODS.includes(d.name.text))
        .map((d) => {
          const init = d.initializer;
          const callee =
            init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? imports.get(init.expression.text) : undefined;
          const refusal = callee?.name === NOT_ALLOWED.name && callee.from === NOT_ALLOWED.from;
          return {
            name: d.name.getText(sf),
            wrapped: (callee?.name === "withApiToken" && callee.from === "@/lib/api/with-api-token") || refusal,
            refusal,
          };
        });
    });
    const served = handlers.filter((h) => !h.refusal);
    expect(served.length).toBeGreaterThan(0);
    for (const h of handlers) expect(h.wrapped, `${file}: ${h.name}`).toBe(true);
    expect(importedCalls(sf, sf, GUARDS)).toEqual([]);
    expect(importedCalls(sf, sf, API_TOKEN_GUARD).length).toBe(served.length);
  });

  // Read-only share links (app/s/**): the token in the URL is the credential. Their pages look it
  // up through lib/db/share-links (null for unknown, expired or revoked links) and never touch the
  // session, so nothing on them depends on who is signed in.
  const shareFiles = walk(path.join(ROOT, "app", "s"))
    .filter((f) => /\.tsx?$/.test(f))
    .map(rel);

  test("the public share-link page exists", () => {
    expect(shareFiles).toContain(path.join("app", "s", "[token]", "page.tsx"));
  });

  test.each(shareFiles.filter((f) => /\/(page|layout|route)\.tsx?$/.test(f)))(
    "%s looks the share token up through lib/db/share-links",
    (file) => {
      expect(moduleSpecifiers(parse(file))).toContain("@/lib/db/share-links");
    },
  );

  test.each(shareFiles)("%s uses no session or workspace guard", (file) => {
    const sf = parse(file);
    for (const from of moduleSpecifiers(sf))
      expect(from).not.toMatch(/^(next-auth(\/.*)?|@\/lib\/auth\/(session|access|page-access|config)|@\/lib\/actions\/safe-action)$/);
    expect(importedCalls(sf, sf, GUARDS)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Server actions: every export of a "use server" file is `export const xAction = <wrapper>(…)`.

const WRAPPER_MODULE = "@/lib/actions/safe-action";
const SCOPED_WRAPPERS = ["projectAction", "projectFormAction", "workspaceAction", "workspaceFormAction"];
const USER_WRAPPERS = ["userAction", "userFormAction"];
const PUBLIC_WRAPPERS = ["publicAction", "publicFormAction"];
const WRAPPERS = [...SCOPED_WRAPPERS, ...USER_WRAPPERS, ...PUBLIC_WRAPPERS];

// Actions that need no workspace role, each with the reason it is safe.
const PUBLIC_ACTIONS: Record<string, { wrapper: "user" | "public"; reason: string }> = {
  registerAction: { wrapper: "public", reason: "creates an account; no prior access exists" },
  createWorkspaceAction: { wrapper: "user", reason: "any signed-in user may create a workspace they will own" },
  acceptInviteAction: { wrapper: "user", reason: "the invitation token is the credential; the caller must be signed in" },
  changePasswordAction: { wrapper: "user", reason: "changes only the caller's own password, after checking their current one" },
  signOutEverywhereAction: { wrapper: "user", reason: "ends only the caller's own sessions" },
  requestPasswordResetAction: {
    wrapper: "public",
    reason: "whoever forgot their password is signed out; it answers the same for every address and emails only the account's own address",
  },
  resetPasswordAction: {
    wrapper: "public",
    reason: "the reset token from the email is the credential: resetPasswordWithToken refuses unknown, used and expired tokens",
  },
  markNotificationsReadAction: {
    wrapper: "user",
    reason: "marks only the caller's own inbox entries read (by user id in the where clause)",
  },
  unsubscribeAction: {
    wrapper: "public",
    reason: "the signed unsubscribe token is the credential: unsubscribe refuses a token whose HMAC does not verify",
  },
  addGuestCommentAction: {
    wrapper: "public",
    reason: "the share-link token is the credential: addGuestComment refuses unknown, expired and revoked links and links without comments",
  },
};
// Public actions whose credential is a token in the input, and the lib/db call that checks it.
const TOKEN_CHECK: Record<string, Record<string, readonly string[]>> = {
  addGuestCommentAction: { "@/lib/db/share-links": ["addGuestComment"] },
  resetPasswordAction: { "@/lib/db/password-reset": ["resetPasswordWithToken"] },
  unsubscribeAction: { "@/lib/db/notifications": ["unsubscribe"] },
};

type FoundAction = { name: string; file: string; wrapper: string | null; call: ts.CallExpression | null; sf: ts.SourceFile };

/** The exports of a "use server" file, and what is wrong with each one that is not a wrapper call. */
function serverExports(file: string): { actions: FoundAction[]; problems: string[] } {
  const sf = parse(file);
  const imports = importsOf(sf);
  const actions: FoundAction[] = [];
  const problems: string[] = [];
  for (const st of sf.statements) {
    if (ts.isExportAssignment(st)) problems.push(`${file}: a default export is not a named action`);
    else if (ts.isExportDeclaration(st) && !st.isTypeOnly)
      problems.push(`${file}: \`${st.getText(sf)}\` re-exports; define the action here`);
    if (!isExported(st) || ts.isTypeAliasDeclaration(st) || ts.isInterfaceDeclaration(st)) continue;
    if (ts.isFunctionDeclaration(st)) {
      problems.push(`${file}: ${st.name?.text ?? "default"} is a function declaration; write it as \`export const … = <wrapper>(…)\``);
      actions.push({ name: st.name?.text ?? "default", file, wrapper: null, call: null, sf });
    } else if (ts.isVariableStatement(st)) {
      if (!(st.declarationList.flags & ts.NodeFlags.Const)) problems.push(`${file}: exported actions are const`);
      for (const d of st.declarationList.declarations) {
        const name = d.name.getText(sf);
        const init = d.initializer;
        const callee =
          init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? imports.get(init.expression.text) : undefined;
        if (!callee || callee.from !== WRAPPER_MODULE || !WRAPPERS.includes(callee.name)) {
          problems.push(`${file}: ${name} is not a call of a ${WRAPPER_MODULE} wrapper (${WRAPPERS.join(", ")})`);
          actions.push({ name, file, wrapper: null, call: null, sf });
        } else actions.push({ name, file, wrapper: callee.name, call: init as ts.CallExpression, sf });
      }
    } else problems.push(`${file}: unexpected export \`${st.getText(sf).slice(0, 60)}\``);
  }
  return { actions, problems };
}

describe("authorization coverage: server actions", () => {
  const actionFiles = walk(path.join(ROOT, "lib", "actions"))
    .filter((f) => f.endsWith(".ts"))
    .map(rel);
  const wrapperFile = path.join("lib", "actions", "safe-action.ts");
  const serverFiles = actionFiles.filter((f) => f !== wrapperFile);
  const found = serverFiles.map((file) => ({ file, ...serverExports(file) }));
  const actions = found.flatMap((f) => f.actions);

  test("the wrappers authorize through lib/auth (and are no server actions themselves)", () => {
    const sf = parse(wrapperFile);
    expect(hasDirective(sf, "use server")).toBe(false);
    const calls = importedCalls(sf, sf, { ...GUARDS, "@/lib/auth/session": ["requireUser"] });
    expect(new Set(calls)).toEqual(new Set(["requireProjectAccess", "requireWorkspaceAccess", "requireUser"]));
  });

  test.each(serverFiles)('%s is a "use server" file', (file) => {
    expect(hasDirective(parse(file), "use server")).toBe(true);
  });

  test("server actions were found", () => expect(actions.length).toBeGreaterThanOrEqual(40));

  test.each(found.map((f) => [f.file, f.problems] as const))("%s exports only actions built by a wrapper", (_file, problems) => {
    expect(problems).toEqual([]);
  });

  test.each(actions.map((a) => [a.name, a.file, a] as const))("action %s (%s) is authorized", (name, file, action) => {
    expect(action.wrapper, `${file}: ${name} skips the wrappers`).not.toBeNull();
    const wrapper = action.wrapper!;
    if (SCOPED_WRAPPERS.includes(wrapper)) {
      expect(PUBLIC_ACTIONS[name], `${name} is listed as public but is scoped`).toBeUndefined();
      return;
    }
    const listed = PUBLIC_ACTIONS[name];
    expect(listed, `${file}: ${name} uses ${wrapper} but is not in PUBLIC_ACTIONS (with the reason it is safe)`).toBeDefined();
    expect(wrapper.startsWith(listed!.wrapper), `${name}: listed as ${listed!.wrapper}, built with ${wrapper}`).toBe(true);
    const tokenCheck = TOKEN_CHECK[name];
    if (tokenCheck) expect(importedCalls(action.call!, action.sf, tokenCheck)).not.toEqual([]);
  });

  test("every action listed as public exists", () => {
    for (const name of Object.keys(PUBLIC_ACTIONS)) expect(actions.map((a) => a.name)).toContain(name);
  });
});

// ---------------------------------------------------------------------------------------------
// lib/db: every exported function takes an access object first, by its declared type.

/** The access objects, by the lib/db module that defines each. */
const ACCESS_TYPES: Record<string, string> = {
  ProjectAccess: "access", // a member's role in a project (lib/auth/access.ts), or an API token's or share link's project
  WorkspaceAccess: "access", // a member's role in a workspace
  SharedProject: "share-links", // a share link and the viewer access it grants
  TokenAccess: "api-tokens", // an API token and the editor access it grants
};

// Modules with no tenant data behind them, or that build the access objects.
const GLOBAL_MODULES: Record<string, string> = {
  "access.ts": "builds the access objects from a user id (resolveWorkspaceAccess, resolveProjectAccess) and checks their roles",
  "client.ts": "the Prisma client itself",
  "deliveries.ts":
    "the job worker's claims and outcomes of rows found by a queued job's id (emails, webhook deliveries); queued by code that checked access, unreachable from a request",
  "health.ts": "the health check only pings the database",
  "ids.ts": "makes new row ids; reads nothing",
  "password-reset.ts":
    "accounts exist apart from workspaces: a reset request names only an email (same answer either way), the reset itself is authorized by the emailed token",
  "rate-limit.ts": "counters keyed by sign-in address, account, API token or share link; no workspace data",
  "users.ts": "accounts exist before and across workspaces: sign-up, sign-in lookups and the session's user",
};

// Single functions of other modules, each with the reason it needs no access object first.
const GLOBAL_FUNCTIONS: Record<string, string> = {
  "api-tokens.ts#authenticateApiToken": "the token secret is the credential; it returns the token's access (TokenAccess)",
  "share-links.ts#findSharedProject": "the share token is the credential; it returns the link's access (SharedProject)",
  "share-links.ts#viewSharedProject": "the share token is the credential; findSharedProject and a counted view",
  "share-links.ts#addGuestComment": "the share token is the credential; it looks the link up with findSharedProject first",
  "share-links.ts#guestAuthorLabel": "pure: the label of a guest's name",
  "invites.ts#previewInvite": "the invitation token is the credential",
  "invites.ts#acceptInvite": "the invitation token is the credential; the signed-in user becomes a member",
  "workspaces.ts#listWorkspacesForUser": "the signed-in user's own memberships, before any workspace is chosen",
  "workspaces.ts#createWorkspace": "any signed-in user may create a workspace they will own",
  "audit.ts#audit": "writes in the caller's transaction; its scope argument is the caller's access object (or ids where none exists yet)",
  "audit.ts#auditWrite":
    "the audit() insert for a batch transaction; its scope argument is the caller's access object (or ids where none exists yet)",
  "audit.ts#newMemberScope": "pure: the audit scope of a user joining a workspace, before any access object exists",
  "assessments.ts#valueInputOf": "pure: a stored value assessment as the scoring input",
  "canvas-commit.ts#toBlockData": "pure: a canvas block row as the client's data",
  "canvas-commit.ts#ensureBlockRows": "runs in the transaction of a canvas write whose caller checked its ProjectAccess",
  "monitoring.ts#applyMonitoringRetention":
    "runs after a write whose caller checked the project's access (ingest or the settings action); it only drops that project's old points",
  "monitoring.ts#retentionCutoff": "pure: the first day kept for a retention in days",
  "monitoring.ts#ensureMonitoringPartitions": "creates empty month partitions; reads and returns no tenant data",
  "monitoring.ts#refreshMonitoringRollups":
    "runs in the caller's write: recomputes the rollups of the points the caller has just stored under its access",
  "notifications.ts#publishEvent":
    "called after a write its caller authorized, or by the system sweeps; recipients are chosen in SQL among the project's workspace members only",
  "notifications.ts#previewUnsubscribe":
    "the signed unsubscribe token is the credential (HMAC with the app's secret); the person must still be a member",
  "notifications.ts#unsubscribe": "the signed unsubscribe token is the credential; it turns off one kind of email for the person it names",
  "notifications.ts#countUnread": "the signed-in user's own inbox, only from workspaces they are still a member of",
  "notifications.ts#listInbox": "the signed-in user's own inbox, only from workspaces they are still a member of",
  "notifications.ts#markNotificationsRead": "only the signed-in user's own inbox entries",
  "notifications.ts#openNotification": "only the signed-in user's own inbox entry, from a workspace they are still a member of",
  "notification-sweeps.ts#sweepLateMilestones":
    "a scheduled job of the system across projects; each event reaches only that project's members",
  "notification-sweeps.ts#publishWeeklyDigests":
    "a scheduled job of the system across projects; each digest reaches only that project's members",
  "trash.ts#snapshotForUndo": "runs in the caller's transaction: the transaction client first, then the ProjectAccess",
  "canvas-commit.ts#commitBlockVersion": "runs in the caller's transaction: the transaction client first, then the ProjectAccess",
};

type DbExport = { module: string; name: string; param: ts.ParameterDeclaration | undefined };

function dbExports(sf: ts.SourceFile, module: string): DbExport[] {
  return sf.statements.flatMap((st): DbExport[] => {
    if (!isExported(st)) return [];
    if (ts.isFunctionDeclaration(st) && st.body) return [{ module, name: st.name?.text ?? "default", param: st.parameters[0] }];
    if (!ts.isVariableStatement(st)) return [];
    return st.declarationList.declarations.flatMap((d) =>
      d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
        ? [{ module, name: d.name.getText(sf), param: d.initializer.parameters[0] }]
        : [],
    );
  });
}

/** The access type a parameter is declared with (imported from its defining lib/db module, or declared there), or null. */
function accessTypeOf(param: ts.ParameterDeclaration | undefined, sf: ts.SourceFile, module: string): string | null {
  const type = param?.type;
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return null;
  const local = type.typeName.text;
  const imported = importsOf(sf).get(local);
  if (imported) {
    const from = imported.from.replace(/^(\.\/|@\/lib\/db\/)/, "");
    return ACCESS_TYPES[imported.name] === from ? imported.name : null;
  }
  const declared = sf.statements.some((st) => ts.isTypeAliasDeclaration(st) && st.name.text === local);
  return declared && ACCESS_TYPES[local] === module.replace(/\.ts$/, "") ? local : null;
}

describe("authorization coverage: lib/db takes the access object", () => {
  const modules = readdirSync(path.join(ROOT, "lib", "db")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const parsed = modules.map((m) => ({ module: m, sf: parse(path.join("lib", "db", m)) }));
  const exportsByModule = parsed.map(({ module, sf }) => ({ module, sf, fns: dbExports(sf, module) }));

  test("lib/db modules and their functions were found", () => {
    expect(modules.length).toBeGreaterThanOrEqual(25);
    expect(exportsByModule.flatMap((m) => m.fns).length).toBeGreaterThanOrEqual(100);
  });

  test.each(exportsByModule.filter((m) => !(m.module in GLOBAL_MODULES)).map((m) => [m.module, m] as const))(
    "lib/db/%s: every exported function takes an access object first",
    (module, { sf, fns }) => {
      const refused = fns
        .filter((fn) => !(`${module}#${fn.name}` in GLOBAL_FUNCTIONS) && accessTypeOf(fn.param, sf, module) === null)
        .map((fn) => `${fn.name}(${fn.param ? fn.param.getText(sf) : ""})`);
      expect(refused, `lib/db/${module}: first parameter is not ${Object.keys(ACCESS_TYPES).join(" | ")}`).toEqual([]);
    },
  );

  test("the allow-lists name existing modules and functions", () => {
    for (const name of Object.keys(GLOBAL_MODULES)) expect(modules).toContain(name);
    const all = exportsByModule.flatMap((m) => m.fns.map((fn) => `${fn.module}#${fn.name}`));
    for (const key of Object.keys(GLOBAL_FUNCTIONS)) expect(all).toContain(key);
  });
});
