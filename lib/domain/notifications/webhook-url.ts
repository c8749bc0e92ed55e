// Where a webhook may point: an http(s) URL on a public address. Private, loopback, link-local and other special
// ranges are refused (a webhook must not reach the server's own network) unless the installation allows them
// (SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE=1). The worker checks the resolved addresses again before each POST.
import { BlockList, isIP } from "node:net";

const privateRanges = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  privateRanges.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64 (checked as IPv4 below too)
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const)
  privateRanges.addSubnet(net, prefix, "ipv6");

/** Whether an IP address (v4 or v6, IPv4-mapped included) is private, loopback or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const version = isIP(bare);
  if (version === 4) return privateRanges.check(bare, "ipv4");
  if (version !== 6) return true; // not an address at all: refuse rather than guess
  const mapped = /^(?:0{0,4}:){0,5}(?::|0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return privateRanges.check(mapped[1]!, "ipv4");
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
  if (hexMapped) {
    const hi = parseInt(hexMapped[1]!, 16);
    const lo = parseInt(hexMapped[2]!, 16);
    return privateRanges.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, "ipv4");
  }
  return privateRanges.check(bare, "ipv6");
}

/** Host names that always mean this machine or its local network. */
function isLocalHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === "localhost" || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal") || !h.includes(".");
}

export type WebhookUrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

export const WEBHOOK_URL_MAX = 2000;

/** Checks a webhook URL as typed by an owner: http(s), no credentials, and (unless allowed) no private host. */
export function checkWebhookUrl(raw: string, { allowPrivate = false }: { allowPrivate?: boolean } = {}): WebhookUrlCheck {
  if (raw.length > WEBHOOK_URL_MAX) return { ok: false, reason: `Use at most ${WEBHOOK_URL_MAX} characters.` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "Enter a full URL, e.g. https://hooks.example.com/scopebench." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "Use an https:// or http:// URL." };
  if (url.username || url.password)
    return { ok: false, reason: "Leave user names and passwords out of the URL; use the signature to authenticate." };
  if (!allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) ? isPrivateAddress(host) : isLocalHostName(host))
      return { ok: false, reason: "Use a public address: private, loopback and local network addresses are refused." };
  }
  return { ok: true, url };
}
