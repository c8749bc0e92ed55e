import { describe, expect, test } from "vitest";
import { formatCompactMoney, formatMinor, majorToMinor, minorToDecimal, parseAmount, sumMinor } from "./money";
import { budgetTotals, type BudgetLineView } from "./budget";

const minor = (text: string) => {
  const r = parseAmount(text);
  if (!r.ok) throw new Error(r.message);
  return r.minor;
};

describe("parseAmount", () => {
  test.each([
    ["0", 0n],
    ["0.1", 10n],
    ["0.10", 10n],
    ["12", 1200n],
    ["1250.5", 125050n],
    ["1,250.50", 125050n],
    ["1,000,000", 100000000n],
    [" 42.07 ", 4207n],
  ])("%s → %s minor units", (text, expected) => expect(minor(text)).toBe(expected));

  test.each([
    ["", "Enter an amount."],
    ["-5", "Amounts cannot be negative."],
    ["12,5", "Use a dot for decimals, e.g. 12.50."],
    ["1.005", "Use at most 2 decimals."],
    ["abc", "Enter an amount like 1250 or 1250.50."],
    ["1e3", "Enter an amount like 1250 or 1250.50."],
    ["12,34,5", "Enter an amount like 1250 or 1250.50."],
    ["1000000000000.01", "Too large: at most 1,000,000,000,000."],
  ])("%j is refused: %s", (text, message) => expect(parseAmount(text)).toEqual({ ok: false, message }));
});

test("0.10 + 0.20 is exactly 0.30 in a budget total (floats would say 0.30000000000000004)", () => {
  expect(0.1 + 0.2).not.toBe(0.3);
  const lines: BudgetLineView[] = [
    { id: "a", category: "compute", label: "GPU", month: "2026-01", plannedMinor: minor("0.10"), actualMinor: minor("0.10") },
    { id: "b", category: "compute", label: "Storage", month: "2026-01", plannedMinor: minor("0.20"), actualMinor: minor("0.20") },
  ];
  const totals = budgetTotals(lines);
  expect(totals.total.planned).toBe(30n);
  expect(minorToDecimal(totals.total.planned)).toBe("0.30");
  expect(minorToDecimal(totals.byCategory.compute.actual)).toBe("0.30");
  expect(formatMinor(totals.total.planned, "EUR")).toBe("€0.30");
});

test("sums of many small amounts stay exact", () => {
  expect(minorToDecimal(sumMinor(Array.from({ length: 1000 }, () => minor("0.01"))))).toBe("10.00");
});

describe("formatting", () => {
  test("minorToDecimal", () => {
    expect(minorToDecimal(5n)).toBe("0.05");
    expect(minorToDecimal(123456789n)).toBe("1234567.89");
    expect(minorToDecimal(-150n)).toBe("-1.50");
  });
  test("formatMinor groups thousands and uses the currency's symbol or code", () => {
    expect(formatMinor(1250050n, "EUR")).toBe("€12,500.50");
    expect(formatMinor(100000000n, "USD")).toBe("$1,000,000.00");
    expect(formatMinor(-2500n, "GBP")).toBe("−£25.00");
    expect(formatMinor(999n, "CHF")).toBe("9.99 CHF");
  });
  test("majorToMinor rounds a value already rounded to cents", () => {
    expect(majorToMinor(85_000)).toBe(8_500_000n);
    expect(majorToMinor(0.07 * 3)).toBe(21n);
    expect(majorToMinor(-12.34)).toBe(-1234n);
  });
});

describe("formatCompactMoney", () => {
  test("three significant digits with a unit", () => {
    expect(formatCompactMoney(1_012_345.67, "EUR")).toBe("€1.01 M");
    expect(formatCompactMoney(12_500, "EUR")).toBe("€12.5 k");
    expect(formatCompactMoney(121_000, "USD")).toBe("$121 k");
    expect(formatCompactMoney(2_000_000_000, "GBP")).toBe("£2 B");
  });
  test("small amounts are whole units, without cents", () => {
    expect(formatCompactMoney(950.4, "EUR")).toBe("€950");
    expect(formatCompactMoney(0, "EUR")).toBe("€0");
  });
  test("rounding up to the next unit shows that unit", () => {
    expect(formatCompactMoney(999_999, "EUR")).toBe("€1 M");
    expect(formatCompactMoney(999.7, "EUR")).toBe("€1 k");
  });
  test("negative amounts carry a minus sign; a currency without a symbol follows the number", () => {
    expect(formatCompactMoney(-1_500_000, "EUR")).toBe("−€1.5 M");
    expect(formatCompactMoney(2_340, "CHF")).toBe("2.34 k CHF");
  });
});
