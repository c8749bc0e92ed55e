"use client";
import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/domain/scoping/value";
import type { BurnDatum } from "@/lib/domain/plan/budget";
import { CHART_MARGIN, ChartBox, compactNumber, GRID_STROKE, LEGEND_ON_TOP, SERIES, xAxisLabel, yAxisLabel } from "@/components/ui/chart";

/** Cumulative planned vs actual spending; the gap where actual runs ahead of plan is shaded red. */
export function BurnChart({ data, currency }: { data: BurnDatum[]; currency: string }) {
  const money = (v: unknown) =>
    typeof v === "number" ? formatMoney(v, currency) : Array.isArray(v) ? formatMoney(Number(v[1]) - Number(v[0]), currency) : String(v);
  return (
    <ChartBox name="Spending chart, planned against actual">
      <ComposedChart data={data} margin={CHART_MARGIN}>
        <CartesianGrid stroke={GRID_STROKE} />
        <XAxis dataKey="month" fontSize={12} label={xAxisLabel("Month")} />
        <YAxis tickFormatter={compactNumber(currency)} fontSize={12} width={80} label={yAxisLabel(`Cumulative spend (${currency})`)} />
        <Tooltip formatter={money} />
        <Legend {...LEGEND_ON_TOP} />
        <Area
          dataKey="overrun"
          name="Over plan"
          fill="#dc2626"
          fillOpacity={0.25}
          stroke="none"
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line dataKey="planned" name="Planned (cumulative)" stroke="#2459b3" strokeDasharray="6 3" dot={false} {...SERIES} />
        <Line dataKey="actual" name="Actual (cumulative)" stroke="#0f172a" connectNulls={false} dot={<OverrunDot />} {...SERIES} />
      </ComposedChart>
    </ChartBox>
  );
}

function OverrunDot(props: { cx?: number; cy?: number; payload?: BurnDatum }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload || payload.actual === null) return null;
  return <circle cx={cx} cy={cy} r={payload.isOver ? 5 : 3} fill={payload.isOver ? "#dc2626" : "#0f172a"} stroke="white" strokeWidth={1} />;
}
