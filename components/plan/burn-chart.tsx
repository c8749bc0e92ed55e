"use client";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/domain/scoping/value";

import type { BurnDatum } from "@/lib/domain/plan/budget";

const compact = (currency: string) => (v: number) =>
  new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 }).format(v) + ` ${currency}`;

/** Cumulative planned vs actual spending; the gap where actual runs ahead of plan is shaded red. */
export function BurnChart({ data, currency }: { data: BurnDatum[]; currency: string }) {
  const money = (v: unknown) =>
    typeof v === "number" ? formatMoney(v, currency) : Array.isArray(v) ? formatMoney(Number(v[1]) - Number(v[0]), currency) : String(v);
  return (
    <div className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 10, right: 24, bottom: 24, left: 24 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="month" fontSize={12} label={{ value: "Month", position: "insideBottom", offset: -14, fontSize: 12 }} />
          <YAxis
            tickFormatter={compact(currency)}
            fontSize={12}
            width={80}
            label={{
              value: `Cumulative spend (${currency})`,
              angle: -90,
              position: "insideLeft",
              offset: -14,
              fontSize: 12,
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip formatter={money} />
          <Legend verticalAlign="top" height={30} />
          <Area
            dataKey="overrun"
            name="Over plan"
            fill="#dc2626"
            fillOpacity={0.25}
            stroke="none"
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            dataKey="planned"
            name="Planned (cumulative)"
            stroke="#2459b3"
            strokeDasharray="6 3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="actual"
            name="Actual (cumulative)"
            stroke="#0f172a"
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls={false}
            dot={<OverrunDot />}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

function OverrunDot(props: { cx?: number; cy?: number; payload?: BurnDatum }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload || payload.actual === null) return null;
  return <circle cx={cx} cy={cy} r={payload.isOver ? 5 : 3} fill={payload.isOver ? "#dc2626" : "#0f172a"} stroke="white" strokeWidth={1} />;
}
