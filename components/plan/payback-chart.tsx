"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/domain/scoping/value";

export type PaybackDatum = { month: string; cost: number; value: number };

const compact = (currency: string) => (v: number) =>
  new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 }).format(v) + ` ${currency}`;

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
    <div className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 24, right: 24, bottom: 24, left: 24 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            dataKey="month"
            fontSize={12}
            minTickGap={16}
            label={{ value: "Month", position: "insideBottom", offset: -14, fontSize: 12 }}
          />
          <YAxis
            tickFormatter={compact(currency)}
            fontSize={12}
            width={80}
            label={{
              value: `Cumulative (${currency})`,
              angle: -90,
              position: "insideLeft",
              offset: -14,
              fontSize: 12,
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip formatter={(v) => (typeof v === "number" ? formatMoney(v, currency) : String(v))} />
          <Legend verticalAlign="top" height={30} />
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
          <Line dataKey="cost" name="Cumulative cost" stroke="#dc2626" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="value" name="Cumulative value" stroke="#16a34a" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
