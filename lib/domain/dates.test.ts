import { describe, expect, test } from "vitest";
import { addDays, dayNumber, dayToIso, isIsoDate, isoDate, isoMonth, monthOf } from "./dates";

describe("isoDate and isoMonth: the UTC calendar day and month of an instant", () => {
  test("late evening west of UTC is already the next day, month and year", () => {
    const d = new Date("2026-12-31T23:30:00-02:00"); // 2027-01-01T01:30:00Z
    expect(isoDate(d)).toBe("2027-01-01");
    expect(isoMonth(d)).toBe("2027-01");
  });

  test("early morning east of UTC is still the previous day", () => {
    const d = new Date("2027-01-01T00:30:00+02:00"); // 2026-12-31T22:30:00Z
    expect(isoDate(d)).toBe("2026-12-31");
    expect(isoMonth(d)).toBe("2026-12");
  });

  test("the first and last millisecond of a UTC day", () => {
    expect(isoDate(new Date("2026-03-01T00:00:00.000Z"))).toBe("2026-03-01");
    expect(isoDate(new Date("2026-02-28T23:59:59.999Z"))).toBe("2026-02-28");
    expect(isoMonth(new Date("2026-02-28T23:59:59.999Z"))).toBe("2026-02");
    expect(isoMonth(new Date("2026-03-01T00:00:00.000Z"))).toBe("2026-03");
  });

  test("a leap day, and dates built from UTC parts", () => {
    expect(isoDate(new Date(Date.UTC(2028, 1, 29, 12)))).toBe("2028-02-29");
    expect(isoDate(new Date(Date.UTC(2024, 0, 1)))).toBe("2024-01-01");
    expect(isoMonth(new Date(Date.UTC(2024, 11, 1)))).toBe("2024-12");
  });

  test("the epoch, and what the string helpers make of it", () => {
    expect(isoDate(new Date(0))).toBe("1970-01-01");
    expect(dayToIso(0)).toBe("1970-01-01");
    expect(dayNumber(isoDate(new Date(0)))).toBe(0);
    expect(monthOf(isoDate(new Date("2026-12-31T23:30:00-02:00")))).toBe("2027-01");
  });

  test("an invalid Date throws, as toISOString does", () => {
    expect(() => isoDate(new Date("not a date"))).toThrow(RangeError);
    expect(() => isoMonth(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("calendar strings", () => {
  test("addDays crosses months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  test("isIsoDate accepts real calendar dates only", () => {
    expect(isIsoDate("2027-01-01")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2027-01-01T00:00:00Z")).toBe(false);
  });
});
