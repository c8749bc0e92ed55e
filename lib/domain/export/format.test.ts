import { describe, expect, test } from "vitest";
import { jsonPath } from "./issues";
import { makeLargeProjectDocument } from "./large-project";
import { checkExportEnvelope, newerVersionMessage, parseProjectExport } from "./parse";
import { PROJECT_EXPORT_VERSION, projectExportSchema, type ProjectExport } from "./format";

const small = () =>
  makeLargeProjectDocument({
    problems: 3,
    solutions: 4,
    canvasRevisions: 20,
    milestones: 5,
    budgetLines: 12,
    runs: 2,
    monitoringPoints: 6,
    people: ["ana@example.test"],
  });

/** A JSON copy that a test may break freely. */
const raw = (doc: ProjectExport = small()) => JSON.parse(JSON.stringify(doc)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(input: unknown) {
  const r = parseProjectExport(input);
  if (r.ok) throw new Error("expected the document to be refused");
  return r.issues;
}

describe("jsonPath", () => {
  test("plain keys with dots, positions in brackets", () =>
    expect(jsonPath(["project", "problems", 2, "solutions", 0, "title"])).toBe("$.project.problems[2].solutions[0].title"));
  test("odd keys are quoted", () => expect(jsonPath(["project", "my key", 'q"x'])).toBe('$.project["my key"]["q\\"x"]'));
  test("the root is $", () => expect(jsonPath([])).toBe("$"));
});

describe("parseProjectExport", () => {
  test("a valid document parses to exactly itself (no trimming or coercion)", () => {
    const doc = small();
    const r = parseProjectExport(raw(doc));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc).toEqual(doc);
  });

  test("a newer version gets one clear message, before any schema error", () => {
    const doc = raw();
    doc.version = PROJECT_EXPORT_VERSION + 1;
    doc.project = 42;
    doc.extra = true;
    expect(issuesOf(doc)).toEqual([
      {
        path: "$.version",
        message:
          "This file was made by a newer version of Scopebench (format 2); this server reads format 1. Update Scopebench or export again from the newer server.",
      },
    ]);
    expect(newerVersionMessage(7)).toContain("(format 7)");
  });

  test("other files are told apart from exports", () => {
    expect(checkExportEnvelope([1, 2])).toEqual({ path: "$", message: expect.stringContaining("expected a JSON object") });
    expect(checkExportEnvelope({ format: "something.else", version: 1 })?.path).toBe("$.format");
    expect(checkExportEnvelope({ format: "scopebench.project", version: "1" })?.path).toBe("$.version");
    expect(checkExportEnvelope({ format: "scopebench.project", version: 0 })?.path).toBe("$.version");
    expect(checkExportEnvelope(raw())).toBeNull();
  });

  test("every problem is reported with its JSON path", () => {
    const doc = raw();
    doc.project.problems[2].solutions[0].title = 5;
    delete doc.project.problems[0].description;
    doc.project.milestones[1].status = "finished";
    doc.project.budgetLines[3].plannedMinor = 12.5;
    doc.project.canvas.revisions[4].createdAt = "yesterday";
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path)).toEqual([
      "$.project.problems[0].description",
      "$.project.problems[2].solutions[0].title",
      "$.project.canvas.revisions[4].createdAt",
      "$.project.milestones[1].status",
      "$.project.budgetLines[3].plannedMinor",
    ]);
    expect(issues[0]!.message).toBe("Missing required property (expected a string).");
    expect(issues[1]!.message).toBe("Expected a string, got number 5.");
    expect(issues[2]!.message).toMatch(/ISO 8601/);
    expect(issues[3]!.message).toBe('Expected one of "planned", "in_progress", "done" or "blocked", got the string "finished".');
  });

  test("objects are strict: each unknown property is reported at its own path", () => {
    const doc = raw();
    doc.project.problems[1].solutions[0].colour = "blue";
    doc.project.canvas.blocks[0].fields.mood = "happy";
    doc.generator = "hand";
    expect(issuesOf(doc)).toEqual([
      { path: "$.project.problems[1].solutions[0].colour", message: 'Unknown property "colour": the export format has no such property.' },
      { path: "$.project.canvas.blocks[0].fields.mood", message: 'Unknown property "mood": the export format has no such property.' },
      { path: "$.generator", message: 'Unknown property "generator": the export format has no such property.' },
    ]);
  });

  test("exact amounts must be strings that fit their column", () => {
    const doc = raw();
    const value = doc.project.problems[0].solutions[0].value;
    value.yearlyGain = "12.345";
    value.expectedUplift = 0.05;
    value.yearlyVolume = "9223372036854775808";
    doc.project.budgetLines[0].actualMinor = "1e5";
    doc.project.budgetLines[1].month = "2024-02-15";
    const issues = issuesOf(doc);
    const at = (p: string) => issues.find((i) => i.path === p)?.message;
    expect(at("$.project.problems[0].solutions[0].value.yearlyGain")).toMatch(/at most 16 digits before the point and 2 after/);
    expect(at("$.project.problems[0].solutions[0].value.expectedUplift")).toBe("Expected a string, got number 0.05.");
    expect(at("$.project.problems[0].solutions[0].value.yearlyVolume")).toBe("The number is outside the 64-bit range.");
    expect(at("$.project.budgetLines[0].actualMinor")).toMatch(/whole number as a string/);
    expect(at("$.project.budgetLines[1].month")).toMatch(/first day of the month/);
  });

  test("values at the edges of the forms' ranges are accepted", () => {
    const doc = raw();
    const value = doc.project.problems[0].solutions[0].value;
    Object.assign(value, {
      yearlyGain: "1000000000000.00",
      yearlyWasteAvoided: "0.00",
      yearlyVolume: "1000000000000",
      falsePositiveRate: "1.000000",
      expectedUplift: "10.000000",
    });
    doc.project.problems[0].priority = 5;
    doc.project.budgetLines[0].plannedMinor = "100000000000000";
    doc.project.milestones[0].dueDate = doc.project.milestones[0].startDate;
    expect(parseProjectExport(doc).ok).toBe(true);
  });

  test("values the forms refuse are refused, each at its JSON path", () => {
    const doc = raw();
    const solution = doc.project.problems[0].solutions[0];
    doc.project.problems[0].priority = 0;
    doc.project.milestones[0].startDate = "2026-05-10";
    doc.project.milestones[0].dueDate = "2026-05-01";
    doc.project.budgetLines[0].plannedMinor = "-500000";
    solution.hlpStudies.push({
      kind: "manual",
      metricName: "accuracy",
      score: 2.5,
      method: "expert",
      itemCount: 200,
      notes: "",
      results: null,
      createdBy: null,
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    Object.assign(solution.value, { yearlyGain: "-1.00", falsePositiveRate: "1.500000" });
    Object.assign(doc.project.metrics[0], { target: 850, alertThreshold: null, rangeMin: 0, rangeMax: 100 });
    const issues = issuesOf(doc);
    const at = (path: string) => issues.find((i) => i.path === path)?.message;
    expect(at("$.project.problems[0].priority")).toBe("Priority is 1 (highest) to 5.");
    expect(at("$.project.milestones[0].dueDate")).toBe("The due date cannot be before the start date.");
    expect(at("$.project.budgetLines[0].plannedMinor")).toMatch(/cannot be negative/);
    expect(at("$.project.problems[0].solutions[0].hlpStudies[0].score")).toMatch(/fraction from 0 to 1/);
    expect(at("$.project.problems[0].solutions[0].value.yearlyGain")).toMatch(/no negative amounts/);
    expect(at("$.project.problems[0].solutions[0].value.falsePositiveRate")).toMatch(/fraction from 0 to 1/);
    expect(at("$.project.metrics[0].target")).toBe("The target 850 is outside the metric's possible values (0 – 100).");
    expect(issues).toHaveLength(7);
  });
});

