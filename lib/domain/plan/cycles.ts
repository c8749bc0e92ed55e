// Milestone dependencies form a directed graph: an edge A → B means "A cannot finish before B".
// A cycle would make the plan impossible (every milestone in it waits for itself), so a new edge
// is refused when it would close one, and the refusal names the milestones of the loop.

export type Dependency = { milestoneId: string; dependsOnId: string };

/**
 * The loop that adding "milestoneId depends on dependsOnId" would create, as ids in waiting order
 * starting and ending with `milestoneId` (A → B → C → A), or null when the edge is safe.
 */
export function findCycle(existing: readonly Dependency[], added: Dependency): string[] | null {
  if (added.milestoneId === added.dependsOnId) return [added.milestoneId, added.milestoneId];
  const next = new Map<string, string[]>();
  for (const d of existing) next.set(d.milestoneId, [...(next.get(d.milestoneId) ?? []), d.dependsOnId]);
  // Depth-first search from the prerequisite back to the dependent, remembering how we got there.
  const cameFrom = new Map<string, string>();
  const stack = [added.dependsOnId];
  const seen = new Set(stack);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === added.milestoneId) return [added.milestoneId, ...pathTo(cameFrom, added.dependsOnId, node)];
    for (const n of next.get(node) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      cameFrom.set(n, node);
      stack.push(n);
    }
  }
  return null;
}

function pathTo(cameFrom: Map<string, string>, start: string, end: string): string[] {
  const path = [end];
  let node = end;
  while (node !== start) {
    node = cameFrom.get(node)!;
    path.unshift(node);
  }
  return path;
}

/** Whether the whole set of dependencies is free of loops (used to check imported or seeded plans). */
export function hasCycle(deps: readonly Dependency[]): boolean {
  const accepted: Dependency[] = [];
  for (const d of deps) {
    if (findCycle(accepted, d)) return true;
    accepted.push(d);
  }
  return false;
}

/** "A" → "B" → "A", for messages. */
export function describeCycle(cycle: readonly string[], titleOf: (id: string) => string): string {
  return cycle.map((id) => `"${titleOf(id)}"`).join(" → ");
}
