// Calendar helpers on plain strings: dates are "YYYY-MM-DD" and months "YYYY-MM", both in UTC,
// so a date reads the same in every time zone and on the server and the browser alike.
// Turn a Date into one with isoDate / isoMonth, never with toISOString().slice(…).

const DAY_MS = 86_400_000;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True for a real calendar date such as "2026-02-28" (not "2026-02-30"). */
export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && isoDate(new Date(`${s}T00:00:00Z`)) === s;
}

/** The UTC calendar day of an instant: 2026-12-31T23:30:00-02:00 → "2027-01-01". Throws a RangeError for an invalid Date. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The UTC calendar month of an instant: 2026-12-31T23:30:00-02:00 → "2027-01". */
export function isoMonth(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** "2026-03" → "Mar 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** "2026-03-05" → "5 Mar 2026". */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** The inverse of dayNumber. */
export function dayToIso(day: number): string {
  return isoDate(new Date(day * DAY_MS));
}

/** Day numbers of month starts inside [fromDay, toDay], thinned to at most `max` ticks. */
export function monthTicks(fromDay: number, toDay: number, max = 12): number[] {
  const first = monthOf(dayToIso(fromDay));
  const months = monthRange(first, monthOf(dayToIso(toDay)))
    .map((m) => dayNumber(firstDayOf(m)))
    .filter((d) => d >= fromDay && d <= toDay);
  const step = Math.max(1, Math.ceil(months.length / max));
  return months.filter((_, i) => i % step === 0);
}

/** Day number → "5 Jan 26"-style short label for an axis. */
export function shortDayLabel(day: number): string {
  const [y, m, d] = dayToIso(day).split("-").map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${String(y).slice(2)}`;
}
