import path from "node:path";
import { pathToFileURL } from "node:url";

const PRELOAD = pathToFileURL(path.resolve(import.meta.dirname, "socket-address-preload.mjs")).href;

/** `env` with the socket-address preload (socket-address-preload.mjs) added to NODE_OPTIONS, for the Next.js server. */
export function withSocketAddress(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = [env.NODE_OPTIONS, `--import ${JSON.stringify(PRELOAD)}`].filter(Boolean).join(" ");
  return { ...env, NODE_OPTIONS: options };
}
