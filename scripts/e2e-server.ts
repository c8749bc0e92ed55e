// The app as the end-to-end tests see it: a fresh `scopebench_e2e` database on the test server,
// migrated, a production build (rebuilt only when sources changed) and `next start`.
// Playwright starts this as its webServer and stops it with SIGTERM; the database is dropped then.
import { spawn } from "node:child_process";
import path from "node:path";
import { createTestDatabase, dropDatabase, getTestServer } from "./lib/test-db";
import { buildIsStale, recordBuild, sourceFingerprint } from "./lib/build-hash";
import { withSocketAddress } from "./lib/socket-address";
import { nextStartArgs } from "./lib/next-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = process.env.E2E_PORT ?? "3100";

async function main() {
  const server = await getTestServer();
  const url = await createTestDatabase(server, `scopebench_e2e_${PORT}`);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "e2e-secret-only-for-the-test-run",
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // Every test signs up its own people, all from this machine's address.
    SIGNUP_LIMIT_PER_HOUR: "10000",
    // The webhook journey's receiver listens on this machine.
    SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE: "1",
  };
  const fingerprint = await sourceFingerprint(ROOT);
  if (await buildIsStale(ROOT, fingerprint)) {
    console.log("[e2e] building the app…");
    await new Promise<void>((resolve, reject) => {
      const build = spawn("npm", ["run", "build", "--silent"], { cwd: ROOT, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
      build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build failed (${code})`))));
    });
    await recordBuild(ROOT, fingerprint);
  }
  const app = spawn(path.join(ROOT, "node_modules", ".bin", "next"), nextStartArgs(PORT), {
    cwd: ROOT,
    env: withSocketAddress(env),
    stdio: "inherit",
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app.once("exit", r));
    }
    await dropDatabase(url).catch(() => {});
    await server.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  app.on("exit", () => void stop());
}

main().catch((err: unknown) => {
  console.error(`[e2e] could not start the app: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
