// Vitest global setup for the integration project: one fresh database per run, dropped at the end.
import type { TestProject } from "vitest/node";
import { createTestDatabase, dropDatabase, getTestServer } from "../../scripts/lib/test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await getTestServer();
  const url = await createTestDatabase(server, `scopebench_it_${process.pid}_${Date.now()}`);
  project.provide("databaseUrl", url);
  return async () => {
    await dropDatabase(url);
    await server.stop();
  };
}
