"use client";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PHASES, PHASE_COLOR, PHASE_LABEL, STATUS_LABEL } from "@/lib/domain/plan/labels";
import { ScrollBox } from "@/components/ui/scroll-box";
import { dateLabel, monthTicks, shortDayLabel } from "@/lib/domain/dates";
import type { Timeline, TimelineRow } from "@/lib/domain/plan/milestones";

const LATE = "#dc2626";
const shorten = (s: string, n = 34) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

type Datum = TimelineRow & { label: string; range: [number, number] };

/** Gantt-style bars by phase, with a line at today and late milestones outlined in red. */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const data: Datum[] = timeline.rows.map((r) => ({
    ...r,
    label: `${shorten(r.title)}${r.isLate ? " (late)" : ""}`,
    range: [r.startDay, r.endDay],
  }));
  const height = 70 + data.length * 34;
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
              <YAxis type="category" dataKey="label" width={230} fontSize={12} interval={0} />
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
