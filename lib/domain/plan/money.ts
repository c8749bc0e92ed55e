// Budget amounts are kept as whole minor units (cents) in BigInt from the form to the database
// and back, so sums are exact: 0.10 + 0.20 is 30 cents, never 0.30000000000000004.
// Every currency is stored with two decimals; the project's currency only changes the label.
import { numberFormat } from "@/lib/domain/number-format";

export const MINOR_PER_MAJOR = 100n;
/** Largest amount one budget line may hold: 1,000,000,000,000.00. */
export const MAX_LINE_MINOR = 100_000_000_000_000n;

const PLAIN = /^\d+(\.\d{1,2})?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/;

export type AmountParse = { ok: true; minor: bigint } | { ok: false; message: string };

/** Reads an amount typed by a person ("1250", "1,250.50", "0.1") into minor units. */
export function parseAmount(text: string): AmountParse {
  const raw = text.trim().replace(/\s/g, "");
  if (raw === "") return { ok: false, message: "Enter an amount." };
  if (raw.startsWith("-")) return { ok: false, message: "Amounts cannot be negative." };
  if (!PLAIN.test(raw) && !GROUPED.test(raw)) {
    if (/^\d+,\d{1,2}$/.test(raw)) return { ok: false, message: "Use a dot for decimals, e.g. 12.50." };
    if (/^\d+\.\d{3,}$/.test(raw)) return { ok: false, message: "Use at most 2 decimals." };
    return { ok: false, message: "Enter an amount like 1250 or 1250.50." };
  }
  const [whole = "0", frac = ""] = raw.replace(/,/g, "").split(".");
  const minor = BigInt(whole) * MINOR_PER_MAJOR + BigInt(frac.padEnd(2, "0"));
  if (minor > MAX_LINE_MINOR) return { ok: false, message: "Too large: at most 1,000,000,000,000." };
  return { ok: true, minor };
}

/** Minor units as a plain decimal string with two decimals: 1234505n → "12345.05". */
export function minorToDecimal(minor: bigint): string {
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / MINOR_PER_MAJOR}.${(abs % MINOR_PER_MAJOR).toString().padStart(2, "0")}`;
}

/** For charts and formatting only; exact arithmetic stays in BigInt. */
export function minorToNumber(minor: bigint): number {
  return Number(minor) / 100;
}

/** A money amount rounded to cents (e.g. a result of the value calculator) as minor units. */
export function majorToMinor(amount: number): bigint {
  return BigInt(Math.round(amount * 100));
}

export function sumMinor(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** Formats minor units in the project's currency, e.g. 1250050n, "EUR" → "€12,500.50". */
export function formatMinor(minor: bigint, currency: string): string {
  const sign = minor < 0n ? "−" : "";
  const abs = minor < 0n ? -minor : minor;
  const whole = abs / MINOR_PER_MAJOR;
  const cents = (abs % MINOR_PER_MAJOR).toString().padStart(2, "0");
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const symbol = currencySymbol(currency);
  return symbol ? `${sign}${symbol}${grouped}.${cents}` : `${sign}${grouped}.${cents} ${currency}`;
}

/** The narrow symbol of a currency ("€", "$"), or null when it has none of its own (the formatter is made once). */
function currencySymbol(currency: string): string | null {
  try {
    const part = numberFormat("en-GB", { style: "currency", currency, currencyDisplay: "narrowSymbol" })
      .formatToParts(0)
      .find((p) => p.type === "currency");
    return part && part.value !== currency ? part.value : null;
  } catch {
    return null;
  }
}

const COMPACT_UNITS = [
  { at: 1e12, suffix: "T" },
  { at: 1e9, suffix: "B" },
  { at: 1e6, suffix: "M" },
  { at: 1e3, suffix: "k" },
] as const;

/**
 * A money amount in short, for charts and summaries (tables keep the exact amount):
 * 1012345.67, "EUR" → "€1.01 M"; 12500 → "€12.5 k"; 950.4 → "€950"; three significant digits.
 */
export function formatCompactMoney(amount: number, currency: string): string {
  const sign = amount < 0 ? "−" : "";
  const abs = Math.abs(amount);
  const unit = COMPACT_UNITS.find((u) => Number((abs / u.at).toPrecision(3)) >= 1);
  const digits = unit ? String(Number((abs / unit.at).toPrecision(3))) : String(Math.round(abs));
  const number = unit ? `${digits} ${unit.suffix}` : digits;
  const symbol = currencySymbol(currency);
  return symbol ? `${sign}${symbol}${number}` : `${sign}${number} ${currency}`;
}

/** `formatCompactMoney` of an amount in minor units: for summary sentences (tables show `formatMinor`). */
export function formatCompactMinor(minor: bigint, currency: string): string {
  return formatCompactMoney(Number(minor) / Number(MINOR_PER_MAJOR), currency);
}