describe("cross-references", () => {
  test("references that point nowhere are reported where they are", () => {
    const doc = raw();
    doc.project.canvas.blocks[4].fields.metrics = ["MAPE", "recall"];
    doc.project.problems[0].solutions[0].historySeries[0].metric = "rmse";
    doc.project.problems[0].solutions[0].historySeries[0].points[0] = {
      ...doc.project.problems[0].solutions[0].historySeries[0].points[0],
      source: "run",
      run: { source: "mlflow", externalId: "nope" },
    };
    doc.project.canvas.comments[1].parent = "comment-99";
    doc.project.milestones[2].dependsOn = ["milestone-9"];
    doc.project.canvas.revisions[0].restoredFromVersion = 40;
    expect(issuesOf(doc).map((i) => [i.path, i.message])).toEqual([
      ["$.project.problems[0].solutions[0].historySeries[0].metric", 'No metric named "rmse" in "metrics".'],
      ["$.project.problems[0].solutions[0].historySeries[0].points[0].run", 'No run with source "mlflow" and externalId "nope" in "runs".'],
      ["$.project.canvas.blocks[4].fields.metrics[1]", 'No metric named "recall" in "metrics".'],
      ["$.project.canvas.revisions[0].restoredFromVersion", 'No revision 40 of "value_proposition" in "canvas.revisions".'],
      ["$.project.canvas.comments[1].parent", 'No comment with ref "comment-99".'],
      ["$.project.milestones[2].dependsOn[0]", 'No milestone with ref "milestone-9".'],
    ]);
  });

  test("duplicates, fields of another block, loops", () => {
    const doc = raw();
    doc.project.metrics[1].name = doc.project.metrics[0].name;
    doc.project.canvas.blocks[0].fields.taskType = "regression";
    doc.project.milestones[0].dependsOn = ["milestone-3"];
    doc.project.canvas.comments[0].parent = "comment-2";
    doc.project.canvas.blocks[1].version = 1;
    const messages = issuesOf(doc).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain('$.project.metrics[1].name: Duplicate metric name "MAPE": each must appear only once.');
    expect(messages).toContain('$.project.canvas.blocks[0].fields.taskType: The value_proposition block has no field "taskType".');
    expect(
      messages.find(
        (m) =>
          m.startsWith("$.project.milestones[0].dependsOn[0]") ||
          m.startsWith("$.project.milestones[1].dependsOn[0]") ||
          m.startsWith("$.project.milestones[2].dependsOn[0]"),
      ),
    ).toMatch(/closes a loop: "Milestone/);
    expect(messages.filter((m) => m.includes("form a loop"))).toHaveLength(2);
    expect(messages).toContain(
      "$.project.canvas.blocks[1].version: The block is at version 1 but its history has version 2; the block's version must be at least its latest revision.",
    );
  });
});

describe("the large benchmark document", () => {
  test("has the requested size and validates", () => {
    const doc = makeLargeProjectDocument();
    const p = doc.project;
    expect([
      p.problems.length,
      p.problems.flatMap((x) => x.solutions).length,
      p.canvas.revisions.length,
      p.milestones.length,
      p.budgetLines.length,
    ]).toEqual([10, 30, 500, 200, 1000]);
    const r = projectExportSchema.safeParse(doc);
    expect(r.error?.issues ?? []).toEqual([]);
  });

  test("is deterministic and contains markdown", () => {
    const a = makeLargeProjectDocument({ canvasRevisions: 30, budgetLines: 10, milestones: 5 });
    expect(makeLargeProjectDocument({ canvasRevisions: 30, budgetLines: 10, milestones: 5 })).toEqual(a);
    expect(a.project.canvas.revisions[0]!.text).toMatch(/^\*\*.+\*\* \(0\)\n\n- /);
  });
});

describe("baselines, HLP study refs and run notes (added to format 1)", () => {
  /** A document whose first solution has a human-level study "hlp-1" and the baselines given. */
  const withBaselines = (baselines: object[]) => {
    const doc = raw();
    const solution = doc.project.problems[0].solutions[0];
    solution.hlpStudies = [
      {
        ref: "hlp-1",
        kind: "manual",
        metricName: "MAPE",
        score: 0.08,
        method: "planners",
        itemCount: null,
        notes: "",
        results: null,
        createdBy: null,
        createdAt: "2024-01-01T00:00:00.000Z",
      },
    ];
    solution.baselines = baselines;
    return doc;
  };
  const baseline = {
    kind: "human_level",
    metric: "MAPE",
    label: "Planners",
    value: 8,
    source: "",
    citationUrl: null,
    hlpStudy: "hlp-1",
    measuredOn: "2024-01-01",
    note: "",
    yearlyValue: null,
    costEstimate: null,
    feasibility: null,
    position: 0,
  };

  test("a file without them (older exports) still parses; with them it parses to itself", () => {
    const old = raw();
    for (const p of old.project.problems) for (const s of p.solutions) delete s.baselines;
    for (const r of old.project.runs) for (const k of ["notes", "tags", "candidate"]) delete r[k];
    expect(parseProjectExport(old).ok).toBe(true);
    const doc = withBaselines([baseline, { ...baseline, kind: "simple_rule", hlpStudy: null, yearlyValue: "1000.00", feasibility: 4 }]);
    const r = parseProjectExport(doc);
    expect(r.ok ? r.doc.project.problems[0]!.solutions[0]!.baselines : r.issues).toEqual(doc.project.problems[0].solutions[0].baselines);
    expect(small().project.runs[0]).toMatchObject({ notes: "Run **1**", tags: ["weekly", "baseline"], candidate: true });
  });

  test("the form's rules and the references are checked, each at its path", () => {
    const doc = withBaselines([
      { ...baseline, metric: "Nope" },
      { ...baseline, value: -5 },
      { ...baseline, kind: "published_benchmark", hlpStudy: null },
      { ...baseline, kind: "current_system", hlpStudy: null, yearlyValue: "10.00" },
      { ...baseline, hlpStudy: "hlp-9" },
      { ...baseline, kind: "naive" },
    ]);
    doc.project.problems[0].solutions[1].hlpStudies = [{ ...doc.project.problems[0].solutions[0].hlpStudies[0] }];
    const at = "$.project.problems[0].solutions[0]";
    expect(issuesOf(doc).map((i) => `${i.path}: ${i.message}`)).toEqual([
      `$.project.problems[0].solutions[1].hlpStudies[0].ref: Duplicate HLP study ref "hlp-1": each must appear only once.`,
      `${at}.baselines[0].metric: No metric named "Nope" in "metrics".`,
      `${at}.baselines[1].value: The value -5 is outside the possible values of "MAPE" (≥ 0).`,
      `${at}.baselines[2].citationUrl: A published benchmark needs its citation: a full http(s):// link.`,
      `${at}.baselines[3].yearlyValue: Only a simple rule (non-ML) carries a value estimate.`,
      `${at}.baselines[4].hlpStudy: No HLP study with ref "hlp-9" in this solution's "hlpStudies".`,
      `${at}.baselines[5].hlpStudy: Only a human-level baseline links a study.`,
    ]);
  });
});
