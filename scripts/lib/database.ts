// Small PostgreSQL helpers for the start script and the tests: make sure a database exists,
// drop a test database, and turn connection failures into one readable line.
import pg from "pg";

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}

/** Rejects anything that is not a postgres:// or postgresql:// URL with a database name. */
export function validateDatabaseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database).";
  }
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") return `DATABASE_URL must start with postgresql://, not ${u.protocol}//.`;
  if (u.pathname.length <= 1) return "DATABASE_URL names no database (add /<database> after the host).";
  return null;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates the database named in `url` when it does not exist yet (connecting to the `postgres` maintenance db). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function canConnect(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** One line for a connection error, never a stack trace. */
export function explainConnectionError(err: unknown, url: string): string {
  const code = (err as { code?: string })?.code;
  const where = describeUrl(url);
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: connection refused. Is the server running?`;
    case "ENOTFOUND":
      return `Cannot reach PostgreSQL at ${where}: unknown host.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the credentials in DATABASE_URL.`;
    case "3D000":
      return `Database ${where} does not exist and could not be created.`;
    default:
      return `Cannot use PostgreSQL at ${where}: ${(err as Error)?.message ?? String(err)}`;
  }
}
