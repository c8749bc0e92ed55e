import { describe, expect, test } from "vitest";
import { quadrantOf, summarizePrioritization, type PlacedSolution } from "./prioritization";

const s = (title: string, feasibility: number | null, value: number | null): PlacedSolution => ({
  id: title,
  title,
  feasibility,
  value,
  cost: 0,
  status: "proposed",
});

describe("quadrantOf", () => {
  test("3 is high on both axes", () => {
    expect(quadrantOf({ feasibility: 3, value: 3 })).toBe("quick_win");
    expect(quadrantOf({ feasibility: 2, value: 5 })).toBe("big_bet");
    expect(quadrantOf({ feasibility: 5, value: 2 })).toBe("low_hanging");
    expect(quadrantOf({ feasibility: 1, value: 1 })).toBe("avoid");
  });
});

describe("summarizePrioritization", () => {
  test("names the solutions in the best corner, best first", () => {
    expect(summarizePrioritization([s("A", 3, 3), s("B", 5, 4), s("C", 1, 5), s("D", 4, 1), s("E", 2, 2)])).toBe(
      "2 of 5 solutions are in the high-value, high-feasibility corner: B and A.",
    );
  });
  test("mentions unscored solutions", () => {
    expect(summarizePrioritization([s("A", 4, 4), s("B", null, 3)])).toBe(
      "1 of 2 solutions is in the high-value, high-feasibility corner: A. 1 is not fully scored yet.",
    );
  });
  test("empty and nothing-scored cases", () => {
    expect(summarizePrioritization([])).toMatch(/^No solutions yet/);
    expect(summarizePrioritization([s("A", null, null)])).toBe("None of 1 solution has both scores yet.");
    expect(summarizePrioritization([s("A", 1, 1)])).toBe("None of 1 solution is in the high-value, high-feasibility corner yet.");
  });
});
