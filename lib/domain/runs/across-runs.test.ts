import { describe, expect, test } from "vitest";
import type { BaselineView } from "@/lib/domain/baselines/kinds";
import { acrossRunsSummary, finalValue, referenceLines, trendPointsFromRuns, type AcrossRunPoint } from "./across-runs";

const at = (h: number) => new Date(Date.UTC(2025, 0, 1, h));

describe("finalValue", () => {
  test("the value at the highest step wins, whatever the order reported", () => {
    const rows = [
      { value: 0.5, step: 3, timestamp: at(1) },
      { value: 0.9, step: 10, timestamp: at(0) },
      { value: 0.7, step: null, timestamp: at(5) },
      { value: 0.6, step: 7, timestamp: at(9) },
    ];
    expect(finalValue(rows)?.value).toBe(0.9);
  });

  test("without steps, the latest timestamp; without either, the last reported", () => {
    expect(
      finalValue([
        { value: 1, step: null, timestamp: at(3) },
        { value: 2, step: null, timestamp: at(1) },
        { value: 3, step: null, timestamp: null },
      ])?.value,
    ).toBe(1);
    expect(
      finalValue([
        { value: 1, step: null, timestamp: null },
        { value: 2, step: null, timestamp: null },
      ])?.value,
    ).toBe(2);
    expect(finalValue([])).toBeNull();
  });

  test("a tie on the step goes to the later timestamp, then to the later report", () => {
    expect(
      finalValue([
        { value: 1, step: 5, timestamp: at(2) },
        { value: 2, step: 5, timestamp: at(1) },
      ])?.value,
    ).toBe(1);
    expect(
      finalValue([
        { value: 1, step: 5, timestamp: null },
        { value: 2, step: 5, timestamp: null },
      ])?.value,
    ).toBe(2);
  });
});

const point = (over: Partial<AcrossRunPoint>): AcrossRunPoint => ({
  runId: "r",
  externalId: "r",
  pipeline: "train",
  status: "succeeded",
  candidate: false,
  startedAt: at(0),
  value: 0,
  step: null,
  ...over,
});

const baseline = (over: Partial<BaselineView>): BaselineView => ({
  id: "b1",
  solutionId: "s1",
  solutionTitle: "Router",
  metricId: "m",
  metricName: "auroc",
  metricUnit: "",
  kind: "current_system",
  label: "Rules",
  value: 0.72,
  source: "",
  citationUrl: null,
  hlpStudyId: null,
  measuredOn: null,
  note: "",
  yearlyValue: null,
  costEstimate: null,
  feasibility: null,
  ...over,
});

describe("reference lines and the summary", () => {
  test("the target and each baseline; the solution is named only when there are several", () => {
    const one = referenceLines({ unit: "", target: 0.85 }, [baseline({})]);
    expect(one.map((l) => l.label)).toEqual(["Target (0.85)", "Current system: Rules (0.72)"]);
    expect(one[1]!.dash).toBe("8 4");
    const two = referenceLines({ unit: "", target: null }, [
      baseline({}),
      baseline({ id: "b2", solutionId: "s2", solutionTitle: "Ranker", kind: "naive", label: "Majority", value: 0.5 }),
    ]);
    expect(two.map((l) => l.label)).toEqual([
      "Current system: Rules (0.72) · Router",
      "Majority class / naive forecast: Majority (0.5) · Ranker",
    ]);
  });

  test("the summary names the span, the latest and best runs, the target and the lines", () => {
    const metric = { name: "auroc", unit: "", direction: "higher_is_better" as const, target: 0.85 };
    const points = [
      point({ externalId: "a", value: 0.8, startedAt: new Date(Date.UTC(2025, 0, 1)) }),
      point({ externalId: "b", value: 0.9, candidate: true, startedAt: new Date(Date.UTC(2025, 0, 5)) }),
      point({ externalId: "c", value: 0.86, startedAt: new Date(Date.UTC(2025, 0, 9)) }),
    ];
    const s = acrossRunsSummary(metric, points, referenceLines(metric, [baseline({})]));
    expect(s).toBe(
      "auroc over 3 runs from 1 Jan 2025 to 9 Jan 2025: latest 0.86 (run c), best 0.9 (run b), 2 of them meeting the target, 1 marked candidate. Lines: the target (0.85) and the baseline Current system: Rules (0.72).",
    );
    expect(acrossRunsSummary({ ...metric, direction: "lower_is_better" }, points, [])).toContain("best 0.8 (run a)");
    expect(acrossRunsSummary(metric, [], [])).toBe("No run has reported auroc yet.");
  });
});

describe("trendPointsFromRuns", () => {
  test("succeeded runs only, one point per day: the day's last-started run", () => {
    const points = [
      point({ runId: "1", value: 0.1, startedAt: new Date("2025-01-01T08:00:00Z") }),
      point({ runId: "2", value: 0.2, startedAt: new Date("2025-01-01T20:00:00Z") }),
      point({ runId: "3", value: 0.3, startedAt: new Date("2025-01-01T22:00:00Z"), status: "failed" }),
      point({ runId: "4", value: 0.4, startedAt: new Date("2024-12-31T10:00:00Z") }),
    ];
    expect(trendPointsFromRuns(points)).toEqual([
      { date: "2024-12-31", value: 0.4, runId: "4" },
      { date: "2025-01-01", value: 0.2, runId: "2" },
    ]);
  });
});
