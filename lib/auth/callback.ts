import "server-only";
import { getEnv } from "@/lib/env";
import { safeCallbackPath } from "@/lib/domain/auth/callback-url";

/** A `callbackUrl` query value as a path on this app (see safeCallbackPath), or `fallback`. */
export function callbackPathFrom<F extends string | undefined>(raw: unknown, fallback: F): string | F {
  const origin = getEnv().NEXTAUTH_URL ?? "http://localhost";
  const path = safeCallbackPath(raw, origin, "");
  return path === "" ? fallback : path;
}
