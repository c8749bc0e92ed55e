// The next-auth options that are configuration rather than behaviour: cookies, session lifetime,
// and the redirect callback next-auth applies to OAuth and sign-out callback URLs.
import { describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_URL = "postgresql://unused@127.0.0.1:1/unused";
  process.env.NEXTAUTH_SECRET = "unit-test-secret-not-used-for-real";
  process.env.NEXTAUTH_URL = "https://scopebench.example";
});

import { getAuthOptions, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";

const options = getAuthOptions();
const BASE = "https://scopebench.example";
const redirect = (url: string) => options.callbacks!.redirect!({ url, baseUrl: BASE });

describe("auth options", () => {
  test("cookies are Secure when NEXTAUTH_URL is https", () => {
    expect(options.useSecureCookies).toBe(true);
  });

  test("sessions last a day without use (JWT, renewed on use)", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(24 * 60 * 60);
    expect(options.session).toMatchObject({ strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS });
  });

  test("the redirect callback keeps same-origin paths and drops everything else", async () => {
    expect(await redirect("/w/acme?x=1")).toBe(`${BASE}/w/acme?x=1`);
    expect(await redirect(`${BASE}/w/acme`)).toBe(`${BASE}/w/acme`);
    expect(await redirect(BASE)).toBe(`${BASE}/`);
    for (const evil of [
      "/\\evil.example/",
      "/\t/evil.example",
      "//evil.example",
      "https://evil.example/",
      `${BASE}.evil.example/`,
      `${BASE}@evil.example/`,
    ])
      expect(await redirect(evil), evil).toBe(`${BASE}/`);
  });
});
