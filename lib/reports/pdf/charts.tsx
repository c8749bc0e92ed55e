import type { ReactNode } from "react";
import { Circle, G, Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { linear, niceTicks, shortNumber, timeTicks } from "@/lib/domain/report/chart-scale";
import { formatValue } from "@/lib/domain/evidence/summary";
import type { ReportPayback, ReportSolutionPoint, ReportTrend } from "@/lib/domain/report/types";
import type { Timeline, TimelineRow } from "@/lib/domain/plan/milestones";
import { formatCompactMoney } from "@/lib/domain/plan/money";
import { FONT_FAMILY } from "./fonts";
import { COLOR } from "./theme";

// The report's charts drawn as PDF vector graphics (react-pdf's SVG primitives): the project-history
// trend with its band, target and plateau; the value × feasibility scatter; the payback curves; the
// milestones' Gantt chart.
// Each has axes with tick labels and titles, and a legend; the sentence that says what the chart
// shows is printed next to it by the document.

const approxWidth = (text: string, size: number) => text.length * size * 0.52;

function Label({
  x,
  y,
  children,
  size = 7,
  anchor = "start",
  color = COLOR.muted,
  bold = false,
  rotate,
}: {
  x: number;
  y: number;
  children: string;
  size?: number;
  anchor?: "start" | "middle" | "end";
  color?: string;
  bold?: boolean;
  rotate?: number;
}) {
  // react-pdf reads an SVG text's font from its props (they are not in its TypeScript types).
  const font = { fontFamily: FONT_FAMILY, fontSize: size, fontWeight: bold ? 700 : 400 } as object;
  const text = (
    <Text x={x} y={y} fill={color} textAnchor={anchor} {...font}>
      {children}
    </Text>
  );
  return rotate ? <G transform={`rotate(${rotate}, ${x}, ${y})`}>{text}</G> : text;
}

type LegendItem = { label: string; glyph: "dot" | "line" | "dashed" | "dotted" | "area"; color: string; dash?: string };

function Legend({ items, x, y }: { items: LegendItem[]; x: number; y: number }) {
  let cx = x;
  const out: ReactNode[] = [];
  items.forEach((item, i) => {
    const g = cx;
    if (item.glyph === "dot") out.push(<Circle key={`g${i}`} cx={g + 5} cy={y - 2.3} r={2.2} fill={item.color} />);
    else if (item.glyph === "area")
      out.push(
        <Rect
          key={`g${i}`}
          x={g}
          y={y - 6}
          width={11}
          height={7}
          fill={item.color}
          fillOpacity={0.2}
          stroke={item.color}
          strokeWidth={0.4}
        />,
      );
    else
      out.push(
        <Line
          key={`g${i}`}
          x1={g}
          y1={y - 2.3}
          x2={g + 12}
          y2={y - 2.3}
          stroke={item.color}
          strokeWidth={1.4}
          strokeDasharray={item.dash ?? (item.glyph === "dashed" ? "3 2" : item.glyph === "dotted" ? "1 2" : undefined)}
        />,
      );
    out.push(
      <Label key={`l${i}`} x={g + 16} y={y} size={7} color={COLOR.text}>
        {item.label}
      </Label>,
    );
    cx += 16 + approxWidth(item.label, 7) + 12;
  });
  return <G>{out}</G>;
}

type Frame = { left: number; right: number; top: number; bottom: number };

function YAxis({
  ticks,
  y,
  frame,
  width,
  format,
}: {
  ticks: number[];
  y: (v: number) => number;
  frame: Frame;
  width: number;
  format: (v: number) => string;
}) {
  return (
    <G>
      {ticks.map((t) => (
        <G key={t}>
          <Line x1={frame.left} x2={width - frame.right} y1={y(t)} y2={y(t)} stroke={COLOR.rule} strokeWidth={0.5} />
          <Label x={frame.left - 4} y={y(t) + 2.4} anchor="end">
            {format(t)}
          </Label>
        </G>
      ))}
      <Line x1={frame.left} x2={frame.left} y1={frame.top} y2={y(ticks[0]!)} stroke={COLOR.faint} strokeWidth={0.6} />
    </G>
  );
}

function XTimeAxis({
  ticks,
  x,
  baseY,
  frame,
  width,
}: {
  ticks: { time: number; label: string }[];
  x: (t: number) => number;
  baseY: number;
  frame: Frame;
  width: number;
}) {
  return (
    <G>
      <Line x1={frame.left} x2={width - frame.right} y1={baseY} y2={baseY} stroke={COLOR.faint} strokeWidth={0.6} />
      {ticks.map((t) => {
        const px = x(t.time);
        const half = approxWidth(t.label, 7) / 2;
        // Labels at the ends are aligned to stay on the page.
        const anchor = px + half > width - 2 ? "end" : px - half < 2 ? "start" : "middle";
        return (
          <G key={t.time}>
            <Line x1={px} x2={px} y1={baseY} y2={baseY + 3} stroke={COLOR.faint} strokeWidth={0.6} />
            <Label x={px} y={baseY + 11} anchor={anchor}>
              {t.label}
            </Label>
          </G>
        );
      })}
    </G>
  );
}

/** A dashed horizontal line across the plot at the height `at` (a target, a plateau), with its label. */
function LevelLine({
  at,
  frame,
  width,
  color,
  dash,
  children,
}: {
  at: number;
  frame: Frame;
  width: number;
  color: string;
  dash: string;
  children: ReactNode;
}) {
  return (
    <G>
      <Line x1={frame.left} x2={width - frame.right} y1={at} y2={at} stroke={color} strokeWidth={1} strokeDasharray={dash} />
      {children}
    </G>
  );
}

const path = (pts: readonly [number, number][]) => pts.map(([px, py], i) => `${i ? "L" : "M"}${px.toFixed(2)} ${py.toFixed(2)}`).join(" ");

/** The kind's dash pattern at PDF scale (the app's patterns are in screen pixels). */
const pdfDash = (dash: string) =>
  dash
    .split(/\s+/)
    .map((n) => String(Number(n) / 2))
    .join(" ");

/**
 * Observed results, fitted curve and forecast with the 90 % band, target line and date, plateau, and the baselines
 * (each in its kind's dash pattern, labelled at the right, listed in legend rows of their own).
 */
export function TrendChart({ trend, width, height: given = 215 }: { trend: ReportTrend; width: number; height?: number }) {
  const baselines = trend.baselines;
  // The baselines' legend entries on rows of their own below the series' legend, as many to a row as fit.
  const baselineLegend: LegendItem[][] = [];
  let used = Infinity;
  for (const b of baselines) {
    const item: LegendItem = { label: b.caption, glyph: "line", color: COLOR.baseline, dash: pdfDash(b.dash) };
    const room = 16 + approxWidth(b.caption, 7) + 12;
    if (used + room > width - 52) {
      baselineLegend.push([item]);
      used = room;
    } else {
      baselineLegend[baselineLegend.length - 1]!.push(item);
      used += room;
    }
  }
  const legendRows = 1 + baselineLegend.length;
  const height = given + (legendRows - 1) * 10;
  const frame: Frame = { left: 52, right: 12, top: 16 + legendRows * 10, bottom: 34 };
  const pts = trend.points.map((p) => ({ time: p.at, value: p.value }));
  const targetTime = trend.target ? trend.target.at : null;
  const times = [...pts.map((p) => p.time), ...trend.curve.map((c) => c.time), ...(targetTime !== null ? [targetTime] : [])];
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const pad = (t1 - t0) * 0.02 || 86_400_000;
  // The y range of trendView, as on the app's chart: the metric's own range bounds it.
  const yd = { min: trend.yDomain[0], max: trend.yDomain[1], ticks: trend.yTicks };
  const x = linear(t0 - pad, t1 + pad, frame.left, width - frame.right);
  const y = linear(yd.min, yd.max, height - frame.bottom, frame.top);
  const baseY = height - frame.bottom;
  const last = trend.lastObservedTime;
  const curve = trend.curve;
  const fitAt = (t: number) => {
    const after = curve.findIndex((c) => c.time >= t);
    if (after <= 0) return curve[Math.max(after, 0)]?.fit ?? 0;
    const a = curve[after - 1]!;
    const b = curve[after]!;
    return a.fit + ((t - a.time) / (b.time - a.time)) * (b.fit - a.fit);
  };
  const joint: [number, number][] = last !== null && curve.length ? [[x(last), y(fitAt(last))]] : [];
  const fitted = [...curve.filter((c) => last === null || c.time <= last).map((c) => [x(c.time), y(c.fit)] as [number, number]), ...joint];
  const forecast =
    last === null ? [] : [...joint, ...curve.filter((c) => c.time > last).map((c) => [x(c.time), y(c.fit)] as [number, number])];
  const band = curve.length
    ? `${path([...curve.map((c) => [x(c.time), y(c.high)] as [number, number]), ...[...curve].reverse().map((c) => [x(c.time), y(c.low)] as [number, number])])} Z`
    : "";
  const fmt = (v: number) => formatValue(v, trend.unit);
  // Calendar ticks by date; round numbers by training-set size or step.
  const xTicks =
    trend.xAxis === "date"
      ? timeTicks(t0 - pad, t1 + pad, 6)
      : niceTicks(t0, t1, 6)
          .ticks.filter((t) => t >= t0 - pad && t <= t1 + pad)
          .map((t) => ({ time: t, label: shortNumber(t) }));
  const legend: LegendItem[] = [
    { label: "Observed results", glyph: "dot", color: COLOR.text },
    ...(curve.length
      ? [
          { label: "Fitted curve", glyph: "line", color: COLOR.brand } as LegendItem,
          { label: "Forecast", glyph: "dashed", color: COLOR.brand } as LegendItem,
          { label: "90 % band", glyph: "area", color: COLOR.brand } as LegendItem,
        ]
      : []),
    ...(trend.target ? [{ label: "Target", glyph: "dashed", color: COLOR.target } as LegendItem] : []),
    ...(trend.plateau ? [{ label: "Plateau", glyph: "dotted", color: COLOR.plateau } as LegendItem] : []),
  ];
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <Legend items={legend} x={frame.left} y={10} />
      {baselineLegend.map((items, i) => (
        <Legend key={i} items={items} x={frame.left} y={20 + i * 10} />
      ))}
      <YAxis ticks={yd.ticks} y={y} frame={frame} width={width} format={shortNumber} />
      <XTimeAxis ticks={xTicks} x={x} baseY={baseY} frame={frame} width={width} />
      {band && <Path d={band} fill={COLOR.brand} fillOpacity={0.14} stroke="none" />}
      {fitted.length > 1 && <Path d={path(fitted)} stroke={COLOR.brand} strokeWidth={1.6} fill="none" />}
      {forecast.length > 1 && <Path d={path(forecast)} stroke={COLOR.brand} strokeWidth={1.6} strokeDasharray="5 3" fill="none" />}
      {targetTime !== null && (
        <G>
          <Line x1={x(targetTime)} x2={x(targetTime)} y1={frame.top} y2={baseY} stroke={COLOR.faint} strokeWidth={0.7} />
          <Label x={x(targetTime) - 3} y={frame.top + 7} anchor="end">
            {trend.xAxis === "date" ? "Target date" : `Target: ${trend.target?.label ?? ""}`}
          </Label>
        </G>
      )}
      {trend.target && (
        <LevelLine at={y(trend.target.value)} frame={frame} width={width} color={COLOR.target} dash="4 3">
          <Label x={frame.left + 4} y={y(trend.target.value) - 3} color={COLOR.red} bold>
            {`Target ${fmt(trend.target.value)}`}
          </Label>
        </LevelLine>
      )}
      {trend.plateau && Number.isFinite(trend.plateau.estimate) && (
        <LevelLine at={y(trend.plateau.estimate)} frame={frame} width={width} color={COLOR.plateau} dash="1 2">
          <Label x={width - frame.right - 4} y={y(trend.plateau.estimate) + 9} anchor="end" color={COLOR.green}>
            {`Plateau ≈ ${fmt(trend.plateau.estimate)}`}
          </Label>
        </LevelLine>
      )}
      {baselines.map((b) => (
        <LevelLine key={b.id} at={y(b.value)} frame={frame} width={width} color={COLOR.baseline} dash={pdfDash(b.dash)}>
          <Label
            x={width - frame.right - 4}
            y={b.labelSide === "above" ? y(b.value) - 3 : y(b.value) + 8}
            anchor="end"
            color={COLOR.baseline}
          >
            {`${b.kindLabel}: ${b.label}`}
          </Label>
        </LevelLine>
      ))}
      {pts.map((p, i) => (
        <Circle key={i} cx={x(p.time)} cy={y(p.value)} r={2.3} fill={COLOR.text} />
      ))}
      <Label x={(frame.left + width - frame.right) / 2} y={height - 6} anchor="middle" color={COLOR.text}>
        {trend.xTitle}
      </Label>
      <Label x={11} y={(frame.top + baseY) / 2} anchor="middle" color={COLOR.text} rotate={-90}>
        {trend.unit ? `${trend.metricName} (${trend.unit})` : trend.metricName}
      </Label>
    </Svg>
  );
}

