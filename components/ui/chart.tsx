"use client";
import type { ReactNode } from "react";
import { DefaultLegendContent, ResponsiveContainer, type DefaultLegendContentProps } from "recharts";
import { numberFormat } from "@/lib/domain/number-format";
import { cn } from "@/lib/utils";
import { ScrollBox } from "./scroll-box";

// Recharts settings the charts share, so that axes, labels, series and legends look alike everywhere.

/** Room around the plot for the axis labels. */
export const CHART_MARGIN = { top: 10, right: 24, bottom: 24, left: 24 };
/** The colour of a solid grid. */
export const GRID_STROKE = "#e2e8f0";
/** A legend above the plot. */
export const LEGEND_ON_TOP = { verticalAlign: "top", height: 30 } as const;
/** A series drawn at once (no animation) and two pixels wide. */
export const SERIES = { strokeWidth: 2, isAnimationActive: false } as const;

/**
 * A legend `content` that adds entries for lines recharts does not list itself (reference lines): each a plain line
 * in its colour and dash pattern, after the series' own entries.
 */
export function legendWithLines(lines: readonly { label: string; color: string; dash?: string }[]) {
  const extra = lines.map((l) => ({
    value: l.label,
    type: "plainline" as const,
    color: l.color,
    payload: { strokeDasharray: l.dash ?? "" },
  }));
  return function LegendWithLines(props: DefaultLegendContentProps) {
    return <DefaultLegendContent {...props} payload={[...(props.payload ?? []), ...extra]} />;
  };
}

/** The label under an x axis. */
export function xAxisLabel(value: string, offset = -14) {
  return { value, position: "insideBottom", offset, fontSize: 12 } as const;
}

/** The label beside a y axis, turned to read upwards and centred on it. */
export function yAxisLabel(value: string, offset = -14) {
  return { value, angle: -90, position: "insideLeft", offset, fontSize: 12, style: { textAnchor: "middle" } } as const;
}

/** A number in short form with its unit: "12.5K EUR". */
export const compactNumber = (unit: string) => (v: number) =>
  numberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 }).format(v) + ` ${unit}`;

/**
 * The box a chart fills (full width; `className` sets the height), with the chart sized to it. With `label`, the
 * box is an image of that name for screen readers. On a phone the chart keeps a readable width and scrolls
 * sideways in its own region, named `name` (or `label`), rather than squeezing its axes and legend together.
 */
export function ChartBox({
  className = "h-80",
  style,
  label,
  name,
  children,
}: {
  className?: string;
  style?: { height: number };
  label?: string;
  /** The name of the sideways-scrolling region; defaults to `label`. */
  name?: string;
  children: ReactNode;
}) {
  return (
    <ScrollBox chart label={name ?? label ?? "Chart"}>
      <div className={cn(className, "w-full")} style={style} role={label === undefined ? undefined : "img"} aria-label={label}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </ScrollBox>
  );
}
