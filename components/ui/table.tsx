import type { HTMLAttributes, ReactNode, TableHTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/utils";

// Table primitives: the markup stays plain HTML (so roles, names and headers are the browser's own),
// the classes live here. `className` adds to the defaults; it cannot take one away (there is no class
// merging), so the options below cover the differences between tables instead.

/** Every table has an accessible name: a `caption` (for screen readers only unless `showCaption`) or an `aria-label`. */
type TableName = { caption: NonNullable<ReactNode>; "aria-label"?: undefined } | { caption?: undefined; "aria-label": string };

type TableProps = Omit<TableHTMLAttributes<HTMLTableElement>, "aria-label" | "aria-labelledby"> &
  TableName & {
    /** Shows the caption above the table; by default it is read by screen readers only. */
    showCaption?: boolean;
    /** Wraps the table in a box that scrolls sideways, for tables wider than a phone. */
    scroll?: boolean;
  };

export function Table({ caption, showCaption = false, scroll = false, className, children, ...props }: TableProps) {
  const table = (
    <table className={cn("w-full text-left text-sm", className)} {...props}>
      {caption !== undefined && (
        <caption className={showCaption ? "mb-1 text-left font-medium text-slate-700" : "sr-only"}>{caption}</caption>
      )}
      {children}
    </table>
  );
  // A box that scrolls must be reachable by keyboard (axe: scrollable-region-focusable), named after its table.
  const name = typeof caption === "string" ? caption : props["aria-label"];
  return scroll ? (
    // `relative`: a screen-reader-only label in a column beyond the edge stays inside the box, not past the page.
    <div className="relative overflow-x-auto" tabIndex={0} role="group" aria-label={name}>
      {table}
    </div>
  ) : (
    table
  );
}

export function THead({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("border-b border-slate-200 text-xs text-slate-500 uppercase", className)} {...props} />;
}

/** A column of `THeadRow`: its heading, or the heading with options; `false`, `null` or `undefined` leaves the column out. */
export type Column =
  | string
  | {
      label: string;
      /** Right-aligns the heading over a column of numbers (see `Th`). */
      numeric?: boolean;
      /** Reads the heading to screen readers only, for a column of buttons or links. */
      srOnly?: boolean;
    }
  | false
  | null
  | undefined;

/** The header of a table with one row of column headings (`Th scope="col"`), one per entry of `columns`. */
export function THeadRow({ columns }: { columns: readonly Column[] }) {
  return (
    <THead>
      <Tr>
        {columns.map((column, i) => {
          if (!column) return null;
          const { label, numeric, srOnly } = typeof column === "string" ? { label: column } : column;
          return (
            // The columns of a header never move, and labels (a study's labelers) need not be unique.
            <Th key={i} numeric={numeric}>
              {srOnly ? <span className="sr-only">{label}</span> : label}
            </Th>
          );
        })}
      </Tr>
    </THead>
  );
}

export function TBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("divide-y divide-slate-100", className)} {...props} />;
}

export function TFoot({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tfoot className={cn("border-t-2 border-slate-300", className)} {...props} />;
}

export function Tr(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

const CELL = "py-2 pr-3";

/**
 * A header cell: of a column (`scope="col"`, the default; medium weight) or of a row (`scope="row"`; bold unless
 * `className` sets a weight). `numeric` right-aligns it over a column of numbers.
 */
export function Th({
  scope = "col",
  numeric = false,
  className,
  ...props
}: Omit<ThHTMLAttributes<HTMLTableCellElement>, "scope"> & { scope?: "col" | "row"; numeric?: boolean }) {
  return (
    <th scope={scope} className={cn(CELL, numeric ? "text-right" : "text-left", scope === "col" && "font-medium", className)} {...props} />
  );
}

/** A data cell; `numeric` right-aligns it with digits of equal width, so amounts line up. */
export function Td({ numeric = false, className, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td className={cn(CELL, numeric && "text-right tabular-nums", className)} {...props} />;
}
