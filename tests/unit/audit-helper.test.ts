// Audit events are written in one place: `audit(client, scope, event)` in lib/db/audit.ts (or its batch form `auditWrite`), whose
// typed action and target lists catch typos. This test parses every source file of lib/, app/ and
// components/ with the TypeScript compiler and fails on a call to the old `recordAudit`, a local
// function named `audit`, or a direct `auditEvent.create…` write anywhere else. Comments and
// strings do not count, since only syntax nodes are inspected.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const HELPER = path.join("lib", "db", "audit.ts");
const SKIP = new Set([path.join("lib", "generated")]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (SKIP.has(path.relative(ROOT, full))) return [];
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

type Finding = { line: number; what: string };
type Scan = { bypasses: Finding[]; helperCalls: number };

const isFunctionValue = (node: ts.Node | undefined) => !!node && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));

/** The audit writes in `source` that bypass the helper, and how many calls to `audit(…)` it makes. */
function scan(fileName: string, source: string): Scan {
  const sf = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Finding[] = [];
  let helperCalls = 0;
  const at = (node: ts.Node, what: string) => found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, what });
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (ts.isIdentifier(callee) && (name === "audit" || name === "auditWrite")) helperCalls++; // auditWrite: the same insert for a batch
      if (name === "recordAudit") at(node, "call to recordAudit()");
      if (
        ts.isPropertyAccessExpression(callee) &&
        /^create/.test(callee.name.text) &&
        ts.isPropertyAccessExpression(callee.expression) &&
        callee.expression.name.text === "auditEvent"
      )
        at(node, `direct auditEvent.${callee.name.text}()`);
    }
    if (ts.isFunctionDeclaration(node) && node.name?.text === "audit") at(node, "local function audit()");
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "audit" && isFunctionValue(node.initializer))
      at(node, "local function audit()");
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { bypasses: found, helperCalls };
}

describe("one audit helper", () => {
  const files = ["lib", "app", "components"].flatMap((dir) => walk(path.join(ROOT, dir))).map((f) => path.relative(ROOT, f));
  const scans = new Map<string, Scan>();
  const scanFile = (file: string) => {
    if (!scans.has(file)) scans.set(file, scan(file, readFileSync(path.join(ROOT, file), "utf8")));
    return scans.get(file)!;
  };

  test("the scan sees the sources, and the helper is in use", () => {
    expect(files).toContain(HELPER);
    expect(files.length).toBeGreaterThan(100);
    const calls = files.map((f) => scanFile(f).helperCalls).reduce((a, b) => a + b, 0);
    expect(calls).toBeGreaterThanOrEqual(40);
  });

  test("the check finds real calls and declarations, and ignores comments and strings", () => {
    const ignored = [
      "// await recordAudit(tx, { action: 'x' });",
      "/* function audit(access) {} */",
      "const note = 'recordAudit(tx, entry) and function audit() are gone';",
      "await audit(tx, access, { action: 'project.update', targetType: 'project', targetId: id, summary: 's' });",
    ].join("\n");
    expect(scan("ok.ts", ignored)).toEqual({ bypasses: [], helperCalls: 1 });

    const caught = [
      "await recordAudit(tx, { workspaceId });",
      "function audit(access: unknown) { return access; }",
      "const audit = async () => {};",
      "await tx.auditEvent.create({ data });",
      "await db.auditEvent.createMany({ data: [] });",
    ].join("\n");
    expect(scan("bad.ts", caught).bypasses.map((f) => f.line)).toEqual([1, 2, 3, 4, 5]);
  });

  test("no file but lib/db/audit.ts writes audit events without audit()", () => {
    const found = files.filter((f) => f !== HELPER).flatMap((file) => scanFile(file).bypasses.map((f) => `${file}:${f.line}: ${f.what}`));
    expect(found).toEqual([]);
  });
});
