// One webhook POST: 10 s for the whole exchange, no redirects followed, and (unless the installation allows them)
// no private, loopback or link-local address — checked on the addresses the host name resolves to, at connect time,
// so a DNS answer cannot swap in an internal address after the URL was checked.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { performance } from "node:perf_hooks";
import { checkWebhookUrl, isPrivateAddress } from "@/lib/domain/notifications/webhook-url";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const RESPONSE_BODY_LIMIT = 64 * 1024;

export type PostResult = { status: number; ms: number };

/** The POST failed before any HTTP status arrived (refused address, DNS, connection, timeout). */
export class WebhookPostError extends Error {
  constructor(
    message: string,
    public readonly ms: number,
  ) {
    super(message);
    this.name = "WebhookPostError";
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback) {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused)
      return callback(Object.assign(new Error(`${hostname} resolves to a private address (${refused.address})`), { code: "EPRIVATE" }), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

/** POSTs `body` to `url`; resolves with the HTTP status (any), rejects with WebhookPostError when none arrived. */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  { allowPrivate = false, timeoutMs = WEBHOOK_TIMEOUT_MS }: { allowPrivate?: boolean; timeoutMs?: number } = {},
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const checked = checkWebhookUrl(url, { allowPrivate });
  if (!checked.ok) return Promise.reject(new WebhookPostError(checked.reason, 0));
  const target = checked.url;
  const client = target.protocol === "https:" ? https : http;
  return new Promise<PostResult>((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          "User-Agent": "Scopebench-Webhooks/1",
        },
        signal: AbortSignal.timeout(timeoutMs),
        ...(allowPrivate ? {} : { lookup: guardedLookup as unknown as typeof dnsLookup }),
      },
      (res) => {
        let read = 0;
        res.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > RESPONSE_BODY_LIMIT) res.destroy();
        });
        const done = () => resolve({ status: res.statusCode ?? 0, ms: elapsed() });
        res.on("end", done);
        res.on("close", done);
        res.on("error", done);
      },
    );
    req.on("error", (err: NodeJS.ErrnoException) => {
      const message =
        err.name === "AbortError" || err.name === "TimeoutError"
          ? `No answer within ${timeoutMs / 1000} s`
          : err.message || String(err.code);
      reject(new WebhookPostError(message, elapsed()));
    });
    req.end(body);
  });
}
