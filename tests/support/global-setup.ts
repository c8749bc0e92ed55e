// Vitest global setup for the integration project: one fresh database per run, dropped at the end.
import type { TestProject } from "vitest/node";
import path from "node:path";
import { createTestDatabase, dropDatabase, getTestServer } from "../../scripts/lib/test-db";
import { buildWorkers } from "../../scripts/lib/worker-build";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Trend analyses and PDF downloads run in the bundled workers (lib/compute/), as in the app.
  await buildWorkers(path.resolve(import.meta.dirname, "../.."));
  const server = await getTestServer();
  const url = await createTestDatabase(server, `scopebench_it_${process.pid}_${Date.now()}`);
  project.provide("databaseUrl", url);
  return async () => {
    await dropDatabase(url);
    await server.stop();
  };
}
