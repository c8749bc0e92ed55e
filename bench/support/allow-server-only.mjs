// `node --import ./bench/support/allow-server-only.mjs --import tsx bench/…` registers the hook.
import { register } from "node:module";
register("./server-only-hooks.mjs", import.meta.url);
