"use client";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "@/components/ui/chart";

/** One metric of a run over its steps (or report order), already downsampled on the server. */
export function MetricCurve({ metricKey, points, xLabel }: { metricKey: string; points: { t: number; v: number }[]; xLabel: string }) {
  return (
    <ChartBox className="h-64" label={`${metricKey} over ${xLabel.toLowerCase()}`}>
      <LineChart data={points} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="t" domain={["dataMin", "dataMax"]} label={{ value: xLabel, position: "bottom", offset: 4 }} />
        <YAxis type="number" domain={["auto", "auto"]} width={64} label={{ value: metricKey, angle: -90, position: "insideLeft" }} />
        <Tooltip formatter={(v) => [String(v), metricKey]} labelFormatter={(t) => `${xLabel} ${t}`} />
        <Legend verticalAlign="top" />
        <Line type="monotone" dataKey="v" name={metricKey} stroke="#2459b3" dot={points.length < 40} isAnimationActive={false} />
      </LineChart>
    </ChartBox>
  );
}
