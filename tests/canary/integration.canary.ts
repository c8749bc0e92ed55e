// Deliberately failing (see scripts/canary.sh): the integration project, with its global setup
// (a fresh database, migrations, the embedded-database module loaded), must exit non-zero for it.
import pg from "pg";
import { expect, test } from "vitest";

test("canary: a failing integration test fails the run", async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("SELECT 1 AS n");
    expect(rows[0]?.n).toBe(2);
  } finally {
    await client.end();
  }
});
