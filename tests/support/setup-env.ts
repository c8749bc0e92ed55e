// Runs in each integration worker before the test files import lib/: point the app's
// configuration at this run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET = "integration-test-secret-not-used-for-real";
