"use client";
import { useRouter } from "next/navigation";
import {
  CartesianGrid,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";

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
    <div
      className="h-96 w-full"
      role="img"
      aria-label="Solutions placed by feasibility score (x) and value score (y); bubble size is yearly cost."
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 24, bottom: 36, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <ReferenceArea
            x1={3}
            x2={5.5}
            y1={3}
            y2={5.5}
            fill="#dcfce7"
            fillOpacity={0.5}
            label={{ value: "High value, high feasibility", position: "insideTopRight", fontSize: 12 }}
          />
          <ReferenceArea
            x1={0.5}
            x2={3}
            y1={3}
            y2={5.5}
            fill="#fef9c3"
            fillOpacity={0.35}
            label={{ value: "High value, low feasibility", position: "insideTopLeft", fontSize: 12 }}
          />
          <ReferenceArea
            x1={3}
            x2={5.5}
            y1={0.5}
            y2={3}
            fill="#e0f2fe"
            fillOpacity={0.35}
            label={{ value: "Low value, high feasibility", position: "insideBottomRight", fontSize: 12 }}
          />
          <ReferenceArea
            x1={0.5}
            x2={3}
            y1={0.5}
            y2={3}
            fill="#fee2e2"
            fillOpacity={0.3}
            label={{ value: "Low value, low feasibility", position: "insideBottomLeft", fontSize: 12 }}
          />
          <ReferenceLine x={3} stroke="#64748b" strokeDasharray="4 4" />
          <ReferenceLine y={3} stroke="#64748b" strokeDasharray="4 4" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[0.5, 5.5]}
            ticks={[1, 2, 3, 4, 5]}
            label={{ value: "Feasibility score (1–5)", position: "bottom", offset: 12 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0.5, 5.5]}
            ticks={[1, 2, 3, 4, 5]}
            label={{ value: "Value score (1–5)", angle: -90, position: "insideLeft" }}
          />
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
      </ResponsiveContainer>
    </div>
  );
}
