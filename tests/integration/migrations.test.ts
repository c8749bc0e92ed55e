import { describe, expect, test } from "vitest";
import { inject } from "vitest";
import { applyMigrations } from "../../scripts/lib/migrations";
import { createDb } from "@/lib/db/client";

describe("migrations", () => {
  test("applying again is a no-op and the history matches prisma migrate's table", async () => {
    const url = inject("databaseUrl");
    expect(await applyMigrations(url)).toEqual([]);
    const { db, pool } = createDb(url);
    const rows = await db.$queryRaw<
      { migration_name: string; finished_at: Date | null }[]
    >`SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    await db.$disconnect();
    await pool.end();
  });
});
