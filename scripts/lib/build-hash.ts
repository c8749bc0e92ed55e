// Decides whether `npm start` must run `next build`: a fingerprint of every source file's path,
// size and modification time, compared with the one saved after the last successful build.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { WORKER_OUTPUTS } from "./worker-build";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "proxy.ts",
];
const SKIP = new Set(["generated", "node_modules"]);
const DIST = process.env.NEXT_DIST_DIR || ".next";
const STAMP = path.join(DIST, "scopebench-build-hash");

async function walk(root: string, rel: string, out: string[]): Promise<void> {
  const full = path.join(root, rel);
  if (!existsSync(full)) return;
  const info = await stat(full);
  if (info.isFile()) {
    if (!/\.test\.tsx?$/.test(rel)) out.push(`${rel}:${info.size}:${info.mtimeMs}`);
    return;
  }
  for (const entry of await readdir(full)) {
    if (!SKIP.has(entry)) await walk(root, path.join(rel, entry), out);
  }
}

export async function sourceFingerprint(root: string): Promise<string> {
  const parts: string[] = [];
  for (const src of SOURCES) await walk(root, src, parts);
  return createHash("sha256").update(parts.sort().join("\n")).digest("hex");
}

/** Whether the last build was made from other sources than `fingerprint` (take it before building). */
export async function buildIsStale(root: string, fingerprint: string): Promise<boolean> {
  if (!existsSync(path.join(root, DIST, "BUILD_ID")) || WORKER_OUTPUTS.some((f) => !existsSync(path.join(root, f)))) return true;
  const saved = await readFile(path.join(root, STAMP), "utf8").catch(() => "");
  return saved.trim() !== fingerprint;
}

/**
 * Records the fingerprint taken before the build started, so a file edited while `next build`
 * ran makes the next start build again instead of serving a build that lacks the edit.
 */
export async function recordBuild(root: string, fingerprint: string): Promise<void> {
  await writeFile(path.join(root, STAMP), fingerprint);
}
