import { describe, expect, test } from "vitest";
import { describeCycle, findCycle, hasCycle, type Dependency } from "./cycles";

const dep = (milestoneId: string, dependsOnId: string): Dependency => ({ milestoneId, dependsOnId });

describe("findCycle", () => {
  test("a milestone cannot depend on itself", () => {
    expect(findCycle([], dep("a", "a"))).toEqual(["a", "a"]);
  });

  test("a direct loop of two", () => {
    // b waits for a; adding a waits for b closes a → b → a
    expect(findCycle([dep("b", "a")], dep("a", "b"))).toEqual(["a", "b", "a"]);
  });

  test("a longer loop is reported in waiting order", () => {
    // d → c → b → a already; adding a → d closes a → d → c → b → a
    const chain = [dep("d", "c"), dep("c", "b"), dep("b", "a")];
    expect(findCycle(chain, dep("a", "d"))).toEqual(["a", "d", "c", "b", "a"]);
  });

  test("a diamond is not a cycle", () => {
    const diamond = [dep("b", "a"), dep("c", "a"), dep("d", "b")];
    expect(findCycle(diamond, dep("d", "c"))).toBeNull();
  });

  test("an unrelated branch does not confuse the search", () => {
    const deps = [dep("b", "a"), dep("x", "y"), dep("c", "x"), dep("c", "b")];
    expect(findCycle(deps, dep("a", "c"))).toEqual(["a", "c", "b", "a"]);
    expect(findCycle(deps, dep("y", "c"))).toEqual(["y", "c", "x", "y"]);
    expect(findCycle(deps, dep("a", "y"))).toBeNull();
  });
});

describe("hasCycle", () => {
  test("detects a loop anywhere in a set", () => {
    expect(hasCycle([dep("b", "a"), dep("c", "b")])).toBe(false);
    expect(hasCycle([dep("b", "a"), dep("c", "b"), dep("a", "c")])).toBe(true);
  });
});

test("describeCycle names the milestones", () => {
  const titles: Record<string, string> = { a: "Data ready", b: "Baseline" };
  expect(describeCycle(["a", "b", "a"], (id) => titles[id]!)).toBe('"Data ready" → "Baseline" → "Data ready"');
});
