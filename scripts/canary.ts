// The canary: proves the test pipeline can fail. It runs the deliberately failing fixtures in
// tests/canary through each runner exactly as `npm test` uses it (vitest's unit and integration
// projects with their setup, Playwright in Chromium) and fails unless every runner exits
// non-zero having run exactly that one failing test. A runner that swallows failures (as the
// integration project once did: its exit code was 0 with failing tests) stops `npm test` here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Check = { name: string; command: string[]; env?: Record<string, string>; report: string; failed: (json: unknown) => number };

const dir = mkdtempSync(path.join(tmpdir(), "scopebench-canary-"));

const vitestFailures = (json: unknown) => (json as { numFailedTests?: number }).numFailedTests ?? 0;
const playwrightFailures = (json: unknown) => (json as { stats?: { unexpected?: number } }).stats?.unexpected ?? 0;

const checks: Check[] = (["unit", "integration"] as const).map((project) => ({
  name: `vitest --project ${project}`,
  command: ["vitest", "run", "--project", project, "--reporter=json", `--outputFile=${path.join(dir, `${project}.json`)}`],
  env: { SCOPEBENCH_CANARY: "1" },
  report: path.join(dir, `${project}.json`),
  failed: vitestFailures,
}));
checks.push({
  name: "playwright",
  command: ["playwright", "test", "--config", "tests/canary/playwright.config.ts"],
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(dir, "playwright.json") },
  report: path.join(dir, "playwright.json"),
  failed: playwrightFailures,
});

function run(check: Check): string | null {
  const result = spawnSync("npx", ["--no-install", ...check.command], {
    env: { ...process.env, ...check.env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status === 0) return `${check.name} exited 0 with a failing test`;
  let failed: number;
  try {
    failed = check.failed(JSON.parse(readFileSync(check.report, "utf8")));
  } catch {
    return `${check.name} exited ${result.status} without a report:\n${(result.stderr || result.stdout).slice(-2000)}`;
  }
  if (failed !== 1) return `${check.name} exited ${result.status} but reported ${failed} failed tests instead of the one canary`;
  console.log(`canary: ${check.name} failed as it must (exit ${result.status}, 1 failed test)`);
  return null;
}

const problems = checks.map(run).filter((p): p is string => p !== null);
rmSync(dir, { recursive: true, force: true });
for (const problem of problems) console.error(`canary: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
