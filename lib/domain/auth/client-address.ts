// Which address a request came from, for per-address rate limits. The socket's peer is the only
// address nobody can forge; X-Forwarded-For is just a header the client may fill with anything,
// so its entries count only as far as they were appended by proxies we were told to trust.
import { isIP } from "node:net";

/** Which proxies in front of the app are trusted to append to X-Forwarded-For. */
export type ProxyTrust = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "cidrs"; cidrs: Cidr[] };
export type Cidr = { family: 4 | 6; bits: bigint; prefix: number };

/** Parses "10.0.0.0/8, 192.168.1.1, fd00::/8"; throws on a malformed entry. */
export function parseCidrList(list: string): Cidr[] {
  return list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [address = "", prefixText] = entry.split("/");
      const parsed = parseAddress(address);
      if (!parsed) throw new Error(`"${entry}" is not an IP address or CIDR range.`);
      const width = parsed.family === 4 ? 32 : 128;
      const prefix = prefixText === undefined ? width : Number(prefixText);
      if (!/^\d*$/.test(prefixText ?? "") || !Number.isInteger(prefix) || prefix < 0 || prefix > width)
        throw new Error(`"${entry}" has an invalid prefix length.`);
      return { family: parsed.family, bits: mask(parsed.bits, prefix, width), prefix };
    });
}

/**
 * The client's address: walk from the socket's peer leftwards through X-Forwarded-For, stepping
 * over the proxies we trust, and stop at the first hop we don't. With no trust (the default) the
 * header is ignored and the peer is the client. `forwardedFor` is the header's value(s) as
 * received; `socketAddress` the peer, or null when the server did not tell us (then the nearest
 * hop counts as the first trusted proxy's, since it was appended by whoever connected to us).
 * Returns a normalized address, or "unknown".
 */
export function pickClientAddress(forwardedFor: string | null, socketAddress: string | null, trust: ProxyTrust): string {
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((s) => normalizeAddress(s))
    .filter((s): s is string => s !== null);
  const peer = socketAddress === null ? null : normalizeAddress(socketAddress);
  if (trust.kind === "none") return peer ?? "unknown";
  // The chain, nearest hop last: the peer (if known) after the forwarded entries.
  const chain = peer === null ? forwarded : [...forwarded, peer];
  if (chain.length === 0) return "unknown";
  if (trust.kind === "hops") {
    const skip = peer === null ? Math.max(0, trust.hops - 1) : trust.hops;
    return chain[Math.max(0, chain.length - 1 - skip)] ?? "unknown";
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!;
    if (!isTrusted(hop, trust.cidrs)) return hop;
  }
  return chain[0]!;
}

/** An address in canonical form (IPv4-mapped IPv6 as IPv4, ports and brackets removed), or null if it isn't one. */
export function normalizeAddress(raw: string): string | null {
  let s = raw.trim();
  if (s.startsWith("[")) s = s.slice(1, s.indexOf("]") === -1 ? undefined : s.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  if (mapped) s = mapped[1]!;
  const family = isIP(s);
  if (family === 0) return null;
  return family === 4 ? s : formatV6(parseAddress(s)!.bits);
}

/**
 * The bucket a client address is counted in by per-address limits: an IPv4 address itself, an
 * IPv6 address's /64 network. One IPv6 customer is usually given a whole /64 (2^64 addresses), so
 * counting single IPv6 addresses would let a client rotate past any limit. "unknown" stays as is.
 */
export function addressBucket(address: string): string {
  const parsed = parseAddress(address);
  if (!parsed || parsed.family === 4) return address;
  return `${formatV6(mask(parsed.bits, 64, 128))}/64`;
}

function isTrusted(address: string, cidrs: Cidr[]): boolean {
  const parsed = parseAddress(address);
  if (!parsed) return false;
  const width = parsed.family === 4 ? 32 : 128;
  return cidrs.some((c) => c.family === parsed.family && mask(parsed.bits, c.prefix, width) === c.bits);
}

function mask(bits: bigint, prefix: number, width: number): bigint {
  const all = (1n << BigInt(width)) - 1n;
  const keep = prefix === 0 ? 0n : (all << BigInt(width - prefix)) & all;
  return bits & keep;
}

function parseAddress(raw: string): { family: 4 | 6; bits: bigint } | null {
  const s = raw.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  if (mapped) return parseAddress(mapped[1]!);
  const family = isIP(s);
  if (family === 4) return { family: 4, bits: s.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n) };
  if (family !== 6) return null;
  const [head = "", tail] = s.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const expand = (parts: string[]) =>
    parts.flatMap((g) => {
      if (!g.includes(".")) return [g];
      const v4 = parseAddress(g)!.bits;
      return [(v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16)];
    });
  const left = expand(groups(head));
  const right = tail === undefined ? [] : expand(groups(tail));
  const all = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return { family: 6, bits: all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

function formatV6(bits: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => ((bits >> BigInt((7 - i) * 16)) & 0xffffn).toString(16));
  return groups.join(":");
}
