// Preloaded into the Next.js server (NODE_OPTIONS=--import) by scripts/start.ts and
// scripts/e2e-server.ts. Next.js gives route handlers and server actions no access to the socket,
// so this writes the peer's address into a request header before Next sees the request — always
// replacing whatever the client sent in that header — and marks the process, so the app
// (lib/auth/client-address.ts) trusts the header only where this ran.
import http from "node:http";

const HEADER = "x-scopebench-socket-address";
const MARK = Symbol.for("scopebench.socketAddressHeader");

if (!globalThis[MARK]) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(event, req, ...rest) {
    if (event === "request" && req && req.headers) req.headers[HEADER] = req.socket?.remoteAddress ?? "";
    return emit.call(this, event, req, ...rest);
  };
  globalThis[MARK] = true;
}
