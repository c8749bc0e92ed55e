"use client";
import { useMemo, useState } from "react";
import Link from "@/components/ui/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { Badge } from "@/components/ui/card";
import { StatusBadge } from "./status-badge";

export type Row = {
  id: string;
  /** The solution's number on the prioritization chart. */
  n: number;
  title: string;
  problem: string;
  status: string;
  feasibility: number;
  value: number | null;
  roi: number | null;
  roiLabel: string;
  cost: number;
  costLabel: string;
  href: string;
  /** A simple rule (non-ML alternative): its tag ("R1") replaces the number, and it has no solution status. */
  rule?: { tag: string };
};
type Key = "title" | "feasibility" | "value" | "roi" | "cost";

const HEADERS: { key: Key; label: string }[] = [
  { key: "title", label: "Solution" },
  { key: "feasibility", label: "Feasibility" },
  { key: "value", label: "Value" },
  { key: "roi", label: "ROI / year" },
  { key: "cost", label: "Yearly cost" },
];

/** The chart's data as a table, sortable by any column (click or Enter on a header button). */
export function SolutionsTable({ rows }: { rows: Row[] }) {
  const [sort, setSort] = useState<{ key: Key; desc: boolean }>({ key: "value", desc: true });
  const sorted = useMemo(() => {
    const val = (r: Row) => (sort.key === "title" ? r.title.toLowerCase() : (r[sort.key] ?? -Infinity));
    return [...rows].sort((a, b) => {
      const x = val(a);
      const y = val(b);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return sort.desc ? -c : c;
    });
  }, [rows, sort]);
  return (
    <Table caption="Solutions (and simple rules, non-ML) with their scores; use the column buttons to sort." scroll>
      <THead>
        <Tr>
          <Th>
            <abbr title="Number on the chart">#</abbr>
          </Th>
          {HEADERS.map((h) => (
            <Th key={h.key} aria-sort={sort.key === h.key ? (sort.desc ? "descending" : "ascending") : "none"}>
              <button
                type="button"
                className="uppercase hover:underline"
                onClick={() => setSort((s) => ({ key: h.key, desc: s.key === h.key ? !s.desc : h.key !== "title" }))}
              >
                {h.label}
                {sort.key === h.key ? (sort.desc ? " ↓" : " ↑") : ""}
              </button>
            </Th>
          ))}
          <Th>Status</Th>
        </Tr>
      </THead>
      <TBody>
        {sorted.map((r) => (
          <Tr key={r.id}>
            <Td className="font-mono">{r.rule?.tag ?? r.n}</Td>
            <Td className="min-w-48">
              <Link href={r.href} className="font-medium text-brand-700 underline">
                {r.title}
              </Link>
              <span className="block text-xs text-slate-500">{r.problem}</span>
            </Td>
            <Td>{r.feasibility}/5</Td>
            <Td>{r.value === null ? "—" : `${r.value}/5`}</Td>
            <Td className="whitespace-nowrap text-right font-mono">{r.roiLabel}</Td>
            <Td className="whitespace-nowrap text-right font-mono">{r.costLabel}</Td>
            <Td>{r.rule ? <Badge tone="brand">Simple rule (non-ML)</Badge> : <StatusBadge status={r.status} />}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