const STATUS_COLOR: Record<ReportSolutionPoint["status"], string> = { selected: COLOR.green, proposed: COLOR.brand, rejected: COLOR.red };

/** Solutions placed by feasibility (x) and value (y), numbered as in the table; quadrant lines at 3. */
export function PrioritizationChart({ solutions, size = 250 }: { solutions: readonly ReportSolutionPoint[]; size?: number }) {
  const frame: Frame = { left: 40, right: 10, top: 24, bottom: 32 };
  const plot = size - frame.bottom - frame.top;
  const width = frame.left + plot + frame.right;
  const x = linear(0.5, 5.5, frame.left, frame.left + plot);
  const y = linear(0.5, 5.5, frame.top + plot, frame.top);
  const seen = new Map<string, number>();
  const placed = solutions
    .map((s, i) => ({ s, n: i + 1 }))
    .filter(({ s }) => s.value !== null)
    .map(({ s, n }) => {
      const key = `${s.feasibility}:${s.value}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      const r = k === 0 ? 0 : 0.28;
      return { s, n, fx: s.feasibility + r * Math.cos(k * 2.4), vy: s.value! + r * Math.sin(k * 2.4) };
    });
  const q = (x1: number, x2: number, y1: number, y2: number, fill: string) => (
    <Rect x={x(x1)} y={y(y2)} width={x(x2) - x(x1)} height={y(y1) - y(y2)} fill={fill} fillOpacity={0.55} />
  );
  const statuses = (["selected", "proposed", "rejected"] as const).filter((st) =>
    solutions.some((s) => s.status === st && s.value !== null),
  );
  return (
    <Svg width={width} height={size} viewBox={`0 0 ${width} ${size}`}>
      {q(3, 5.5, 3, 5.5, COLOR.greenLight)}
      {q(0.5, 3, 3, 5.5, COLOR.amberLight)}
      {q(3, 5.5, 0.5, 3, "#e0f2fe")}
      {q(0.5, 3, 0.5, 3, COLOR.redLight)}
      <Label x={x(5.5) - 3} y={y(5.5) + 8} anchor="end" size={6.2} color={COLOR.green}>
        High value, high feasibility
      </Label>
      <Label x={x(0.5) + 3} y={y(5.5) + 8} size={6.2} color={COLOR.amber}>
        High value, low feasibility
      </Label>
      <Label x={x(5.5) - 3} y={y(0.5) - 4} anchor="end" size={6.2} color="#0369a1">
        Low value, high feasibility
      </Label>
      <Label x={x(0.5) + 3} y={y(0.5) - 4} size={6.2} color={COLOR.red}>
        Low value, low feasibility
      </Label>
      {[1, 2, 3, 4, 5].map((t) => (
        <G key={t}>
          <Label x={x(t)} y={y(0.5) + 10} anchor="middle">
            {String(t)}
          </Label>
          <Label x={frame.left - 5} y={y(t) + 2.4} anchor="end">
            {String(t)}
          </Label>
          <Line x1={x(t)} x2={x(t)} y1={y(0.5)} y2={y(0.5) + 2.5} stroke={COLOR.faint} strokeWidth={0.6} />
          <Line x1={x(0.5) - 2.5} x2={x(0.5)} y1={y(t)} y2={y(t)} stroke={COLOR.faint} strokeWidth={0.6} />
        </G>
      ))}
      <Line x1={x(3)} x2={x(3)} y1={y(0.5)} y2={y(5.5)} stroke={COLOR.faint} strokeWidth={0.8} strokeDasharray="3 3" />
      <Line x1={x(0.5)} x2={x(5.5)} y1={y(3)} y2={y(3)} stroke={COLOR.faint} strokeWidth={0.8} strokeDasharray="3 3" />
      <Rect x={x(0.5)} y={y(5.5)} width={plot} height={plot} fill="none" stroke={COLOR.faint} strokeWidth={0.6} />
      {placed.map(({ s, n, fx, vy }) => (
        <G key={s.id}>
          <Circle cx={x(fx)} cy={y(vy)} r={7} fill={STATUS_COLOR[s.status]} fillOpacity={0.9} stroke="#ffffff" strokeWidth={0.8} />
          <Label x={x(fx)} y={y(vy) + 2.5} anchor="middle" size={7} color="#ffffff" bold>
            {String(n)}
          </Label>
        </G>
      ))}
      <Legend
        items={statuses.map((st) => ({
          label: st === "selected" ? "Selected" : st === "proposed" ? "Proposed" : "Rejected",
          glyph: "dot",
          color: STATUS_COLOR[st],
        }))}
        x={frame.left}
        y={10}
      />
      <Label x={frame.left + plot / 2} y={size - 6} anchor="middle" color={COLOR.text}>
        Feasibility score (1–5)
      </Label>
      <Label x={10} y={frame.top + plot / 2} anchor="middle" color={COLOR.text} rotate={-90}>
        Value score (1–5)
      </Label>
    </Svg>
  );
}

/** Cumulative budget cost against cumulative value, with the break-even month marked. */
export function PaybackChart({
  payback,
  currency,
  width,
  height = 150,
}: {
  payback: ReportPayback;
  currency: string;
  width: number;
  height?: number;
}) {
  const frame: Frame = { left: 52, right: 12, top: 26, bottom: 34 };
  const pts = payback.points.map((p) => ({ ...p, time: Date.parse(`${p.month}-01T00:00:00Z`) }));
  if (pts.length < 2) return <View />;
  const t0 = pts[0]!.time;
  const t1 = pts[pts.length - 1]!.time;
  const values = pts.flatMap((p) => [p.cumCost, p.cumValue]);
  const yd = niceTicks(Math.min(0, ...values), Math.max(...values), 5);
  const x = linear(t0, t1, frame.left, width - frame.right);
  const y = linear(yd.min, yd.max, height - frame.bottom, frame.top);
  const baseY = height - frame.bottom;
  const breakEven = payback.breakEven ? pts.find((p) => p.label === payback.breakEven) : undefined;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <Legend
        items={[
          { label: "Cumulative cost (budget)", glyph: "line", color: COLOR.red },
          { label: "Cumulative net value", glyph: "line", color: COLOR.green },
          ...(breakEven ? [{ label: "Break-even", glyph: "dashed", color: COLOR.faint } as LegendItem] : []),
        ]}
        x={frame.left}
        y={10}
      />
      <YAxis ticks={yd.ticks} y={y} frame={frame} width={width} format={(v) => formatCompactMoney(v, currency)} />
      <XTimeAxis ticks={timeTicks(t0, t1, 7)} x={x} baseY={y(yd.ticks[0]!)} frame={frame} width={width} />
      {yd.min < 0 && <Line x1={frame.left} x2={width - frame.right} y1={y(0)} y2={y(0)} stroke={COLOR.faint} strokeWidth={0.6} />}
      <Path d={path(pts.map((p) => [x(p.time), y(p.cumCost)]))} stroke={COLOR.red} strokeWidth={1.5} fill="none" />
      <Path d={path(pts.map((p) => [x(p.time), y(p.cumValue)]))} stroke={COLOR.green} strokeWidth={1.5} fill="none" />
      {breakEven && (
        <G>
          <Line
            x1={x(breakEven.time)}
            x2={x(breakEven.time)}
            y1={frame.top}
            y2={baseY}
            stroke={COLOR.faint}
            strokeWidth={0.8}
            strokeDasharray="3 2"
          />
          <Label x={x(breakEven.time) + 3} y={frame.top + 7} color={COLOR.text}>
            {`Break-even ${breakEven.label}`}
          </Label>
        </G>
      )}
      <Label x={(frame.left + width - frame.right) / 2} y={height - 6} anchor="middle" color={COLOR.text}>
        Month
      </Label>
      <Label x={11} y={(frame.top + baseY) / 2} anchor="middle" color={COLOR.text} rotate={-90}>
        {`Amount (${currency})`}
      </Label>
    </Svg>
  );
}

const DAY_MS = 86_400_000;
const GANTT_ROWS_PER_PART = 40;

/** A title cut to fit `width` points at `size` (approximately), with "…". */
function clip(text: string, width: number, size: number): string {
  const max = Math.max(4, Math.floor(width / (size * 0.52)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The milestones as a Gantt chart: one bar per milestone from its start to the end of its due day,
 * coloured by state (late, done, other), today as a dashed line, and an arrow from each milestone
 * to every milestone that waits for it. Long plans are drawn in parts of 40 rows, each with its
 * own axis, so a part never splits across pages; an arrow is drawn when both ends are in one part.
 */
export function GanttChart({ timeline, width }: { timeline: Timeline; width: number }) {
  const parts: TimelineRow[][] = [];
  for (let i = 0; i < timeline.rows.length; i += GANTT_ROWS_PER_PART) parts.push(timeline.rows.slice(i, i + GANTT_ROWS_PER_PART));
  return (
    <View>
      {parts.map((rows, i) => (
        <View key={i} wrap={false} style={{ marginBottom: 6 }}>
          <GanttPart rows={rows} timeline={timeline} width={width} legend={i === 0} />
        </View>
      ))}
    </View>
  );
}

function GanttPart({ rows, timeline, width, legend }: { rows: TimelineRow[]; timeline: Timeline; width: number; legend: boolean }) {
  const rowH = 11;
  const labelW = Math.min(170, width * 0.34);
  const frame: Frame = { left: labelW + 6, right: 8, top: legend ? 22 : 6, bottom: 18 };
  const height = frame.top + rows.length * rowH + frame.bottom;
  const x = linear(timeline.fromDay, timeline.toDay, frame.left, width - frame.right);
  const rowY = (i: number) => frame.top + i * rowH;
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const color = (r: TimelineRow) => (r.isLate ? COLOR.red : r.status === "done" ? COLOR.green : COLOR.brand);
  const baseY = frame.top + rows.length * rowH;
  const arrows = rows.flatMap((r, i) =>
    r.dependsOn.flatMap((id) => {
      const j = index.get(id);
      if (j === undefined) return [];
      const before = rows[j]!;
      const x0 = x(before.endDay);
      const y0 = rowY(j) + rowH / 2;
      const x1 = x(r.startDay);
      const y1 = rowY(i) + rowH / 2;
      const bend = x0 + 3;
      return [{ key: `${id}-${r.id}`, d: `M${x0} ${y0} L${bend} ${y0} L${bend} ${y1} L${x1 - 0.5} ${y1}`, tip: [x1, y1] as const }];
    }),
  );
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {legend && (
        <Legend
          items={[
            { label: "Planned or in progress", glyph: "area", color: COLOR.brand },
            { label: "Done", glyph: "area", color: COLOR.green },
            { label: "Late", glyph: "area", color: COLOR.red },
            { label: "Waits for (arrow)", glyph: "line", color: COLOR.faint },
            { label: "Today", glyph: "dashed", color: COLOR.amber },
          ]}
          x={0}
          y={10}
        />
      )}
      {rows.map((r, i) => (
        <G key={r.id}>
          {i % 2 === 0 && <Rect x={0} y={rowY(i)} width={width} height={rowH} fill={COLOR.panel} />}
          <Label x={0} y={rowY(i) + rowH / 2 + 2.4} color={r.isLate ? COLOR.red : COLOR.text}>
            {clip(r.title, labelW, 7)}
          </Label>
          <Rect
            x={x(r.startDay)}
            y={rowY(i) + 2}
            width={Math.max(1.5, x(r.endDay) - x(r.startDay))}
            height={rowH - 4}
            fill={color(r)}
            fillOpacity={0.85}
            rx={1}
          />
        </G>
      ))}
      {arrows.map((a) => (
        <G key={a.key}>
          <Path d={a.d} stroke={COLOR.faint} strokeWidth={0.6} fill="none" />
          <Path d={`M${a.tip[0]} ${a.tip[1]} L${a.tip[0] - 3} ${a.tip[1] - 1.8} L${a.tip[0] - 3} ${a.tip[1] + 1.8} Z`} fill={COLOR.faint} />
        </G>
      ))}
      <XTimeAxis
        ticks={timeTicks(timeline.fromDay * DAY_MS, timeline.toDay * DAY_MS, 7).map((t) => ({ ...t, time: t.time / DAY_MS }))}
        x={x}
        baseY={baseY}
        frame={frame}
        width={width}
      />
      <Line
        x1={x(timeline.todayDay)}
        x2={x(timeline.todayDay)}
        y1={frame.top - 2}
        y2={baseY}
        stroke={COLOR.amber}
        strokeWidth={0.9}
        strokeDasharray="3 2"
      />
    </Svg>
  );
}
