"use client";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "@/components/ui/chart";
import type { ReferenceLineView } from "@/lib/domain/runs/across-runs";

/**
 * One metric of a run over its steps (or report order), already downsampled on the server, with the registry
 * metric's target and baselines as flat lines (each its own stroke pattern and legend entry).
 */
export function MetricCurve({
  metricKey,
  points,
  xLabel,
  unit = "",
  lines = [],
}: {
  metricKey: string;
  points: { t: number; v: number }[];
  xLabel: string;
  unit?: string;
  lines?: readonly ReferenceLineView[];
}) {
  const data = points.map((p) => ({ ...p, ...Object.fromEntries(lines.map((l) => [l.key, l.value])) }));
  return (
    <ChartBox
      className="h-64"
      label={`${metricKey} over ${xLabel.toLowerCase()}${lines.length ? `, with ${lines.map((l) => l.label).join("; ")}` : ""}`}
    >
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="t" domain={["dataMin", "dataMax"]} label={{ value: xLabel, position: "bottom", offset: 4 }} />
        <YAxis
          type="number"
          domain={["auto", "auto"]}
          width={64}
          label={{ value: unit ? `${metricKey} (${unit})` : metricKey, angle: -90, position: "insideLeft" }}
        />
        <Tooltip labelFormatter={(t) => `${xLabel} ${t}`} />
        <Legend verticalAlign="top" />
        <Line type="monotone" dataKey="v" name={metricKey} stroke="#2459b3" dot={points.length < 40} isAnimationActive={false} />
        {lines.map((l) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={l.label}
            stroke={l.color}
            strokeDasharray={l.dash}
            legendType="plainline"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartBox>
  );
}
