// Seed data for bench/canvas.ts: one user, workspace and project whose ten canvas blocks hold
// ~2,000 words of Markdown each, with a history of 500 revisions (50 per block, each a small edit
// of the one before), written straight to the bench database with pg.
import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { CANVAS_BLOCK_KEYS } from "../lib/domain/canvas/blocks";

const VOCABULARY =
  "model data forecast store weekly demand feature label pipeline metric target latency batch online drift retraining evaluation baseline error cost stakeholder decision threshold monitoring volume sensor region product customer churn signal quality review owner history season promotion inventory accuracy recall precision budget deployment shadow canary rollback".split(
    " ",
  );

/** Deterministic pseudo-random Markdown of about `words` words: headings, paragraphs, lists, bold. */
export function longMarkdown(seed: number, words: number): string {
  let x = seed * 7919 + 13;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    if (out.length % 6 === 0) out.push(`### Section ${out.length / 6 + 1}`);
    if (next() < 0.3) {
      const items = Array.from({ length: 4 }, () => `- **${word()}** ${Array.from({ length: 9 }, word).join(" ")}`);
      out.push(items.join("\n"));
      count += 40;
    } else {
      out.push(Array.from({ length: 80 }, word).join(" ") + ".");
      count += 80;
    }
  }
  return out.join("\n\n");
}

/** The same text with the word at position `i` (mod length) replaced: one small edit. */
function edit(text: string, i: number): string {
  const parts = text.split(" ");
  parts[(i * 37) % parts.length] = `edited${i}`;
  return parts.join(" ");
}

export type Seeded = {
  email: string;
  password: string;
  slug: string;
  projectId: string;
  firstRevision: Record<string, string>;
  lastRevision: Record<string, string>;
};

export async function seedCanvas(url: string, opts: { wordsPerBlock: number; revisionsPerBlock: number }): Promise<Seeded> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const id = () => `b${randomUUID().replace(/-/g, "").slice(0, 24)}`;
  const [userId, workspaceId, projectId] = [id(), id(), id()];
  const email = `bench-${userId}@example.test`;
  const password = "bench password 123";
  const slug = `bench-${userId.slice(1, 9)}`;
  const firstRevision: Record<string, string> = {};
  const lastRevision: Record<string, string> = {};
  try {
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Bench user', $3, now())`, [
      userId,
      email,
      await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 }),
    ]);
    await client.query(`INSERT INTO "Workspace" (id, slug, name, personal, "updatedAt") VALUES ($1, $2, 'Bench workspace', true, now())`, [
      workspaceId,
      slug,
    ]);
    await client.query(`INSERT INTO "Membership" ("userId", "workspaceId", role) VALUES ($1, $2, 'owner')`, [userId, workspaceId]);
    await client.query(`INSERT INTO "Project" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, 'Bench canvas', now())`, [
      projectId,
      workspaceId,
    ]);
    for (const [b, key] of CANVAS_BLOCK_KEYS.entries()) {
      let text = longMarkdown(b + 1, opts.wordsPerBlock);
      const ids: string[] = [];
      const texts: string[] = [];
      const versions: number[] = [];
      const times: string[] = [];
      for (let v = 1; v <= opts.revisionsPerBlock; v++) {
        text = edit(text, v);
        ids.push(id());
        texts.push(text);
        versions.push(v);
        times.push(new Date(Date.UTC(2026, 0, 1) + (v * CANVAS_BLOCK_KEYS.length + b) * 60_000).toISOString());
      }
      await client.query(
        `INSERT INTO "CanvasRevision" (id, "projectId", "blockKey", version, text, fields, message, "authorId", "createdAt")
         SELECT i, $2, $3::"CanvasBlockKey", v, t, '{}'::jsonb, '', $4, c::timestamptz FROM unnest($1::text[], $5::int[], $6::text[], $7::text[]) AS u(i, v, t, c)`,
        [ids, projectId, key, userId, versions, texts, times],
      );
      await client.query(
        `INSERT INTO "CanvasBlock" (id, "projectId", key, text, fields, version, "updatedById", "updatedAt") VALUES ($1, $2, $3, $4, '{}', $5, $6, now())`,
        [id(), projectId, key, text, opts.revisionsPerBlock, userId],
      );
      firstRevision[key] = ids[0]!;
      lastRevision[key] = ids.at(-1)!;
    }
    return { email, password, slug, projectId, firstRevision, lastRevision };
  } finally {
    await client.end();
  }
}
