// Opaque cursors for "newest first" run lists: the (startedAt, id) of the last run on a page.
import { isSafeTime } from "@/lib/domain/safe-input";

export type RunCursor = { startedAt: Date; id: string };

export function encodeRunCursor(c: RunCursor): string {
  return Buffer.from(`${c.startedAt.toISOString()}|${c.id}`, "utf8").toString("base64url");
}

/** The cursor, or null when the text is not one this API produced. */
export function decodeRunCursor(text: string): RunCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  const [iso, id, extra] = Buffer.from(text, "base64url").toString("utf8").split("|");
  if (!iso || !id || extra !== undefined || !/^[\w.:-]{1,100}$/.test(id)) return null;
  const startedAt = new Date(iso);
  // A date outside SAFE_YEARS (an edited cursor with year -271821) is not one this API produced, and PostgreSQL would refuse it.
  return !isSafeTime(startedAt.getTime()) || startedAt.toISOString() !== iso ? null : { startedAt, id };
}
