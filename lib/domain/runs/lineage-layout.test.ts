import { describe, expect, test } from "vitest";
import { layoutLineage, shortLabel } from "./lineage-layout";

describe("layoutLineage", () => {
  test("places inputs left of the job and outputs right of it", () => {
    const layout = layoutLineage(
      [
        { id: "raw", kind: "dataset", label: "raw.orders", sublabel: "postgres://db" },
        { id: "j", kind: "job", label: "clean_orders", sublabel: "dbt" },
        { id: "clean", kind: "dataset", label: "analytics.orders", sublabel: "postgres://db" },
      ],
      [
        { jobId: "j", datasetId: "raw", direction: "input" },
        { jobId: "j", datasetId: "clean", direction: "output" },
        { jobId: "j", datasetId: "missing", direction: "output" },
      ],
    );
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x("raw")).toBeLessThan(x("j"));
    expect(x("j")).toBeLessThan(x("clean"));
    expect(layout.edges).toHaveLength(2);
    expect(layout.width).toBeGreaterThan(0);
  });

  test("long labels keep their end", () => {
    expect(shortLabel("abcdefghijklmnop.orders", 10)).toBe("…op.orders");
    expect(shortLabel("short")).toBe("short");
  });
});
