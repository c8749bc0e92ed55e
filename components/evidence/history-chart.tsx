"use client";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { isoDate } from "@/lib/domain/dates";
import type { TrendView } from "@/lib/domain/evidence/trend-view";
import { CHART_MARGIN, ChartBox, GRID_STROKE, LEGEND_ON_TOP, legendWithLines, SERIES, xAxisLabel, yAxisLabel } from "@/components/ui/chart";

/** `referencesBelow`: print the reference-lines sentence under the chart (off where a caption says it already). */
type Props = { trend: TrendView; referencesBelow?: boolean };

const day = (t: number) => isoDate(new Date(t));
/** The baselines' stroke and label colour (the kinds differ by dash pattern). */
const BASELINE_STROKE = "#6d28d9";
const num = (v: number) => Number(v.toPrecision(3)).toString();

/**
 * Observed results (outliers apart), the fitted curve, its forecast to the target date with a 90 % band, the target,
 * the plateau and the baselines (labelled on the right, their kinds told apart by dash pattern, each in the legend),
 * on the y range of `trendView` — the same view the share page, PDF and Markdown draw. The lines are named in a
 * sentence under the chart.
 */
export function HistoryChart({ trend, referencesBelow = true }: Props) {
  const { data, targetValue: target, targetTime } = trend.chart;
  const { metricName: metric, unit, yDomain, yTicks } = trend;
  const plateau = trend.plateau?.estimate ?? null;
  const hasOutliers = data.some((d) => d.outlier != null);
  const withUnit = (v: number) => (unit ? `${num(v)} ${unit}` : num(v));
  const first = data[0]?.time ?? 0;
  const last = data[data.length - 1]?.time ?? 0;
  const byDate = trend.xAxis === "date";
  const ticks = Array.from({ length: 6 }, (_, i) => Math.round(first + ((last - first) * i) / 5));
  // Dates, or counts (training-set size, step) with thousands separators.
  const xLabel = (t: number) => (byDate ? day(t) : Math.round(t).toLocaleString("en-US"));
  const baselines = trend.baselines;
  const legend = legendWithLines(baselines.map((b) => ({ label: b.caption, color: BASELINE_STROKE, dash: b.dash })));
  const fmt = (v: unknown) =>
    typeof v === "number" ? withUnit(v) : Array.isArray(v) ? `${withUnit(Number(v[0]))} – ${withUnit(Number(v[1]))}` : String(v);
  return (
    <div className="space-y-2">
      <ChartBox label={`Trend chart of ${metric}`} className={baselines.length > 1 ? "h-96" : "h-80"}>
        <ComposedChart data={data} margin={CHART_MARGIN}>
          <CartesianGrid stroke={GRID_STROKE} />
          <XAxis
            dataKey="time"
            type="number"
            domain={[first, last]}
            ticks={ticks}
            tickFormatter={xLabel}
            fontSize={12}
            label={xAxisLabel(trend.xTitle)}
          />
          <YAxis
            fontSize={12}
            width={70}
            domain={yDomain}
            ticks={yTicks}
            allowDataOverflow
            tickFormatter={num}
            label={yAxisLabel(unit ? `${metric} (${unit})` : metric, -10)}
          />
          <Tooltip labelFormatter={(t) => xLabel(Number(t))} formatter={fmt} />
          <Legend {...LEGEND_ON_TOP} height={baselines.length ? 30 + 18 * Math.ceil(baselines.length / 2) : 30} content={legend} />
          <Area
            dataKey="band"
            name="90 % band"
            legendType="square"
            fill="#2459b3"
            fillOpacity={0.15}
            stroke="none"
            isAnimationActive={false}
            connectNulls
          />
          <Line dataKey="fit" name="Fitted curve" legendType="line" stroke="#2459b3" dot={false} connectNulls {...SERIES} />
          <Line
            dataKey="forecast"
            name="Forecast"
            legendType="plainline"
            stroke="#2459b3"
            strokeDasharray="6 3"
            dot={false}
            connectNulls
            {...SERIES}
          />
          <Scatter dataKey="observed" name="Observed results" legendType="circle" fill="#0f172a" isAnimationActive={false} />
          {hasOutliers && (
            <Scatter
              dataKey="outlier"
              legendType="diamond"
              name="Outliers (down-weighted)"
              fill="#ffffff"
              stroke="#dc2626"
              shape="diamond"
              isAnimationActive={false}
            />
          )}
          {target != null && (
            <ReferenceLine
              y={target}
              stroke="#dc2626"
              strokeDasharray="4 4"
              label={{ value: `Target ${withUnit(target)}`, position: "insideTopLeft", fontSize: 12, fill: "#b91c1c" }}
            />
          )}
          {targetTime != null && (
            <ReferenceLine
              x={targetTime}
              stroke="#94a3b8"
              label={{ value: byDate ? "Target date" : `Target: ${trend.target?.label ?? ""}`, position: "insideTopRight", fontSize: 12 }}
            />
          )}
          {plateau != null && Number.isFinite(plateau) && (
            <ReferenceLine
              y={plateau}
              stroke="#16a34a"
              strokeDasharray="2 4"
              label={{ value: `Plateau ≈ ${withUnit(plateau)}`, position: "insideBottomLeft", fontSize: 12, fill: "#15803d" }}
            />
          )}
          {baselines.map((b) => (
            <ReferenceLine
              key={b.id}
              y={b.value}
              stroke={BASELINE_STROKE}
              strokeDasharray={b.dash}
              label={{
                value: `${b.kindLabel}: ${b.label}`,
                position: b.labelSide === "above" ? "insideTopRight" : "insideBottomRight",
                fontSize: 11,
                fill: BASELINE_STROKE,
              }}
            />
          ))}
        </ComposedChart>
      </ChartBox>
      {referencesBelow && trend.referenceSentence && (
        <p className="text-xs text-slate-600" data-testid="trend-reference-lines">
          {trend.referenceSentence}
        </p>
      )}
    </div>
  );
}
