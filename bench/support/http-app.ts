// The built app on a port of its own, for benchmarks that go through HTTP: builds when the sources
// changed (as `npm start` does), runs `next start` against a given database, signs a user in
// through next-auth's credentials flow, and stops the server it started.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildIsStale, recordBuild, sourceFingerprint } from "../../scripts/lib/build-hash";
import { withSocketAddress } from "../../scripts/lib/socket-address";
import { nextStartArgs } from "../../scripts/lib/next-server";

const ROOT = path.resolve(import.meta.dirname, "../..");

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed (exit ${code})`))));
  });
}

/** `npm run build` when the last build is missing or older than the sources; returns whether it built. */
export async function ensureBuild(): Promise<boolean> {
  const fingerprint = await sourceFingerprint(ROOT);
  if (!(await buildIsStale(ROOT, fingerprint))) return false;
  await run("npm", ["run", "build", "--silent"], { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  await recordBuild(ROOT, fingerprint);
  return true;
}

export type HttpApp = { base: string; pid: number; stop: () => Promise<void> };

/**
 * `next start` on `port` against `databaseUrl`; resolves once /api/health answers 200. `nodeArgs`
 * go to the server's own Node (flags such as --cpu-prof are refused in NODE_OPTIONS).
 */
export async function startApp(
  port: number,
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<HttpApp> {
  const base = `http://127.0.0.1:${port}`;
  const env = withSocketAddress({
    ...process.env,
    ...extraEnv,
    NODE_OPTIONS: extraEnv.NODE_OPTIONS ?? "",
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "bench-secret-not-used-for-anything",
    NEXTAUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, nextBin, ...nextStartArgs(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  };
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode})`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { base, pid: child.pid!, stop };
    if (performance.now() > deadline) {
      await stop();
      throw new Error("the app did not answer /api/health within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Signs in with email and password; returns the Cookie header for later requests. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: base }),
  });
  const all = [...jar, ...cookiesOf(res)];
  if (!all.some((c) => c.includes("session-token="))) throw new Error(`sign-in failed (HTTP ${res.status})`);
  return all.join("; ");
}
