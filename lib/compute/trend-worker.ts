// The trend worker: analyses project-history series off the request thread. Bundled on its own by
// scripts/build-worker.ts (Node runs it directly, outside the Next.js bundle) and driven by
// trend-pool.ts, one message per analysis.
import { parentPort } from "node:worker_threads";
import { analyzeHistory, type HistoryInput } from "@/lib/domain/evidence/fit";

export type TrendRequest = { id: number; input: HistoryInput };
export type TrendReply = { id: number; result: ReturnType<typeof analyzeHistory> } | { id: number; error: string };

parentPort?.on("message", (req: TrendRequest) => {
  let reply: TrendReply;
  try {
    reply = { id: req.id, result: analyzeHistory(req.input) };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
