"use client";
import { CartesianGrid, ComposedChart, Legend, Line, Scatter, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { CHART_MARGIN, ChartBox, GRID_STROKE, LEGEND_ON_TOP, xAxisLabel, yAxisLabel } from "@/components/ui/chart";
import { isoDate } from "@/lib/domain/dates";
import { RUN_STATUS_LABEL, RUN_STATUSES, type RunStatus } from "@/lib/domain/runs/stages";
import type { ReferenceLineView } from "@/lib/domain/runs/across-runs";

export type ChartPoint = { x: number; y: number; status: RunStatus; candidate: boolean; run: string };

// A colour and a shape per status, so the points stay apart without colour too.
const STYLE: Record<RunStatus, { fill: string; shape: "circle" | "cross" | "triangle" | "square" }> = {
  succeeded: { fill: "#15803d", shape: "circle" },
  failed: { fill: "#dc2626", shape: "cross" },
  running: { fill: "#2459b3", shape: "triangle" },
  cancelled: { fill: "#64748b", shape: "square" },
};
const DAY = 86_400_000;
const num = (v: number) => Number(v.toPrecision(4)).toString();

/** UTC midnights inside [from, to], at most about seven of them. */
function dayTicks(from: number, to: number): number[] {
  const first = Math.ceil(from / DAY) * DAY;
  const days = Math.max(1, Math.floor((to - first) / DAY) + 1);
  const step = Math.ceil(days / 7);
  return Array.from({ length: Math.ceil(days / step) }, (_, i) => first + i * step * DAY).filter((t) => t <= to);
}

/** Each run's final value of a metric at the run's start, by status, candidates ringed, with the target and baselines. */
export function AcrossRunsChart({
  metric,
  unit,
  points,
  lines,
}: {
  metric: string;
  unit: string;
  points: ChartPoint[];
  lines: readonly ReferenceLineView[];
}) {
  const xs = points.map((p) => p.x);
  const from = Math.min(...xs) - DAY / 2;
  const to = Math.max(...xs) + DAY / 2;
  const withUnit = (v: number) => (unit ? `${num(v)} ${unit}` : num(v));
  const candidates = points.filter((p) => p.candidate);
  return (
    <ChartBox label={`${metric} across runs by start time`}>
      <ComposedChart margin={CHART_MARGIN}>
        <CartesianGrid stroke={GRID_STROKE} />
        <XAxis
          dataKey="x"
          type="number"
          domain={[from, to]}
          ticks={dayTicks(from, to)}
          tickFormatter={(t: number) => isoDate(new Date(t))}
          fontSize={12}
          label={xAxisLabel("Run start (UTC date)")}
        />
        <YAxis
          dataKey="y"
          type="number"
          domain={["auto", "auto"]}
          width={70}
          fontSize={12}
          tickFormatter={num}
          label={yAxisLabel(unit ? `${metric} (${unit})` : metric, -10)}
        />
        <Tooltip
          labelFormatter={(t) => isoDate(new Date(Number(t)))}
          formatter={(v, name, item) => {
            const run = (item?.payload as ChartPoint | undefined)?.run;
            return [withUnit(Number(v)), run ? `${name} · run ${run}` : name];
          }}
        />
        <Legend {...LEGEND_ON_TOP} />
        <ZAxis range={[64, 64]} />
        <ZAxis zAxisId="candidate" range={[360, 360]} />
        {/* Drawn first and larger, so the run's status mark sits in the middle of its star. */}
        {candidates.length > 0 && (
          <Scatter
            name="Candidate"
            zAxisId="candidate"
            data={candidates}
            dataKey="y"
            fill="#fbbf24"
            stroke="#92400e"
            shape="star"
            legendType="star"
            isAnimationActive={false}
          />
        )}
        {RUN_STATUSES.filter((s) => points.some((p) => p.status === s)).map((s) => (
          <Scatter
            key={s}
            name={RUN_STATUS_LABEL[s]}
            data={points.filter((p) => p.status === s)}
            dataKey="y"
            fill={STYLE[s].fill}
            shape={STYLE[s].shape}
            isAnimationActive={false}
          />
        ))}
        {lines.map((l) => (
          <Line
            key={l.key}
            name={l.label}
            data={[
              { x: from, y: l.value },
              { x: to, y: l.value },
            ]}
            dataKey="y"
            stroke={l.color}
            strokeDasharray={l.dash}
            strokeWidth={2}
            legendType="plainline"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartBox>
  );
}
