import { describe, expect, test } from "vitest";
import { checkPasswordStrength } from "./password-strength";

describe("checkPasswordStrength", () => {
  test("the reported weak passwords are refused, each with zxcvbn's reason", () => {
    for (const weak of ["1234567890", "aaaaaaaaaa", "password123", "qwertyuiop", "iloveyou12"]) {
      const verdict = checkPasswordStrength(weak);
      expect(verdict.ok, weak).toBe(false);
      if (!verdict.ok) expect(verdict.message).toMatch(/^This password is too easy to guess\. \S/);
    }
  });

  test("the message carries zxcvbn's feedback", () => {
    const verdict = checkPasswordStrength("aaaaaaaaaa");
    expect(verdict).toEqual({ ok: false, message: expect.stringMatching(/repeat/i) });
  });

  test("long unpredictable passphrases pass", () => {
    expect(checkPasswordStrength("correct horse battery staple")).toEqual({ ok: true });
    expect(checkPasswordStrength("Vt7#qLm2!zR9pX")).toEqual({ ok: true });
  });

  test("the person's own name or email counts against the password", () => {
    expect(checkPasswordStrength("Zanzibarovich2026", [])).toEqual({ ok: true });
    expect(checkPasswordStrength("Zanzibarovich2026", ["Ada Zanzibarovich", "ada@zanzibarovich.example"]).ok).toBe(false);
  });

  test("only the first 100 characters are scored", () => {
    expect(checkPasswordStrength(`${"a".repeat(100)}Vt7#qLm2!zR9pX`).ok).toBe(false);
  });
});
