import "server-only";
import { getEnv } from "@/lib/env";

/**
 * The app's public URL (NEXTAUTH_URL; `npm start` sets it to http://localhost:$PORT when unset), for links that leave the
 * app in an email, and whose origin is the only one the outbox turns into links.
 */
export function appUrl(): string {
  return (getEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** The origin of appUrl(), e.g. "https://scopebench.example". */
export function appOrigin(): string {
  return new URL(appUrl()).origin;
}
