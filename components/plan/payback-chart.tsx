"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/domain/scoping/value";
import { CHART_MARGIN, ChartBox, compactNumber, GRID_STROKE, LEGEND_ON_TOP, SERIES, xAxisLabel, yAxisLabel } from "@/components/ui/chart";

export type PaybackDatum = { month: string; cost: number; value: number };

/** Cumulative cost against cumulative value, with the month the model goes into use and the break-even month. */
export function PaybackChart({
  data,
  currency,
  startMonth,
  breakEvenMonth,
}: {
  data: PaybackDatum[];
  currency: string;
  startMonth: string;
  breakEvenMonth: string | null;
}) {
  return (
    <ChartBox name="Payback chart, cumulative cost against value">
      <LineChart data={data} margin={{ ...CHART_MARGIN, top: 24 }}>
        <CartesianGrid stroke={GRID_STROKE} />
        <XAxis dataKey="month" fontSize={12} minTickGap={16} label={xAxisLabel("Month")} />
        <YAxis tickFormatter={compactNumber(currency)} fontSize={12} width={80} label={yAxisLabel(`Cumulative (${currency})`)} />
        <Tooltip formatter={(v) => (typeof v === "number" ? formatMoney(v, currency) : String(v))} />
        {/* The legend at the very top, so the margin under it keeps "In use" and "Break-even" clear of it. */}
        <Legend {...LEGEND_ON_TOP} wrapperStyle={{ top: 0 }} />
        <ReferenceLine
          x={startMonth}
          stroke="#64748b"
          strokeDasharray="3 3"
          label={{ value: "In use", position: "insideTopLeft", fontSize: 12, fill: "#475569" }}
        />
        {breakEvenMonth && (
          <ReferenceLine
            x={breakEvenMonth}
            stroke="#16a34a"
            strokeWidth={2}
            label={{ value: "Break-even", position: "top", fontSize: 12, fill: "#15803d" }}
          />
        )}
        <Line dataKey="cost" name="Cumulative cost" stroke="#dc2626" dot={false} {...SERIES} />
        <Line dataKey="value" name="Cumulative value" stroke="#16a34a" dot={false} {...SERIES} />
      </LineChart>
    </ChartBox>
  );
}
