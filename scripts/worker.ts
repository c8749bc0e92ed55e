// npm run worker — the job worker alone, for deployments with several app instances (run those with
// SCOPEBENCH_WORKER=off, and one or more of these). Reads DATABASE_URL, NEXTAUTH_SECRET (webhook secrets are
// encrypted with a key derived from it), NEXTAUTH_URL (links in payloads), SMTP_URL and MAIL_FROM.
// SIGTERM or Ctrl-C: stop fetching, let the jobs in hand finish, then exit.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const log = (msg: string) => console.log(`[scopebench] ${msg}`);

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the app's database.");
  // As npm start: the session secret it generated, unless NEXTAUTH_SECRET is set.
  const secretFile = path.resolve(import.meta.dirname, "..", process.env.SCOPEBENCH_DATA_DIR ?? ".data", "nextauth-secret");
  if (!process.env.NEXTAUTH_SECRET && existsSync(secretFile)) process.env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
  const { startWorker } = await import("../lib/jobs/worker");
  const { stopQueue } = await import("../lib/jobs/queue");
  const { getEnv } = await import("../lib/env");
  const env = getEnv();
  const worker = await startWorker({
    batchSize: Number(process.env.WORKER_BATCH_SIZE ?? 10),
    pollingIntervalSeconds: Number(process.env.WORKER_POLL_SECONDS ?? 1),
  });
  log(`Job worker running (email: ${env.SMTP_URL ? "SMTP" : "built-in outbox"}).`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log("Stopping the job worker…");
    await worker.stop();
    await stopQueue();
    const { db } = await import("../lib/db/client");
    await db.$disconnect().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
}

// The app's modules start with `import "server-only"`, which only Next resolves; outside it, the same hook as the
// benchmarks maps it to an empty module.
const HOOK = new URL("../bench/support/allow-server-only.mjs", import.meta.url).href;
if (!process.execArgv.includes(HOOK)) {
  // Run again with the hook; pass stop signals on, so SIGTERM still ends the worker gracefully.
  const child = spawn(process.execPath, ["--import", HOOK, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  main().catch((err: unknown) => {
    console.error(`[scopebench] The job worker stopped: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
