// Next calls register() once when the server starts (before it serves requests). In the Node.js runtime it starts
// the job worker inside the app, unless SCOPEBENCH_WORKER=off (then run `npm run worker` next to the app).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("./lib/jobs/in-process");
  startInProcessWorker();
}
