"use client";
import { useRouter } from "next/navigation";
import { CartesianGrid, Legend, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { ChartBox } from "@/components/ui/chart";

/** `href`: where a click on the bubble goes; without it (e.g. on a share link) bubbles are not clickable. */
export type ChartPoint = {
  id: string;
  title: string;
  feasibility: number;
  value: number;
  cost: number;
  roiLabel: string;
  costLabel: string;
  status: string;
  href?: string;
};

const COLORS: Record<string, string> = { selected: "#15803d", proposed: "#2459b3", rejected: "#b91c1c" };
const NAMES: Record<string, string> = { selected: "Selected", proposed: "Proposed", rejected: "Rejected" };

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

/** Spreads solutions that share the same integer scores so every bubble stays clickable. */
function spread(points: ChartPoint[]) {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const key = `${p.feasibility}:${p.value}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const angle = n * 2.4;
    const r = n === 0 ? 0 : 0.18;
    return { ...p, x: p.feasibility + r * Math.cos(angle), y: p.value + r * Math.sin(angle), size: Math.max(p.cost, 1) };
  });
}

export function PrioritizationChart({ points }: { points: ChartPoint[] }) {
  const router = useRouter();
  const data = spread(points);
  const groups = ["selected", "proposed", "rejected"]
    .map((s) => ({ status: s, data: data.filter((d) => d.status === s) }))
    .filter((g) => g.data.length);
  return (
    <ChartBox className="h-96" label="Solutions placed by feasibility score (x) and value score (y); bubble size is yearly cost.">
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
        <ZAxis type="number" dataKey="size" range={[80, 900]} name="Yearly cost" />
        <Tooltip
          cursor={{ strokeDasharray: "3 3" }}
          content={({ payload }) => {
            const p = payload?.[0]?.payload as (ChartPoint & { x: number }) | undefined;
            if (!p) return null;
            return (
              <div className="rounded border border-slate-200 bg-white p-2 text-xs shadow">
                <p className="font-semibold">{p.title}</p>
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
            fillOpacity={0.75}
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
  );
}
