"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type MonitoringChartProps = {
  name: string;
  unit: string;
  points: { t: number; v: number }[];
  target: number | null;
  alertThreshold: number | null;
  breaches: { start: number; end: number }[];
};

const dayFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const timeFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** A monitoring series with its target and alert-threshold lines; periods beyond the threshold are shaded. */
export function MonitoringChart({ name, unit, points, target, alertThreshold, breaches }: MonitoringChartProps) {
  const first = points[0]?.t ?? 0;
  const last = points.at(-1)?.t ?? 1;
  const span = Math.max(1, last - first);
  const shortSpan = span < 3 * 86_400_000;
  const minWidth = span / 200; // a one-point breach stays visible
  const yLabel = unit ? `${name} (${unit})` : name;
  return (
    <div
      className="h-72 w-full"
      role="img"
      aria-label={`Chart of ${name} over time${target !== null ? `, with its target` : ""}${alertThreshold !== null ? " and alert threshold" : ""}.`}
    >
      <ResponsiveContainer width="100%" height="100%">
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
          <Legend verticalAlign="top" height={28} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke="#15803d"
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{ value: "Target", position: "insideTopRight", fill: "#15803d", fontSize: 12 }}
            />
          )}
          {alertThreshold !== null && (
            <ReferenceLine
              y={alertThreshold}
              stroke="#dc2626"
              strokeDasharray="2 3"
              ifOverflow="extendDomain"
              label={{ value: "Alert threshold", position: "insideBottomRight", fill: "#dc2626", fontSize: 12 }}
            />
          )}
          <Line
            type="linear"
            dataKey="v"
            name={name}
            stroke="#2459b3"
            dot={points.length < 60}
            strokeWidth={1.5}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
