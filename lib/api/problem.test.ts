import { describe, expect, test, vi } from "vitest";
import { errorToProblem } from "./problem";

// Shapes as Prisma 7 and pg throw them (code, message, the driver adapter's cause).
const prismaError = (code: string, message: string, meta?: unknown) => Object.assign(new Error(message), { code, meta });

describe("errorToProblem", () => {
  test("a slow or saturated database answers 503 with Retry-After, never 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const cases = [
      prismaError("P2028", "Transaction API error: A commit cannot be executed on an expired transaction."),
      prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."),
      prismaError("P2024", "Timed out fetching a new connection from the connection pool."),
      new Error("timeout exceeded when trying to connect"),
      prismaError("P2010", "Raw query failed", { driverAdapterError: { cause: { kind: "postgres", originalCode: "57014" } } }),
      prismaError("P2010", "Raw query failed", { driverAdapterError: { cause: { kind: "postgres", originalCode: "53300" } } }),
      Object.assign(new Error("canceling statement due to lock timeout"), { code: "55P03" }),
    ];
    for (const err of cases) {
      const res = errorToProblem(err);
      expect(res.status, err.message).toBe(503);
      expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json");
      expect(((await res.json()) as { detail: string }).detail).toMatch(/nothing was stored/);
    }
  });

  test("an unexpected error stays a generic 500", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(errorToProblem(new TypeError("x is undefined")).status).toBe(500);
    expect(errorToProblem(prismaError("P2002", "Unique constraint failed")).status).toBe(500);
  });
});
