// When a read-only share link stops working, and what state a link is in. A link is chosen to
// expire "on" a day; it works until the end of that day (UTC).
import { isoDate } from "../dates";

export const SHARE_LINK_DEFAULT_DAYS = 30;
export const SHARE_LINK_MAX_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const startOfDayUtc = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const isoDay = (ms: number) => isoDate(new Date(ms));

/** The expiry date a new link gets unless someone picks another: 30 days from today. */
export function defaultShareExpiry(now: Date): string {
  return isoDay(startOfDayUtc(now) + SHARE_LINK_DEFAULT_DAYS * DAY_MS);
}

/** The latest expiry date allowed today. */
export function latestShareExpiry(now: Date): string {
  return isoDay(startOfDayUtc(now) + SHARE_LINK_MAX_DAYS * DAY_MS);
}

export type ExpiryCheck = { ok: true; expiresAt: Date } | { ok: false; message: string };

/** Checks a chosen expiry day ("YYYY-MM-DD"): from tomorrow to 365 days ahead. The link ends at the end of that day, UTC. */
export function shareLinkExpiry(expiresOn: string, now: Date): ExpiryCheck {
  const m = ISO_DAY.exec(expiresOn);
  const day = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(day) || isoDay(day) !== expiresOn)
    return { ok: false, message: "Pick the day the link stops working (YYYY-MM-DD)." };
  const today = startOfDayUtc(now);
  if (day <= today) return { ok: false, message: "Pick a day after today." };
  if (day > today + SHARE_LINK_MAX_DAYS * DAY_MS)
    return { ok: false, message: `A link can stay open for at most ${SHARE_LINK_MAX_DAYS} days (until ${latestShareExpiry(now)}).` };
  return { ok: true, expiresAt: new Date(day + DAY_MS) };
}

/** The last day a link works ("YYYY-MM-DD"), for display: the day before the moment it expires. */
export function shareLinkLastDay(expiresAt: Date): string {
  return isoDay(expiresAt.getTime() - 1);
}

export type ShareLinkStatus = "active" | "expired" | "revoked";

export function shareLinkStatus(link: { revokedAt: Date | null; expiresAt: Date }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt <= now ? "expired" : "active";
}
