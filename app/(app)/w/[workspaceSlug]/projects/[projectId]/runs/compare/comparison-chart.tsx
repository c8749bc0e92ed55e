"use client";
import { useMemo, useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_MARGIN, ChartBox, GRID_STROKE, SERIES, xAxisLabel, yAxisLabel } from "@/components/ui/chart";
import { ScrollBox } from "@/components/ui/scroll-box";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";

/** `points`: `[step, value, step, value, …]`, as `compactSeries` sends them. */
export type ChartSeries = { name: string; color: string; points: number[] };

const pairs = (flat: readonly number[]) => Array.from({ length: flat.length / 2 }, (_, i) => ({ t: flat[2 * i]!, v: flat[2 * i + 1]! }));
export type ChartLine = { label: string; value: number; dash: string; kind: string };

const num = (v: number) => Number(v.toPrecision(4)).toString();
const TARGET_COLOR = "#b91c1c";
const BASELINE_COLOR = "#475569";

/**
 * One metric of the compared runs over their steps, one line per run (each already downsampled on the
 * server), the target and baselines as labelled horizontal lines, a legend naming every line, the
 * summary sentence, and the points as a table on demand.
 */
export function ComparisonChart({
  metricKey,
  unit,
  xLabel,
  series,
  lines,
  summary,
}: {
  metricKey: string;
  unit: string;
  xLabel: string;
  series: ChartSeries[];
  lines: ChartLine[];
  summary: string;
}) {
  const data = useMemo(() => series.map((s) => pairs(s.points)), [series]);
  const [tableOpen, setTableOpen] = useState(false);
  const withUnit = (v: number) => (unit ? `${num(v)} ${unit}` : num(v));
  const slug = metricKey.replace(/[^\w-]+/g, "-");
  return (
    <figure className="space-y-2" aria-labelledby={`curve-${slug}-caption`}>
      <figcaption id={`curve-${slug}-caption`}>
        <h3 className="text-sm font-semibold wrap-anywhere">{metricKey}</h3>
        <p className="text-sm text-slate-600">{summary}</p>
      </figcaption>
      <ChartBox className="h-72" label={`${metricKey} by ${xLabel.toLowerCase()} for ${series.length} runs`}>
        <LineChart margin={CHART_MARGIN}>
          <CartesianGrid stroke={GRID_STROKE} />
          <XAxis
            dataKey="t"
            type="number"
            domain={["dataMin", "dataMax"]}
            allowDuplicatedCategory={false}
            fontSize={12}
            tickFormatter={(t: number) => Math.round(t).toLocaleString("en-US")}
            label={xAxisLabel(xLabel)}
          />
          <YAxis
            type="number"
            domain={["auto", "auto"]}
            fontSize={12}
            width={70}
            tickFormatter={num}
            label={yAxisLabel(unit ? `${metricKey} (${unit})` : metricKey, -10)}
          />
          <Tooltip labelFormatter={(t) => `${xLabel} ${t}`} formatter={(v) => withUnit(Number(v))} />
          {series.map((s, i) => (
            <Line key={s.name} data={data[i]} dataKey="v" name={s.name} stroke={s.color} dot={false} {...SERIES} />
          ))}
          {lines.map((l) => (
            <ReferenceLine
              key={`${l.kind}-${l.label}`}
              y={l.value}
              ifOverflow="extendDomain"
              stroke={l.kind === "target" ? TARGET_COLOR : BASELINE_COLOR}
              strokeDasharray={l.dash}
              label={{
                value: l.label,
                position: "insideTopLeft",
                fontSize: 11,
                fill: l.kind === "target" ? TARGET_COLOR : BASELINE_COLOR,
              }}
            />
          ))}
        </LineChart>
      </ChartBox>
      <ul aria-label={`Legend of ${metricKey}`} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-1.5">
            <LegendStroke color={s.color} />
            {s.name}
          </li>
        ))}
        {lines.map((l) => (
          <li key={`${l.kind}-${l.label}`} className="flex items-center gap-1.5">
            <LegendStroke color={l.kind === "target" ? TARGET_COLOR : BASELINE_COLOR} dash={l.dash} />
            {l.label}
          </li>
        ))}
      </ul>
      <details onToggle={(e) => setTableOpen(e.currentTarget.open)} className="text-sm">
        <summary className="cursor-pointer text-brand-700 underline">Data table of {metricKey}</summary>
        {tableOpen && (
          <PointsTable metricKey={metricKey} xLabel={xLabel} names={series.map((s) => s.name)} data={data} withUnit={withUnit} />
        )}
      </details>
    </figure>
  );
}

function LegendStroke({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg width="24" height="8" aria-hidden="true" className="shrink-0">
      <line x1="0" y1="4" x2="24" y2="4" stroke={color} strokeWidth="2" strokeDasharray={dash} />
    </svg>
  );
}

/** Every drawn point, one row per x and one column per run (blank where a run's curve has no point there). */
function PointsTable({
  metricKey,
  xLabel,
  names,
  data,
  withUnit,
}: {
  metricKey: string;
  xLabel: string;
  names: string[];
  data: { t: number; v: number }[][];
  withUnit: (v: number) => string;
}) {
  const xs = [...new Set(data.flatMap((points) => points.map((p) => p.t)))].sort((a, b) => a - b);
  const maps = data.map((points) => new Map(points.map((p) => [p.t, p.v])));
  return (
    <ScrollBox label={`Points of ${metricKey}`} className="mt-2 max-h-80 overflow-y-auto">
      <Table aria-label={`Points of ${metricKey} by ${xLabel.toLowerCase()}`}>
        <THeadRow columns={[xLabel, ...names.map((name) => ({ label: name, numeric: true }))]} />
        <TBody>
          {xs.map((x) => (
            <Tr key={x}>
              <Td>{x.toLocaleString("en-US")}</Td>
              {maps.map((m, i) => {
                const v = m.get(x);
                return (
                  <Td key={i} numeric>
                    {v === undefined ? "" : withUnit(v)}
                  </Td>
                );
              })}
            </Tr>
          ))}
        </TBody>
      </Table>
    </ScrollBox>
  );
}
