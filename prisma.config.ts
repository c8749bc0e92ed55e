import { defineConfig } from "prisma/config";

// The URL is only needed by Prisma CLI commands run by hand; the app and the migration
// script (scripts/migrate.ts) read DATABASE_URL themselves.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/scopebench" },
});
