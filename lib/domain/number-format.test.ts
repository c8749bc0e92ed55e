import { describe, expect, test } from "vitest";
import { numberFormat } from "./number-format";

describe("numberFormat", () => {
  test("formats as a new formatter with the same locale and options would", () => {
    const options = { style: "currency", currency: "EUR", minimumFractionDigits: 2 } as const;
    expect(numberFormat("en-GB", options).format(12500.5)).toBe(new Intl.NumberFormat("en-GB", options).format(12500.5));
    expect(numberFormat("en-GB", options).format(12500.5)).toBe("€12,500.50");
  });

  test("reuses the formatter for the same locale and options, and makes another for different ones", () => {
    const a = numberFormat("en-GB", { style: "currency", currency: "USD" });
    expect(numberFormat("en-GB", { style: "currency", currency: "USD" })).toBe(a);
    expect(numberFormat("en-GB", { style: "currency", currency: "GBP" })).not.toBe(a);
    expect(numberFormat("en-US", { style: "currency", currency: "USD" })).not.toBe(a);
  });

  test("an unknown currency throws, as the constructor does, and is not kept", () => {
    expect(() => numberFormat("en-GB", { style: "currency", currency: "NOT-A-CODE" })).toThrow(RangeError);
    expect(() => numberFormat("en-GB", { style: "currency", currency: "NOT-A-CODE" })).toThrow(RangeError);
  });
});
