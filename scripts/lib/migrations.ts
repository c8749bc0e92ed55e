// Migrations on Prisma's WebAssembly schema engine.
//
// The Prisma CLI downloads a native schema engine from Prisma's own host before every command,
// which this environment cannot reach. The same engine compiled to WebAssembly ships on npm
// (@prisma/schema-engine-wasm), so we drive it directly: `diff` writes a new migration's SQL and
// `applyMigrations` applies pending ones and records them in `_prisma_migrations` exactly as
// `prisma migrate deploy` would, so the normal CLI can take over on a machine that has it.
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
/** The schema as of the newest migration; `diff` starts from it (diffing the live database needs a shadow database). */
const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");
const LOCKFILE_PATH = path.join(MIGRATIONS_DIR, "migration_lock.toml");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: unknown, log: (msg: string) => void, adapter: unknown) => Promise<Engine> };
};

let enginePromise: Promise<EngineModule> | undefined;
let lastPanic: string | undefined;

/** Loads the engine's JS glue and instantiates its .wasm by hand (Node 20 cannot import .wasm files). */
function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    // The engine reports Rust panics through this global; keep the message so errors say what broke.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const glue = (await import(path.join(pkgDir, "schema_engine_bg.js"))) as EngineModule & Record<string, unknown>;
    const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue;
  })();
  return enginePromise;
}

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks dollar-quoted
 * function bodies (decision 013). The native engine sends the script whole, in one simple-protocol
 * query (one implicit transaction); so do we.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const inner = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(err: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await inner.client.query(script);
      } catch (err) {
        inner.onError(err);
      }
    };
    return adapter;
  };
  return factory;
}

async function withEngine<T>(connectionString: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScripts(new PrismaPg({ connectionString })));
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } catch (err) {
    if (lastPanic) throw new Error(`schema engine: ${lastPanic.split("\n").slice(0, 2).join(" ")}`, { cause: err });
    throw err;
  } finally {
    engine.free();
  }
}

async function listMigrationDirectories() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    dirs.map(async (name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      const content = await readFile(file, "utf8");
      return { path: name, migrationFile: { path: "migration.sql", content: { tag: "ok", value: content } } };
    }),
  );
}

/** Applies every pending migration to the database at `connectionString`; returns the names applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationDirectories = await listMigrationDirectories();
  const lockContent = await readFile(LOCKFILE_PATH, "utf8").catch(() => null);
  return withEngine(connectionString, async (engine) => {
    const out = await engine.applyMigrations({
      migrationsList: {
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: LOCKFILE_PATH, content: lockContent },
        shadowDbInitScript: "",
        migrationDirectories,
      },
      filters: NO_FILTERS,
    });
    return out.appliedMigrationNames;
  });
}

/**
 * Writes `prisma/migrations/<timestamp>_<name>/migration.sql` for the changes since the last migration.
 * The engine insists on a database connection even for a file-to-file diff; it reads nothing from it.
 */
export async function createMigration(name: string, connectionString: string, now = new Date()): Promise<string | null> {
  const safeName = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!safeName) throw new Error("Give the migration a name, e.g. `npm run db:new-migration -- add_runs`.");
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const snapshot = await readFile(SNAPSHOT_PATH, "utf8").catch(() => null);
  const from = snapshot === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SNAPSHOT_PATH, content: snapshot }] };
  const sql = await withEngine(connectionString, async (engine) => {
    const res = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return res.stdout ?? "";
  });
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${safeName}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(SNAPSHOT_PATH, schema);
  await writeFile(LOCKFILE_PATH, '# Written by scripts/migrate.ts; keep it in git.\nprovider = "postgresql"\n');
  return dir;
}
