import "server-only";
import { getEnv } from "@/lib/env";
import { parseCidrList, pickClientAddress, type ProxyTrust } from "@/lib/domain/auth/client-address";

// Next.js does not hand route handlers or server actions the socket: `next start` only fills in
// X-Forwarded-For from the socket when the client sent none, and keeps a client's header as it
// came. So `npm start` and the e2e server preload scripts/lib/socket-address-preload.mjs, which writes
// the peer address into SOCKET_ADDRESS_HEADER on every request (replacing anything the client
// sent) and marks the process; without that mark the header is not trusted.
export const SOCKET_ADDRESS_HEADER = "x-scopebench-socket-address";
const PRELOADED = Symbol.for("scopebench.socketAddressHeader");

let trust: ProxyTrust | undefined;
function getProxyTrust(): ProxyTrust {
  if (trust) return trust;
  const env = getEnv();
  if (env.TRUSTED_PROXIES) trust = { kind: "cidrs", cidrs: parseCidrList(env.TRUSTED_PROXIES) };
  else if (env.TRUSTED_PROXY_HOPS > 0) trust = { kind: "hops", hops: env.TRUSTED_PROXY_HOPS };
  else trust = { kind: "none" };
  return trust;
}

/** Whether this process was started with the socket-address preload. */
export function hasSocketAddressHeader(): boolean {
  return (globalThis as Record<symbol, unknown>)[PRELOADED] === true;
}

type HeaderSource = Pick<Headers, "get"> | Record<string, unknown> | undefined;

const isHeaders = (h: HeaderSource): h is Pick<Headers, "get"> => typeof (h as { get?: unknown } | undefined)?.get === "function";

/** A header from next/headers' headers() (a Headers) or from next-auth's request (a plain object with lower-case names). */
function readHeader(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (isHeaders(headers)) return headers.get(name);
  const value = headers[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : null;
}

/** The client's address for per-address limits (see pickClientAddress), from a request's headers. */
export function clientAddressOf(headers: HeaderSource): string {
  const socket = hasSocketAddressHeader() ? readHeader(headers, SOCKET_ADDRESS_HEADER) : null;
  return pickClientAddress(readHeader(headers, "x-forwarded-for"), socket, getProxyTrust());
}
