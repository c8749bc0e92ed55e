import { describe, expect, test } from "vitest";
import { MARKER_SPACING, placeMarkers, quadrantOf, summarizePrioritization, type PlacedSolution } from "./prioritization";

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

describe("placeMarkers", () => {
  const at = (n: number, feasibility: number, value: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${feasibility}-${value}-${i}`, feasibility, value }));

  test("a lone solution sits exactly on its scores", () => {
    expect(placeMarkers([{ id: "a", feasibility: 4, value: 2 }])).toEqual([{ id: "a", feasibility: 4, value: 2, x: 4, y: 2 }]);
  });

  test("solutions with the same scores never overlap, stay in their cell and are placed the same every time", () => {
    const points = [...at(19, 3, 3), ...at(2, 5, 5)];
    const placed = placeMarkers(points);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const d = Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y);
        expect(d).toBeGreaterThanOrEqual(MARKER_SPACING - 1e-9);
      }
    // 19 markers: the centre plus two full rings, within 2 spacings of the exact point.
    for (const p of placed) expect(Math.hypot(p.x - p.feasibility, p.y - p.value)).toBeLessThanOrEqual(2 * MARKER_SPACING + 1e-9);
    expect(placeMarkers(points)).toEqual(placed);
    // The second of a cell goes straight above the first.
    expect(placed[1]!.x).toBeCloseTo(3, 10);
    expect(placed[1]!.y).toBeCloseTo(3 + MARKER_SPACING, 10);
  });
});
