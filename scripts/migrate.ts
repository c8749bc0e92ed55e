// npm run db:migrate                      apply pending migrations to DATABASE_URL
// npm run db:new-migration -- <name>      write a migration for the changes in prisma/schema.prisma
import { applyMigrations, createMigration } from "./lib/migrations";
import { ensureDatabase, explainConnectionError, validateDatabaseUrl } from "./lib/database";

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === "new") {
    const dir = await createMigration(name ?? "", process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
    console.log(dir ? `Wrote ${dir}/migration.sql — review it and commit it.` : "No schema changes since the last migration.");
    return;
  }
  if (command === "apply") {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("Set DATABASE_URL to the database to migrate (npm start migrates the embedded one itself).");
    const problem = validateDatabaseUrl(url);
    if (problem) throw new Error(problem);
    try {
      await ensureDatabase(url);
    } catch (err) {
      throw new Error(explainConnectionError(err, url));
    }
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
    return;
  }
  throw new Error("Usage: tsx scripts/migrate.ts apply | new <name>");
}

main().then(
  () => process.exit(0), // the engine keeps handles open for ~10 s otherwise
  (err: unknown) => {
    console.error(`migrate: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
