import { describe, expect, it } from "vitest";
import type { BaselineView } from "./kinds";
import { baselineLines, baselinesForSeries, beats, mustBeatLines, referenceSentence, safeCitationUrl } from "./lines";

const baseline = (over: Partial<BaselineView>): BaselineView => ({
  id: "b1",
  solutionId: "s1",
  solutionTitle: "Router",
  metricId: "m1",
  metricName: "accuracy",
  metricUnit: "",
  kind: "current_system",
  label: "Keyword rules",
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

describe("beats", () => {
  it("is direction-aware and strict: a tie does not beat the baseline", () => {
    expect(beats(0.8, { value: 0.72 }, "higher_is_better")).toBe(true);
    expect(beats(0.7, { value: 0.72 }, "higher_is_better")).toBe(false);
    expect(beats(0.72, 0.72, "higher_is_better")).toBe(false);
    expect(beats(120, { value: 200 }, "lower_is_better")).toBe(true);
    expect(beats(250, { value: 200 }, "lower_is_better")).toBe(false);
    expect(beats(200, 200, "lower_is_better")).toBe(false);
    expect(beats(Number.NaN, 1, "higher_is_better")).toBe(false);
  });
});

describe("baselinesForSeries", () => {
  const all = [
    baseline({ id: "a" }),
    baseline({ id: "b", metricId: "m2", metricName: "Accuracy" }),
    baseline({ id: "c", solutionId: "s2" }),
    baseline({ id: "d", metricId: "m3", metricName: "accuracy " }),
  ];
  it("takes the series' solution and its linked metric", () => {
    expect(baselinesForSeries(all, { solutionId: "s1", metricId: "m2", metricName: "accuracy" }).map((b) => b.id)).toEqual(["b"]);
  });
  it("without a linked metric, matches the metric name exactly", () => {
    expect(baselinesForSeries(all, { solutionId: "s1", metricId: null, metricName: "accuracy" }).map((b) => b.id)).toEqual(["a"]);
  });
});

describe("baselineLines", () => {
  it("sorts by value, alternates the label side and dashes by kind", () => {
    const lines = baselineLines(
      [baseline({ id: "x", kind: "published_benchmark", label: "XLM-R", value: 0.87 }), baseline({ id: "y", value: 0.74 })],
      (v) => v.toFixed(2),
    );
    expect(lines.map((l) => [l.id, l.labelSide, l.dash])).toEqual([
      ["y", "below", "8 4"],
      ["x", "above", "10 3 2 3"],
    ]);
    expect(lines[0]!.caption).toBe("Current system: Keyword rules (0.74)");
  });
  it("names the solution when the lines come from several", () => {
    const lines = baselineLines([baseline({ id: "a" }), baseline({ id: "b", solutionId: "s2", solutionTitle: "Rules only" })]);
    expect(lines.map((l) => l.caption)).toEqual([
      "Current system: Keyword rules (0.72) — Router",
      "Current system: Keyword rules (0.72) — Rules only",
    ]);
  });
});

describe("referenceSentence", () => {
  it("names the target and each baseline; nothing without baselines", () => {
    const lines = baselineLines([baseline({ value: 0.72 })]);
    expect(referenceSentence(0.9, lines)).toBe("Reference lines: target 0.9; current system 0.72 (Keyword rules).");
    expect(referenceSentence(null, lines)).toBe("Reference lines: current system 0.72 (Keyword rules).");
    expect(referenceSentence(0.9, [])).toBe("");
  });
});

describe("mustBeatLines", () => {
  const metrics = [
    { id: "m1", name: "accuracy", kind: "offline", unit: "" },
    { id: "m2", name: "latency", kind: "non_functional", unit: "ms" },
    { id: "m3", name: "F1", kind: "offline", unit: "" },
  ];
  it("one line per offline metric with baselines, citations only when http(s)", () => {
    const lines = mustBeatLines(metrics, [
      baseline({}),
      baseline({ id: "p", kind: "published_benchmark", label: "XLM-R", value: 0.81, citationUrl: "https://arxiv.org/abs/1911.02116" }),
      baseline({ id: "j", kind: "published_benchmark", label: "Bad link", value: 0.8, citationUrl: "javascript:alert(1)" }),
      baseline({ id: "l", metricId: "m2", metricName: "latency", value: 300 }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe(
      "Must beat on accuracy: Current system 0.72 (Keyword rules), Published benchmark 0.81 (XLM-R), Published benchmark 0.8 (Bad link)",
    );
    expect(lines[0]!.items.map((i) => i.citationUrl)).toEqual([null, "https://arxiv.org/abs/1911.02116", null]);
  });
  it("names the solution of each item when several solutions have baselines on the metric", () => {
    const [line] = mustBeatLines(metrics, [baseline({}), baseline({ id: "2", solutionId: "s2", solutionTitle: "Rules" })]);
    expect(line!.items.map((i) => i.label)).toEqual(["Keyword rules, Router", "Keyword rules, Rules"]);
  });
});

describe("safeCitationUrl", () => {
  it("keeps http and https links only", () => {
    expect(safeCitationUrl("http://example.com/a")).toBe("http://example.com/a");
    expect(safeCitationUrl("data:text/html,x")).toBeNull();
    expect(safeCitationUrl(null)).toBeNull();
  });
});
