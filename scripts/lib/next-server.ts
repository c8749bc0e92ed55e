/**
 * Idle keep-alive connections stay open this long. Node's default (5 s) races with clients that
 * reuse a connection just as the server closes it: the request then fails with ECONNRESET.
 * A minute is what load balancers expect of the servers behind them (theirs is usually 60 s).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The arguments for `next start` on `port`. */
export function nextStartArgs(port: string | number): string[] {
  return ["start", "-p", String(port), "--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)];
}
