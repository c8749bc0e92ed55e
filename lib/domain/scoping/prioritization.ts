// Placing solutions on the value × feasibility chart, and saying in one sentence what the
// chart shows.

export type PlacedSolution = { id: string; title: string; feasibility: number | null; value: number | null; cost: number; status: string };
export type Quadrant = "quick_win" | "big_bet" | "low_hanging" | "avoid";

export const QUADRANT_LABEL: Record<Quadrant, string> = {
  quick_win: "High value, high feasibility",
  big_bet: "High value, low feasibility",
  low_hanging: "Low value, high feasibility",
  avoid: "Low value, low feasibility",
};

/** Scores of 3 or more count as high; the chart draws its quadrant lines at 3. */
export const HIGH = 3;

export function quadrantOf(s: { feasibility: number; value: number }): Quadrant {
  const f = s.feasibility >= HIGH;
  const v = s.value >= HIGH;
  if (v && f) return "quick_win";
  if (v) return "big_bet";
  if (f) return "low_hanging";
  return "avoid";
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** e.g. "2 of 5 solutions are in the high-value, high-feasibility corner: A and B. 1 is not scored yet." */
export function summarizePrioritization(solutions: PlacedSolution[]): string {
  if (solutions.length === 0) return "No solutions yet: add candidate solutions to your business problems first.";
  const scored = solutions.filter(
    (s): s is PlacedSolution & { feasibility: number; value: number } => s.feasibility !== null && s.value !== null,
  );
  const unscored = solutions.length - scored.length;
  const best = scored.filter((s) => quadrantOf(s) === "quick_win").sort((a, b) => b.value + b.feasibility - (a.value + a.feasibility));
  const total = `${solutions.length} solution${solutions.length === 1 ? "" : "s"}`;
  let sentence = best.length
    ? `${best.length} of ${total} ${best.length === 1 ? "is" : "are"} in the high-value, high-feasibility corner: ${list(best.map((s) => s.title))}.`
    : scored.length
      ? `None of ${total} is in the high-value, high-feasibility corner yet.`
      : `None of ${total} has both scores yet.`;
  if (unscored > 0 && scored.length > 0) sentence += ` ${unscored} ${unscored === 1 ? "is" : "are"} not fully scored yet.`;
  return sentence;
}

/** Distance between neighbouring markers of one cell, in score units (the axes run from 0.5 to 5.5). */
export const MARKER_SPACING = 0.19;

/**
 * Where each numbered marker goes on the chart: scores are whole numbers, so solutions with the
 * same pair would sit on top of each other. The first of a cell stays on the exact point; the
 * others fill hexagonal rings around it (6 in the first ring, 12 in the second…), so no two
 * markers are closer than `spacing` and the layout is the same on every render.
 */
export function placeMarkers<T extends { feasibility: number; value: number }>(
  points: readonly T[],
  spacing = MARKER_SPACING,
): (T & { x: number; y: number })[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const key = `${p.feasibility}:${p.value}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k === 0) return { ...p, x: p.feasibility, y: p.value };
    // Ring j holds 6j markers: index k (1-based after the centre) falls in ring j where 3j(j−1) < k ≤ 3j(j+1).
    let ring = 1;
    while (k > 3 * ring * (ring + 1)) ring++;
    const slot = k - 3 * ring * (ring - 1) - 1;
    const angle = Math.PI / 2 + (2 * Math.PI * slot) / (6 * ring);
    const r = ring * spacing;
    return { ...p, x: p.feasibility + r * Math.cos(angle), y: p.value + r * Math.sin(angle) };
  });
}
