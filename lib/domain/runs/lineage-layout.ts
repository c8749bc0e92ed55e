// Lays out the lineage graph (dataset → job → dataset) with dagre, left to right, for an SVG the
// server renders. Pure: the page passes the jobs, datasets and edges it loaded.
import dagre from "@dagrejs/dagre";

export type LineageNode = { id: string; kind: "job" | "dataset"; label: string; sublabel: string };
export type LineageEdge = { jobId: string; datasetId: string; direction: "input" | "output" };
export type PlacedNode = LineageNode & { x: number; y: number; width: number; height: number };
export type PlacedEdge = { from: string; to: string; points: { x: number; y: number }[] };
export type LineageLayout = { nodes: PlacedNode[]; edges: PlacedEdge[]; width: number; height: number };

const NODE_HEIGHT = 44;
const CHAR_WIDTH = 7;
const MAX_LABEL = 32;

/** A label cut to fit its box, keeping the end (the table or model name). */
export function shortLabel(text: string, max = MAX_LABEL): string {
  return text.length > max ? `…${text.slice(text.length - max + 1)}` : text;
}

export function layoutLineage(nodes: LineageNode[], edges: LineageEdge[]): LineageLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 16, ranksep: 60, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const key = (n: { kind: string; id: string }) => `${n.kind}:${n.id}`;
  for (const n of nodes) {
    const chars = Math.max(shortLabel(n.label).length, Math.min(shortLabel(n.sublabel).length, MAX_LABEL));
    g.setNode(key(n), { width: Math.max(80, chars * CHAR_WIDTH + 20), height: NODE_HEIGHT });
  }
  const ids = new Set(nodes.map(key));
  const placedEdges: { from: string; to: string }[] = [];
  for (const e of edges) {
    const job = `job:${e.jobId}`;
    const ds = `dataset:${e.datasetId}`;
    if (!ids.has(job) || !ids.has(ds)) continue;
    const [from, to] = e.direction === "input" ? [ds, job] : [job, ds];
    g.setEdge(from, to);
    placedEdges.push({ from, to });
  }
  dagre.layout(g);
  const graph = g.graph();
  return {
    nodes: nodes.map((n) => {
      const p = g.node(key(n));
      return { ...n, x: p.x, y: p.y, width: p.width, height: p.height };
    }),
    edges: placedEdges.map((e) => ({ ...e, points: g.edge(e.from, e.to).points ?? [] })),
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
  };
}
