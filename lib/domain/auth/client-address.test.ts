import { describe, expect, test } from "vitest";
import { addressBucket, normalizeAddress, parseCidrList, pickClientAddress, type ProxyTrust } from "./client-address";

const NONE: ProxyTrust = { kind: "none" };
const hops = (n: number): ProxyTrust => ({ kind: "hops", hops: n });
const cidrs = (list: string): ProxyTrust => ({ kind: "cidrs", cidrs: parseCidrList(list) });

describe("pickClientAddress with no trusted proxy", () => {
  test("X-Forwarded-For is ignored entirely: the socket's peer is the client", () => {
    expect(pickClientAddress("198.51.100.7", "203.0.113.9", NONE)).toBe("203.0.113.9");
    expect(pickClientAddress("1.1.1.1, 2.2.2.2", "203.0.113.9", NONE)).toBe("203.0.113.9");
  });
  test("a rotating header always gives the same address", () => {
    const seen = new Set(Array.from({ length: 20 }, (_, i) => pickClientAddress(`10.0.0.${i}`, "203.0.113.9", NONE)));
    expect([...seen]).toEqual(["203.0.113.9"]);
  });
  test("an unknown peer is 'unknown', never the header", () => {
    expect(pickClientAddress("198.51.100.7", null, NONE)).toBe("unknown");
  });
  test("IPv4-mapped IPv6 peers are written as IPv4", () => {
    expect(pickClientAddress(null, "::ffff:127.0.0.1", NONE)).toBe("127.0.0.1");
  });
});

describe("pickClientAddress with a number of trusted hops", () => {
  test("one proxy: the entry it appended, whatever the client put before it", () => {
    expect(pickClientAddress("6.6.6.6, 198.51.100.7", "10.0.0.2", hops(1))).toBe("198.51.100.7");
  });
  test("two proxies: the entry the outer one appended", () => {
    expect(pickClientAddress("6.6.6.6, 198.51.100.7, 10.0.0.1", "10.0.0.2", hops(2))).toBe("198.51.100.7");
  });
  test("fewer entries than hops: the left-most one (the client connected to a proxy directly)", () => {
    expect(pickClientAddress("198.51.100.7", "10.0.0.2", hops(3))).toBe("198.51.100.7");
  });
  test("no header behind a trusted proxy: the peer itself", () => {
    expect(pickClientAddress(null, "10.0.0.2", hops(1))).toBe("10.0.0.2");
  });
  test("without the socket, the last entry is the nearest proxy's", () => {
    expect(pickClientAddress("6.6.6.6, 198.51.100.7", null, hops(1))).toBe("198.51.100.7");
    expect(pickClientAddress("6.6.6.6, 198.51.100.7, 10.0.0.1", null, hops(2))).toBe("198.51.100.7");
  });
  test("garbage entries are dropped, not trusted", () => {
    expect(pickClientAddress("evil, 198.51.100.7", "10.0.0.2", hops(1))).toBe("198.51.100.7");
  });
});

describe("pickClientAddress with trusted CIDR ranges", () => {
  const trust = cidrs("10.0.0.0/8, 192.168.1.1, fd00::/8");
  test("the right-most address outside the trusted ranges", () => {
    expect(pickClientAddress("6.6.6.6, 198.51.100.7, 10.1.2.3", "192.168.1.1", trust)).toBe("198.51.100.7");
  });
  test("an untrusted peer is the client even when it sends a header", () => {
    expect(pickClientAddress("10.1.2.3", "203.0.113.9", trust)).toBe("203.0.113.9");
  });
  test("IPv6 ranges", () => {
    expect(pickClientAddress("2001:db8::1", "fd12::5", trust)).toBe("2001:db8:0:0:0:0:0:1");
  });
  test("all hops trusted: the left-most", () => {
    expect(pickClientAddress("10.9.9.9", "10.0.0.1", trust)).toBe("10.9.9.9");
  });
  test("malformed lists are refused", () => {
    expect(() => parseCidrList("10.0.0.0/33")).toThrow();
    expect(() => parseCidrList("not-an-ip")).toThrow();
    expect(() => parseCidrList("10.0.0.0/x")).toThrow();
  });
});

describe("normalizeAddress", () => {
  test("strips ports and brackets, expands IPv6", () => {
    expect(normalizeAddress(" 198.51.100.7:4711 ")).toBe("198.51.100.7");
    expect(normalizeAddress("[::1]:80")).toBe("0:0:0:0:0:0:0:1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8:0:0:0:0:0:1");
  });
  test("non-addresses are null", () => {
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});

describe("addressBucket", () => {
  test("IPv4 addresses count one by one", () => {
    expect(addressBucket("198.51.100.7")).toBe("198.51.100.7");
  });
  test("IPv6 addresses count by their /64", () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2:0:0:0:0/64");
    expect(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2:0:0:0:0/64");
    expect(addressBucket("2001:db8:1:3::1")).toBe("2001:db8:1:3:0:0:0:0/64");
  });
  test("'unknown' stays itself", () => expect(addressBucket("unknown")).toBe("unknown"));
});
