import path from "node:path";
import { defineConfig } from "vitest/config";

// The canary (scripts/canary.sh) runs the deliberately failing fixtures in tests/canary under each
// project's own setup, to prove a failing test makes the runner exit non-zero. They are outside the
// normal globs and only included when SCOPEBENCH_CANARY is set.
const canary = process.env.SCOPEBENCH_CANARY === "1";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          // Upper bounds, not expectations: the structural tests parse the whole tree with the
          // TypeScript compiler, which takes several seconds on a busy two-core machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          include: canary ? ["tests/canary/unit.canary.ts"] : ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: canary ? ["tests/canary/integration.canary.ts"] : ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
