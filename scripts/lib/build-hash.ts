// Decides whether `npm start` must run `next build`: a fingerprint of every source file's path,
// size and modification time, compared with the one saved after the last successful build.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

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

export async function buildIsStale(root: string): Promise<boolean> {
  if (!existsSync(path.join(root, DIST, "BUILD_ID"))) return true;
  const saved = await readFile(path.join(root, STAMP), "utf8").catch(() => "");
  return saved.trim() !== (await sourceFingerprint(root));
}

export async function recordBuild(root: string): Promise<void> {
  await writeFile(path.join(root, STAMP), await sourceFingerprint(root));
}
