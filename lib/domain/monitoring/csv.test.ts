import { describe, expect, test } from "vitest";
import { parseMonitoringCsv, recordStartLines } from "./csv";

describe("parseMonitoringCsv", () => {
  test("reads points with and without a segment, skipping blank lines", () => {
    const csv = "\uFEFFmetric,timestamp,value,segment\nlatency,2024-05-01T10:00:00Z,182.5,eu\n\nlatency,2024-05-01T10:01:00Z,1e2,\n";
    const out = parseMonitoringCsv(csv, 10);
    expect(out.issues).toEqual([]);
    expect(out.points).toEqual([
      { metric: "latency", timestamp: "2024-05-01T10:00:00Z", value: 182.5, segment: "eu" },
      { metric: "latency", timestamp: "2024-05-01T10:01:00Z", value: 100 },
    ]);
    expect(out.lines).toEqual([2, 4]);
  });

  test("rejects a wrong header", () => {
    expect(parseMonitoringCsv("name,time,v\na,b,1", 10).issues[0]).toEqual({
      path: "line.1",
      message: expect.stringContaining("metric,timestamp,value"),
    });
    expect(parseMonitoringCsv("", 10).issues[0]?.path).toBe("line.1");
  });

  test.each(["NaN", "Infinity", "-Infinity", "1e999", "", "12abc", "0x10"])("value %j is refused with its line", (value) => {
    const out = parseMonitoringCsv(`metric,timestamp,value\nm,2024-05-01T10:00:00Z,1\nm,2024-05-01T10:01:00Z,${value}`, 10);
    expect(out.issues).toEqual([{ path: "line.3.value", message: expect.stringContaining("finite number") }]);
    expect(out.points).toHaveLength(1);
  });

  test("a line with the wrong number of fields is named", () => {
    const out = parseMonitoringCsv("metric,timestamp,value\nm,2024-05-01T10:00:00Z,1,extra", 10);
    expect(out.issues).toEqual([{ path: "line.2", message: "Expected 3 fields, found 4." }]);
  });

  test("more points than allowed is one clear issue", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `m,2024-05-01T10:0${i}:00Z,${i}`).join("\n");
    const out = parseMonitoringCsv(`metric,timestamp,value\n${rows}`, 3);
    expect(out.issues).toEqual([{ path: "body", message: "Send at most 3 points per request; this CSV has 4." }]);
  });

  test("broken quoting is reported, not thrown", () => {
    const out = parseMonitoringCsv('metric,timestamp,value\n"m,2024-05-01T10:00:00Z,1', 10);
    expect(out.issues.length).toBeGreaterThan(0);
  });
});

describe("line numbers and framing (issue 18)", () => {
  test("a quoted line break does not shift the line numbers of later errors", () => {
    const csv = 'metric,timestamp,value,segment\nctr,2024-05-01T10:00:00Z,1,"two\nlines"\nctr,2024-05-01T11:00:00Z,oops,eu\n';
    const r = parseMonitoringCsv(csv, 100);
    expect(r.framing).toBe(false);
    expect(r.issues).toEqual([{ path: "line.4.value", message: expect.stringContaining("oops") }]);
    expect(recordStartLines('a\n"b\nc"\r\nd')).toEqual([1, 2, 4]);
  });

  test("an unclosed quote is a framing error", () => {
    const r = parseMonitoringCsv('metric,timestamp,value\nctr,"2024-05-01T10:00:00Z,1\n', 100);
    expect(r.framing).toBe(true);
  });
});
