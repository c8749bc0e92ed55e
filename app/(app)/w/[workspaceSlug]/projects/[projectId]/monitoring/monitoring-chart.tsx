"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox, legendWithLines } from "@/components/ui/chart";
import type { BaselineLine } from "@/lib/domain/baselines/lines";

export type MonitoringChartProps = {
  name: string;
  unit: string;
  points: { t: number; v: number }[];
  target: number | null;
  alertThreshold: number | null;
  breaches: { start: number; end: number }[];
  /** The metric's baselines (every solution's), drawn as labelled reference lines in the kind's dash pattern. */
  baselines?: BaselineLine[];
};

const BASELINE_STROKE = "#6d28d9";

const dayFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const timeFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** A monitoring series with its target, alert-threshold and baseline lines; periods beyond the threshold are shaded. */
export function MonitoringChart({ name, unit, points, target, alertThreshold, breaches, baselines = [] }: MonitoringChartProps) {
  const first = points[0]?.t ?? 0;
  const last = points.at(-1)?.t ?? 1;
  const span = Math.max(1, last - first);
  const shortSpan = span < 3 * 86_400_000;
  const minWidth = span / 200; // a one-point breach stays visible
  const yLabel = unit ? `${name} (${unit})` : name;
  // The target and the alert threshold, each drawn (when set) as a line in its colour, labelled at the right.
  const bounds = [
    { y: target, color: "#15803d", dash: "6 4", label: "Target", position: "insideTopRight" },
    { y: alertThreshold, color: "#dc2626", dash: "2 3", label: "Alert threshold", position: "insideBottomRight" },
  ] as const;
  return (
    <ChartBox
      className="h-72"
      label={`Chart of ${name} over time${target !== null ? `, with its target` : ""}${alertThreshold !== null ? " and alert threshold" : ""}${baselines.length ? `, and ${baselines.length === 1 ? "one baseline" : `${baselines.length} baselines`}` : ""}.`}
    >
      <LineChart data={points} margin={{ top: 8, right: 24, bottom: 28, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {breaches.map((b) => (
          <ReferenceArea
            key={b.start}
            x1={b.start}
            x2={Math.max(b.end, b.start + minWidth)}
            fill="#dc2626"
            fillOpacity={0.12}
            ifOverflow="hidden"
          />
        ))}
        <XAxis
          type="number"
          dataKey="t"
          scale="time"
          domain={[first, last]}
          tickFormatter={(t: number) => (shortSpan ? timeFmt : dayFmt).format(new Date(t))}
          label={{ value: "Time (UTC)", position: "bottom", offset: 8 }}
          minTickGap={40}
        />
        <YAxis
          type="number"
          domain={["auto", "auto"]}
          width={72}
          label={{ value: yLabel, angle: -90, position: "insideLeft", style: { textAnchor: "middle" } }}
        />
        <Tooltip labelFormatter={(t) => timeFmt.format(new Date(Number(t)))} formatter={(v) => [`${v}${unit ? ` ${unit}` : ""}`, name]} />
        <Legend
          verticalAlign="top"
          height={baselines.length ? 28 + 18 * Math.ceil(baselines.length / 2) : 28}
          content={legendWithLines(baselines.map((b) => ({ label: b.caption, color: BASELINE_STROKE, dash: b.dash })))}
        />
        {bounds.map(
          (b) =>
            b.y !== null && (
              <ReferenceLine
                key={b.label}
                y={b.y}
                stroke={b.color}
                strokeDasharray={b.dash}
                ifOverflow="extendDomain"
                label={{ value: b.label, position: b.position, fill: b.color, fontSize: 12 }}
              />
            ),
        )}
        {baselines.map((b) => (
          <ReferenceLine
            key={b.id}
            y={b.value}
            stroke={BASELINE_STROKE}
            strokeDasharray={b.dash}
            ifOverflow="extendDomain"
            label={{
              value: b.caption,
              position: b.labelSide === "above" ? "insideTopLeft" : "insideBottomLeft",
              fill: BASELINE_STROKE,
              fontSize: 11,
            }}
          />
        ))}
        <Line type="linear" dataKey="v" name={name} stroke="#2459b3" dot={points.length < 60} strokeWidth={1.5} isAnimationActive={false} />
      </LineChart>
    </ChartBox>
  );
}
