"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { PHASES, PHASE_COLOR, PHASE_LABEL, STATUS_LABEL } from "@/lib/domain/plan/labels";
import { ScrollBox } from "@/components/ui/scroll-box";
import { dateLabel, monthTicks, shortDayLabel } from "@/lib/domain/dates";
import type { Timeline, TimelineRow } from "@/lib/domain/plan/milestones";
import { labelLines } from "@/lib/domain/plan/label-lines";

const LATE = "#dc2626";
const ARROW = "#475569";
/** Room for the milestone names beside the bars (two lines of `labelLines`). */
const LABEL_WIDTH = 240;

type Datum = TimelineRow & { label: string; range: [number, number] };

/** A milestone's name beside its bar, wrapped to two lines; a shortened name has the full one as its tooltip (and in the milestone list). */
function NameTick(props: { x?: number; y?: number; payload?: { value?: unknown }; labels: Map<string, string> }) {
  const { x = 0, y = 0, payload, labels } = props;
  const full = labels.get(String(payload?.value)) ?? "";
  const lines = labelLines(full);
  return (
    <g transform={`translate(${x},${y})`}>
      {lines.join(" ") !== full && <title>{full}</title>}
      <text textAnchor="end" fontSize={12} fill="#334155" x={-6}>
        {lines.map((l, i) => (
          <tspan key={i} x={-6} dy={i === 0 ? (lines.length === 1 ? "0.35em" : "-0.25em") : "1.15em"}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** An arrow from the end of each milestone a row waits for to the start of that row. */
function DependencyArrows({ rows }: { rows: readonly TimelineRow[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const arrows = rows.flatMap((r) =>
    r.dependsOn.flatMap((id) => {
      const before = byId.get(id);
      const x0 = before && xScale(before.endDay);
      const y0 = before && yScale(before.id, { position: "middle" });
      const x1 = xScale(r.startDay);
      const y1 = yScale(r.id, { position: "middle" });
      if (x0 === undefined || y0 === undefined || x1 === undefined || y1 === undefined) return [];
      // Out of the predecessor's end, down (or up) between the rows, then into the successor's start.
      const bend = x0 + 6;
      const d = `M${x0} ${y0} H${bend} V${y1} H${x1 - 5}`;
      return [{ key: `${id}-${r.id}`, d, tip: [x1, y1] as const }];
    }),
  );
  return (
    <g aria-hidden className="dependency-arrows">
      {arrows.map((a) => (
        <g key={a.key} data-dependency={a.key}>
          <path d={a.d} stroke={ARROW} strokeWidth={1.25} fill="none" />
          <path d={`M${a.tip[0]} ${a.tip[1]} l-6 -3.5 v7 Z`} fill={ARROW} />
        </g>
      ))}
    </g>
  );
}

/** Gantt-style bars by phase, with a line at today and late milestones outlined in red. */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const data: Datum[] = timeline.rows.map((r) => ({
    ...r,
    label: `${r.title}${r.isLate ? " (late)" : ""}`,
    range: [r.startDay, r.endDay],
  }));
  const height = 70 + data.length * 40;
  const labels = new Map(data.map((d) => [d.id, d.label]));
  return (
    <div>
      <ScrollBox chart label="Timeline of milestones">
        <div style={{ height }} className="w-full">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ top: 20, right: 24, bottom: 20, left: 8 }} barCategoryGap={6}>
              <CartesianGrid horizontal={false} stroke="#e2e8f0" />
              <XAxis
                type="number"
                domain={[timeline.fromDay, timeline.toDay]}
                ticks={monthTicks(timeline.fromDay, timeline.toDay)}
                tickFormatter={shortDayLabel}
                fontSize={12}
                label={{ value: "Date", position: "insideBottom", offset: -12, fontSize: 12 }}
              />
              <YAxis
                type="category"
                dataKey="id"
                width={LABEL_WIDTH}
                interval={0}
                tick={(t: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
                  <NameTick x={Number(t.x ?? 0)} y={Number(t.y ?? 0)} payload={t.payload} labels={labels} />
                )}
              />
              <Tooltip content={<TimelineTooltip />} />
              <Bar dataKey="range" name="Milestone" isAnimationActive={false}>
                {data.map((d) => (
                  <Cell
                    key={d.id}
                    fill={PHASE_COLOR[d.phase]}
                    fillOpacity={d.status === "done" ? 0.45 : 0.9}
                    stroke={d.isLate ? LATE : undefined}
                    strokeWidth={d.isLate ? 3 : 0}
                  />
                ))}
              </Bar>
              <DependencyArrows rows={timeline.rows} />
              <ReferenceLine
                x={timeline.todayDay}
                stroke={LATE}
                strokeDasharray="4 3"
                label={{ value: "Today", position: "top", fill: LATE, fontSize: 12 }}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </ScrollBox>
      <ul aria-label="Legend" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {PHASES.map((p) => (
          <li key={p} className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: PHASE_COLOR[p] }} />
            {PHASE_LABEL[p]}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm border-2" style={{ borderColor: LATE }} />
          Late (outlined)
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-0 border-l-2 border-dashed" style={{ borderColor: LATE }} />
          Today
        </li>
        <li className="flex items-center gap-1.5">
          <svg aria-hidden width="18" height="10" viewBox="0 0 18 10">
            <path d="M0 5 H12" stroke={ARROW} strokeWidth={1.25} />
            <path d="M18 5 l-6 -3.5 v7 Z" fill={ARROW} />
          </svg>
          Waits for (arrow from the end of one milestone to the start of the next)
        </li>
        <li className="text-slate-500">Faded bars are done.</li>
      </ul>
    </div>
  );
}

function TimelineTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: Datum }> }) {
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  return (
    <div className="rounded border border-slate-200 bg-white px-3 py-2 text-xs shadow">
      <p className="font-medium text-slate-900">{d.title}</p>
      <p>
        {PHASE_LABEL[d.phase]} · {STATUS_LABEL[d.status]}
        {d.isLate && <span className="text-red-700"> · late</span>}
      </p>
      <p>
        {dateLabel(d.startDate)} → {dateLabel(d.dueDate)}
      </p>
    </div>
  );
}
