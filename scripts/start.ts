// npm start — everything needed to serve Scopebench on a fresh machine:
//   database (DATABASE_URL, or the embedded one in .data/) → migrations → build if stale → next start.
// Ctrl-C stops the app and then the embedded database cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureDatabase, explainConnectionError, validateDatabaseUrl } from "./lib/database";
import { startEmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrations";
import { buildIsStale, recordBuild, sourceFingerprint } from "./lib/build-hash";
import { withSocketAddress } from "./lib/socket-address";
import { nextStartArgs } from "./lib/next-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATA_DIR = path.resolve(ROOT, process.env.SCOPEBENCH_DATA_DIR ?? ".data");
const isDev = process.argv.includes("--dev");
const log = (msg: string) => console.log(`[scopebench] ${msg}`);

class StartError extends Error {}

async function loadSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  log(`Generated a session secret in ${path.relative(ROOT, file)} (set NEXTAUTH_SECRET to use your own).`);
  return secret;
}

function parsePort(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`${name} must be a port number (1–65535), not "${raw}".`);
  return port;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new StartError(`${cmd} ${args.join(" ")} failed (exit ${code}).`))));
  });
}

async function main() {
  const port = parsePort(process.env.PORT, 3000, "PORT");
  let stopDb: (() => Promise<void>) | undefined;
  let databaseUrl = process.env.DATABASE_URL;

  if (databaseUrl !== undefined) {
    const problem = validateDatabaseUrl(databaseUrl);
    if (problem) throw new StartError(problem);
    try {
      await ensureDatabase(databaseUrl);
    } catch (err) {
      throw new StartError(explainConnectionError(err, databaseUrl));
    }
    log("Using the database in DATABASE_URL.");
  } else {
    const dbPort = parsePort(process.env.EMBEDDED_DB_PORT, 54329, "EMBEDDED_DB_PORT");
    const db = await startEmbeddedDb(DATA_DIR, dbPort, log);
    await ensureDatabase(db.url);
    databaseUrl = db.url;
    stopDb = db.stop;
    log(`Embedded database running on 127.0.0.1:${dbPort}, data in ${path.relative(ROOT, DATA_DIR)}/postgres.`);
  }

  const applied = await applyMigrations(databaseUrl);
  if (applied.length) log(`Applied ${applied.length} migration(s).`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: await loadSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const nextBin = path.join(ROOT, "node_modules", ".bin", "next");
  const fingerprint = await sourceFingerprint(ROOT);
  if (!isDev && (await buildIsStale(ROOT, fingerprint))) {
    log("Building the app (first start or changed sources)…");
    await run("npm", ["run", "build", "--silent"], { ...env, NODE_ENV: "production" });
    await recordBuild(ROOT, fingerprint);
  }

  const app: ChildProcess = spawn(nextBin, isDev ? ["dev", "-p", String(port)] : nextStartArgs(port), {
    cwd: ROOT,
    env: withSocketAddress(env),
    stdio: "inherit",
  });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app.once("exit", r));
    }
    if (stopDb) {
      await stopDb().catch(() => {});
      log("Embedded database stopped.");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  app.on("exit", (code) => void shutdown(stopping ? 0 : (code ?? 1)));
  log(`Serving on http://localhost:${port}`);
}

main().catch((err: unknown) => {
  const message = err instanceof StartError ? err.message : err instanceof Error ? err.message : String(err);
  console.error(`[scopebench] Could not start: ${message}`);
  process.exit(1);
});
