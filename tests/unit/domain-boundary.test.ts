// The import boundary of lib/domain (eslint.config.mjs): the repo's own ESLint config must report
// imports of lib/db & co., Next.js, React and Prisma from a lib/domain file, by alias or by relative
// path, and must leave the same imports alone elsewhere.
import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";

const RULE = "no-restricted-imports";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: path.resolve(import.meta.dirname, "../.."),
    // The probe files do not exist, so the project service cannot type them; the boundary rule
    // needs no types, and running only it keeps the test fast.
    overrideConfig: tseslint.configs.disableTypeChecked,
    ruleFilter: ({ ruleId }) => ruleId === RULE,
  });
});

/** The lines of `source` (as `filePath`) that the boundary rule reports. */
async function reportedLines(filePath: string, source: string): Promise<number[]> {
  const [result] = await eslint.lintText(source, { filePath });
  const messages = result?.messages ?? [];
  // A parsing error or a config problem has no ruleId: fail on it instead of passing vacuously.
  expect(messages.filter((m) => m.ruleId === null)).toEqual([]);
  return messages.filter((m) => m.ruleId === RULE).map((m) => m.line);
}

describe("lib/domain import boundary", { timeout: 60_000 }, () => {
  it("reports lib/db, lib/generated, next and react imports from lib/domain, by alias or relative path", async () => {
    const source = [
      'import { db } from "@/lib/db/client";',
      'import { db as again } from "../db/client";',
      'import { redirect } from "next/navigation";',
      'import type { Prisma } from "@/lib/generated/prisma/client";',
      'import { useState } from "react";',
      'import { getSession } from "../../lib/auth/session";',
      "export const used = [db, again, redirect, useState, getSession] as const;",
      "export type Used = Prisma.InputJsonValue;",
    ].join("\n");
    expect(await reportedLines("lib/domain/probe.ts", source)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("resolves relative paths by the file's depth", async () => {
    const source = [
      'import { db } from "../../db/client";',
      'import { ROLES } from "../auth/roles";',
      'import { z } from "zod";',
      'import { slugify } from "@/lib/domain/slug";',
      "export const used = [db, ROLES, z, slugify] as const;",
    ].join("\n");
    // From lib/domain/sharing/, "../../db" is lib/db while "../auth" is the domain's own lib/domain/auth.
    expect(await reportedLines("lib/domain/sharing/probe.ts", source)).toEqual([1]);
  });

  it("leaves the same imports alone outside lib/domain", async () => {
    const source = [
      'import { db } from "@/lib/db/client";',
      'import { redirect } from "next/navigation";',
      "export const used = [db, redirect] as const;",
    ].join("\n");
    expect(await reportedLines("lib/db/probe.ts", source)).toEqual([]);
  });
});
