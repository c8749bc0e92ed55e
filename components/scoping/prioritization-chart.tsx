"use client";
import { useRouter } from "next/navigation";
import { CartesianGrid, Legend, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "@/components/ui/chart";
import { placeMarkers } from "@/lib/domain/scoping/prioritization";

/** `href`: where a click on the bubble goes; without it (e.g. on a share link) bubbles are not clickable. */
export type ChartPoint = {
  id: string;
  /** The solution's number on the chart, in its legend and in the scores table. */
  n: number;
  title: string;
  feasibility: number;
  value: number;
  cost: number;
  roiLabel: string;
  costLabel: string;
  status: string;
  href?: string;
  /** A simple rule (non-ML alternative) instead of a solution: drawn as a square tagged "R1". */
  rule?: { tag: string };
};

const COLORS: Record<string, string> = { selected: "#15803d", proposed: "#2459b3", rejected: "#b91c1c", rule: "#6b21a8" };
const NAMES: Record<string, string> = { selected: "Selected", proposed: "Proposed", rejected: "Rejected", rule: "Simple rule (non-ML)" };

/** What a marker says: the solution's number, or the rule's tag. */
const tagOf = (p: ChartPoint) => p.rule?.tag ?? String(p.n);

/** Both axes: a score from 1 to 5, with room for the bubbles at the ends. */
const SCORE_AXIS = { type: "number", domain: [0.5, 5.5], ticks: [1, 2, 3, 4, 5] } as const;
const LOW = [0.5, 3] as const;
const HIGH = [3, 5.5] as const;

/** The four quadrants the dashed lines at 3 make, shaded and named in their outer corner. */
const QUADRANTS = [
  { x: HIGH, y: HIGH, fill: "#dcfce7", opacity: 0.5, label: "High value, high feasibility", position: "insideTopRight" },
  { x: LOW, y: HIGH, fill: "#fef9c3", opacity: 0.35, label: "High value, low feasibility", position: "insideTopLeft" },
  { x: HIGH, y: LOW, fill: "#e0f2fe", opacity: 0.35, label: "Low value, high feasibility", position: "insideBottomRight" },
  { x: LOW, y: LOW, fill: "#fee2e2", opacity: 0.3, label: "Low value, low feasibility", position: "insideBottomLeft" },
] as const;

type Placed = ChartPoint & { x: number; y: number };

/** A numbered disc (the number of the legend and the table), drawn for each solution. */
function Marker(props: { cx?: number; cy?: number; payload?: Placed }) {
  const { cx, cy, payload: p } = props;
  if (cx === undefined || cy === undefined || !p) return null;
  const tag = tagOf(p);
  return (
    <g>
      <title>{`${tag}. ${p.title}${p.rule ? " (simple rule, non-ML)" : ""}: feasibility ${p.feasibility}/5, value ${p.value}/5`}</title>
      {p.rule ? (
        <rect
          x={cx - MARKER_RADIUS}
          y={cy - MARKER_RADIUS}
          width={MARKER_RADIUS * 2}
          height={MARKER_RADIUS * 2}
          fill={COLORS.rule}
          fillOpacity={0.9}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      ) : (
        <circle
          cx={cx}
          cy={cy}
          r={MARKER_RADIUS}
          fill={COLORS[p.status] ?? COLORS.proposed}
          fillOpacity={0.9}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      )}
      <text x={cx} y={cy} dy="0.35em" textAnchor="middle" fontSize={p.rule ? 10 : 12} fontWeight={700} fill="#ffffff" pointerEvents="none">
        {tag}
      </text>
    </g>
  );
}

const MARKER_RADIUS = 12;

/**
 * The value × feasibility chart. `rules`: simple-rule alternatives (non-ML) with a value estimate, drawn as squares
 * "R1", "R2"… next to the solutions, with their own legend entry.
 */
export function PrioritizationChart({ points, rules = [] }: { points: ChartPoint[]; rules?: ChartPoint[] }) {
  const router = useRouter();
  const data = placeMarkers([...points, ...rules.map((r) => ({ ...r, status: "rule" }))]);
  const groups = ["selected", "proposed", "rejected", "rule"]
    .map((s) => ({ status: s, data: data.filter((d) => d.status === s) }))
    .filter((g) => g.data.length);
  return (
    <div className="space-y-3">
      <ChartBox
        className="h-[28rem]"
        label={`Solutions placed by feasibility score (x) and value score (y), numbered as in the legend${rules.length ? "; simple rules (non-ML) as squares tagged R1, R2…" : ""}.`}
      >
        <ScatterChart margin={{ top: 16, right: 24, bottom: 36, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {QUADRANTS.map((q) => (
            <ReferenceArea
              key={q.label}
              x1={q.x[0]}
              x2={q.x[1]}
              y1={q.y[0]}
              y2={q.y[1]}
              fill={q.fill}
              fillOpacity={q.opacity}
              label={{ value: q.label, position: q.position, fontSize: 12 }}
            />
          ))}
          <ReferenceLine x={3} stroke="#64748b" strokeDasharray="4 4" />
          <ReferenceLine y={3} stroke="#64748b" strokeDasharray="4 4" />
          <XAxis {...SCORE_AXIS} dataKey="x" label={{ value: "Feasibility score (1–5)", position: "bottom", offset: 12 }} />
          <YAxis {...SCORE_AXIS} dataKey="y" label={{ value: "Value score (1–5)", angle: -90, position: "insideLeft" }} />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ payload }) => {
              const p = payload?.[0]?.payload as Placed | undefined;
              if (!p) return null;
              return (
                <div className="rounded border border-slate-200 bg-white p-2 text-xs shadow">
                  <p className="font-semibold">
                    {tagOf(p)}. {p.title}
                    {p.rule ? " (simple rule, non-ML)" : ""}
                  </p>
                  <p>
                    Feasibility {p.feasibility}/5 · value {p.value}/5
                  </p>
                  <p>
                    ROI {p.roiLabel} per year · cost {p.costLabel}
                  </p>
                </div>
              );
            }}
          />
          <Legend verticalAlign="top" />
          {groups.map((g) => (
            <Scatter
              key={g.status}
              name={NAMES[g.status]}
              data={g.data}
              fill={COLORS[g.status]}
              shape={Marker}
              isAnimationActive={false}
              cursor={g.data.some((d) => d.href) ? "pointer" : undefined}
              onClick={(d) => {
                const href = (d as unknown as { payload?: ChartPoint }).payload?.href ?? (d as unknown as ChartPoint).href;
                if (href) router.push(href);
              }}
            />
          ))}
        </ScatterChart>
      </ChartBox>
      <ol aria-label="Chart legend" className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {[...points]
          .sort((a, b) => a.n - b.n)
          .map((p) => (
            <li key={p.id} className="flex items-baseline gap-2">
              <span
                aria-hidden
                className="inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold text-white"
                style={{ backgroundColor: COLORS[p.status] ?? COLORS.proposed }}
              >
                {p.n}
              </span>
              <span>
                <span className="sr-only">{p.n}. </span>
                {p.title} <span className="text-slate-500">({NAMES[p.status] ?? p.status})</span>
              </span>
            </li>
          ))}
        {rules.map((r) => (
          <li key={r.id} className="flex items-baseline gap-2">
            <span
              aria-hidden
              className="inline-flex h-5 min-w-5 shrink-0 items-center justify-center px-0.5 text-[10px] font-bold text-white"
              style={{ backgroundColor: COLORS.rule }}
            >
              {tagOf(r)}
            </span>
            <span>
              <span className="sr-only">{tagOf(r)}. </span>
              {r.title} <span className="text-slate-500">({NAMES.rule})</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
