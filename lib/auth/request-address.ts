import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./config";

/**
 * The client address of the request being served (a server action or a page), for per-visitor
 * rate limits. The one call site of the address rule outside sign-in, so a trusted-proxy-aware
 * rule replaces it here.
 */
export async function requestClientAddress(): Promise<string> {
  return clientAddress(Object.fromEntries(await headers()));
}
