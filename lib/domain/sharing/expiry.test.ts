import { describe, expect, test } from "vitest";
import { defaultShareExpiry, latestShareExpiry, shareLinkExpiry, shareLinkLastDay, shareLinkStatus } from "./expiry";

const now = new Date("2025-03-10T15:30:00Z");

describe("share link expiry", () => {
  test("defaults to 30 days ahead and allows up to 365", () => {
    expect(defaultShareExpiry(now)).toBe("2025-04-09");
    expect(latestShareExpiry(now)).toBe("2026-03-10");
  });

  test("a chosen day works until the end of that day, UTC", () => {
    expect(shareLinkExpiry("2025-03-11", now)).toEqual({ ok: true, expiresAt: new Date("2025-03-12T00:00:00Z") });
    expect(shareLinkExpiry("2026-03-10", now)).toEqual({ ok: true, expiresAt: new Date("2026-03-11T00:00:00Z") });
    expect(shareLinkLastDay(new Date("2025-03-12T00:00:00Z"))).toBe("2025-03-11");
  });

  test("today, the past and more than 365 days ahead are refused", () => {
    expect(shareLinkExpiry("2025-03-10", now)).toEqual({ ok: false, message: "Pick a day after today." });
    expect(shareLinkExpiry("2024-12-31", now)).toEqual({ ok: false, message: "Pick a day after today." });
    expect(shareLinkExpiry("2026-03-11", now)).toEqual({
      ok: false,
      message: "A link can stay open for at most 365 days (until 2026-03-10).",
    });
  });

  test("malformed or impossible dates are refused", () => {
    for (const bad of ["", "2025-3-20", "2025-02-30", "20-03-2025", "2025-03-20T00:00"]) {
      expect(shareLinkExpiry(bad, now)).toEqual({ ok: false, message: "Pick the day the link stops working (YYYY-MM-DD)." });
    }
  });

  test("status: revoked wins over expired; expired at the exact expiry moment", () => {
    const expiresAt = new Date("2025-03-11T00:00:00Z");
    expect(shareLinkStatus({ revokedAt: null, expiresAt }, now)).toBe("active");
    expect(shareLinkStatus({ revokedAt: null, expiresAt }, expiresAt)).toBe("expired");
    expect(shareLinkStatus({ revokedAt: now, expiresAt: new Date("2024-01-01") }, now)).toBe("revoked");
  });
});
