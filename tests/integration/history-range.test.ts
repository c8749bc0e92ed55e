// The range a history series carries into the trend fit: stated on its registry metric (linked, or of the same
// name), else inferred from the series' metric name and unit; a metric of another project never counts.
import { beforeAll, describe, expect, test } from "vitest";
import { createProject } from "@/lib/db/projects";
import { createMetric } from "@/lib/db/metrics";
import { withSeriesRanges } from "@/lib/db/history";
import type { ProjectAccess } from "@/lib/db/access";
import { makeUser, projectAccessFor } from "../support/factories";

let access: ProjectAccess;
let statedId: string;

const metric = { kind: "offline", direction: "higher_is_better", target: 0.9, alertThreshold: null, description: "" } as const;

beforeAll(async () => {
  const owner = await makeUser("Range owner");
  const project = await createProject(owner.access, { name: "Ranges", description: "", templateKey: "blank" });
  access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
  statedId = (await createMetric(access, { ...metric, name: "Recall@10", unit: "", rangeMin: 0.5, rangeMax: 1 })).id;
  await createMetric(access, { ...metric, name: "AUROC", unit: "" }); // nothing stated: inferred

  const other = await makeUser("Other ranges");
  const otherProject = await createProject(other.access, { name: "Theirs", description: "", templateKey: "blank" });
  const otherAccess = await projectAccessFor(other.user.id, other.workspace.slug, otherProject.id);
  await createMetric(otherAccess, { ...metric, name: "Revenue", unit: "€", rangeMin: 100, rangeMax: 200 });
});

describe("withSeriesRanges", () => {
  test("the linked registry metric's stated range, or the one of the same name", async () => {
    const [linked, byName] = await withSeriesRanges(access, [
      { metricId: statedId, metricName: "recall (renamed)", unit: "" },
      { metricId: null, metricName: "recall@10", unit: "" },
    ]);
    expect(linked!.range).toEqual({ min: 0.5, max: 1 });
    expect(byName!.range).toEqual({ min: 0.5, max: 1 });
  });

  test("no stated range: inferred from the series' own name and unit", async () => {
    const rows = await withSeriesRanges(access, [
      { metricId: null, metricName: "AUROC", unit: "" },
      { metricId: null, metricName: "accuracy", unit: "%" },
      { metricId: null, metricName: "val_loss", unit: "" },
      { metricId: null, metricName: "Revenue", unit: "€" }, // stated only in another project
    ]);
    expect(rows.map((r) => r.range)).toEqual([{ min: 0, max: 1 }, { min: 0, max: 100 }, { min: 0 }, {}]);
  });

  test("keeps the rows' other fields", async () => {
    const [row] = await withSeriesRanges(access, [{ metricId: null, metricName: "F1", unit: "", solutionId: "s1" }]);
    expect(row).toEqual({ metricId: null, metricName: "F1", unit: "", solutionId: "s1", range: { min: 0, max: 1 } });
    expect(await withSeriesRanges(access, [])).toEqual([]);
  });
});
