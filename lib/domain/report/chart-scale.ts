// Axis arithmetic for the report's vector charts: "nice" value ticks, calendar ticks for time axes,
// and short number labels. Pure.

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Ticks at 1, 2, 2.5 or 5 × 10^k covering [min, max], about `count` of them; the domain widens to the outer ticks. */
export function niceTicks(min: number, max: number, count = 5): { min: number; max: number; ticks: number[] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, ticks: [0, 1] };
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(count - 1, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min: lo, max: hi, ticks };
}

/** Maps [d0, d1] onto [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Calendar ticks (UTC) between two times: days, weeks, months, quarters or years, at most `max` of them. */
export function timeTicks(t0: number, t1: number, max = 6): { time: number; label: string }[] {
  const span = Math.max(t1 - t0, DAY);
  const days = span / DAY;
  if (days <= max * 7) {
    const stepDays = days <= max ? 1 : 7;
    const out: { time: number; label: string }[] = [];
    const start = Math.ceil(t0 / DAY) * DAY;
    for (let t = start; t <= t1; t += stepDays * DAY) {
      const d = new Date(t);
      out.push({ time: t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
    return out;
  }
  const stepMonths = [1, 2, 3, 6, 12, 24, 60].find((m) => days / (m * 30.44) <= max) ?? 120;
  // The first tick is the first month start at or after t0 that is aligned to the step:
  // quarters start in Jan/Apr/Jul/Oct, years (and multi-year steps) in January.
  const first = new Date(t0);
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth() + (Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1) < t0 ? 1 : 0);
  while (index % stepMonths !== 0) index += 1;
  const y = Math.floor(index / 12);
  const m = index % 12;
  const out: { time: number; label: string }[] = [];
  for (let t = Date.UTC(y, m, 1); t <= t1; ) {
    const d = new Date(t);
    out.push({ time: t, label: stepMonths >= 12 ? String(d.getUTCFullYear()) : `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
    const next = d.getUTCMonth() + stepMonths;
    t = Date.UTC(d.getUTCFullYear() + Math.floor(next / 12), next % 12, 1);
  }
  return out;
}

/** Short labels for axis ticks: 1,250 → "1.25k", 3,000,000 → "3M", 0.125 → "0.125". */
export function shortNumber(v: number): string {
  const a = Math.abs(v);
  const trim = (x: number) => Number(x.toPrecision(3)).toString();
  if (a >= 1e9) return `${trim(v / 1e9)}B`;
  if (a >= 1e6) return `${trim(v / 1e6)}M`;
  if (a >= 1e4) return `${trim(v / 1e3)}k`;
  if (a >= 1000) return Math.round(v).toLocaleString("en-US");
  return trim(v);
}
