// Where the tests get a real PostgreSQL: TEST_DATABASE_URL, else the local server at
// 127.0.0.1:5432 when it answers, else an embedded one started for the run. Each run makes
// its own database and drops it afterwards.
import path from "node:path";
import { canConnect, dropDatabase, ensureDatabase } from "./database";
import { startEmbeddedDb } from "./embedded-db";
import { applyMigrations } from "./migrations";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const LOCAL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestServer = { baseUrl: string; stop: () => Promise<void> };

function isLocal(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "127.0.0.1" || host === "localhost" || host === "::1";
}

export async function getTestServer(): Promise<TestServer> {
  const explicit = process.env.TEST_DATABASE_URL;
  if (explicit) {
    // Tests create and drop databases: refuse anything that is not on this machine.
    if (!isLocal(explicit)) throw new Error("TEST_DATABASE_URL must point at localhost; tests drop databases.");
    return { baseUrl: explicit, stop: async () => {} };
  }
  if (await canConnect(LOCAL)) return { baseUrl: LOCAL, stop: async () => {} };
  const embedded = await startEmbeddedDb(path.join(ROOT, ".data", "test"), 54330, () => {});
  return { baseUrl: embedded.url, stop: embedded.stop };
}

/** A fresh, migrated database on the test server. */
export async function createTestDatabase(server: TestServer, name: string): Promise<string> {
  const u = new URL(server.baseUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await dropDatabase(url);
  await ensureDatabase(url);
  await applyMigrations(url);
  return url;
}

export { dropDatabase };
