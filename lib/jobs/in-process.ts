// The worker inside the Next server (instrumentation.ts): started in the background so a database that is slow to
// answer does not hold up the server, and stopped on SIGTERM/SIGINT so jobs in hand finish first.
import { getEnv } from "@/lib/env";
import { stopQueue } from "./queue";
import { startWorker, type RunningWorker } from "./worker";

const globalForWorker = globalThis as unknown as { scopebenchWorker?: Promise<RunningWorker | null> };

export function startInProcessWorker() {
  if (globalForWorker.scopebenchWorker) return;
  let enabled: boolean;
  try {
    enabled = getEnv().SCOPEBENCH_WORKER !== "off";
  } catch (err) {
    // The app reports an invalid configuration on its first request; the worker just stays off.
    console.error(`[scopebench] The job worker did not start: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  if (!enabled) return;
  globalForWorker.scopebenchWorker = startWorker().catch((err: unknown) => {
    console.error(`[scopebench] The job worker did not start: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const worker = await globalForWorker.scopebenchWorker;
    await worker?.stop().catch(() => {});
    await stopQueue().catch(() => {});
    // Next also stops on this signal; leave the exit to it unless nothing else is listening.
    if (process.listenerCount(signal) === 0) process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}
