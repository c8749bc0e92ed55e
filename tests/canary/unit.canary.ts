// Deliberately failing (see scripts/canary.sh): the unit project must exit non-zero for it.
import { expect, test } from "vitest";

test("canary: a failing unit test fails the run", () => {
  expect(1 + 1).toBe(3);
});
