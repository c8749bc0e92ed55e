// OpenLineage interoperability and throughput (issue 18).
//
//   npx tsx bench/openlineage-interop.ts      (BENCH_DATABASE_URL=postgresql://… to use another local server)
//
// Reads the real events in shared/data/openlineage/ beside the checkout, or OPENLINEAGE_DATA_DIR (skips when the folder is
// absent; nothing of it is copied into the repository), validates each against the official
// OpenLineage 2-0-2 JSON Schema with ajv, posts every valid one through the POST /api/v1/lineage
// route handler (a Request in, a Response out: token, body, validation, the write; no network) in
// a throwaway database, and prints accepted / valid, the refusals, and events per second.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { withAppDatabase } from "./support/app-database";

if (!process.execArgv.some((a) => a.includes("react-server"))) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const DATA = process.env.OPENLINEAGE_DATA_DIR ?? path.resolve(import.meta.dirname, "..", "..", "shared", "data", "openlineage");
const SCHEMA = path.join(DATA, "OpenLineage-2-0-2.schema.json");
const EVENTS = path.join(DATA, "events-as-found.json");

type Found = { id: string; repo: string; path: string; kind?: string; event: unknown };

async function main() {
  if (!existsSync(SCHEMA) || !existsSync(EVENTS)) {
    console.log(`skipped: the OpenLineage sample events are not at ${DATA} (set OPENLINEAGE_DATA_DIR).`);
    return;
  }
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: false }));
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, "utf8")));
  const found = JSON.parse(readFileSync(EVENTS, "utf8")) as Found[];
  const valid = found.filter((f) => validate(f.event));
  // Many events as found are test expectations that leave out producer and schemaURL (required by
  // the spec, optional here): those that validate once both are filled in are posted as found too.
  const completed = found.filter((f) => {
    if (validate(f.event) || !f.event || typeof f.event !== "object") return false;
    const filled = {
      producer: "https://example.test/producer",
      schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
      ...(f.event as object),
    };
    return validate(filled);
  });
  console.log(
    `events: ${found.length} found, ${valid.length} valid against the 2-0-2 schema, ${completed.length} more valid once producer/schemaURL are filled in`,
  );

  await withAppDatabase("openlineage", async () => {
    const { createUserWithWorkspace } = await import("../lib/db/users");
    const { resolveProjectAccess, resolveWorkspaceAccess } = await import("../lib/db/access");
    const { createProject } = await import("../lib/db/projects");
    const { createApiToken } = await import("../lib/db/api-tokens");
    const { API_RATE_LIMIT } = await import("../lib/api/with-api-token");
    const route = await import("../app/api/v1/lineage/route");
    API_RATE_LIMIT.limit = 1_000_000_000; // the bench measures the route, not the rate limiter's refusals

    const { user, workspace } = await createUserWithWorkspace({
      name: "Bench",
      email: `bench-ol-${process.pid}@example.test`,
      passwordHash: null,
    });
    const ws = (await resolveWorkspaceAccess(user.id, workspace.slug))!;
    const project = (await resolveProjectAccess(
      user.id,
      workspace.slug,
      (await createProject(ws, { name: "Interop", description: "", templateKey: "blank" })).id,
    ))!;
    const token = (await createApiToken(project, "bench")).secret;
    const post = (body: string) =>
      route.POST(
        new Request("http://bench.local/api/v1/lineage", {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body,
        }),
        { params: Promise.resolve({}) },
      );

    const refused: string[] = [];
    const postAll = async (list: Found[]) => {
      let accepted = 0;
      for (const f of list) {
        const res = await post(JSON.stringify(f.event));
        if (res.status === 200 || res.status === 201) accepted++;
        else refused.push(`  ${res.status} ${f.repo}/${f.path}: ${(await res.text()).slice(0, 300)}`);
      }
      return accepted;
    };
    const a = await postAll(valid);
    console.log(`accepted/valid: ${a}/${valid.length}${a === valid.length ? " (goal met)" : " (goal MISSED)"}`);
    const b = await postAll(completed);
    console.log(
      `accepted/valid once completed (posted as found): ${b}/${completed.length}${b === completed.length ? " (goal met)" : " (goal MISSED)"}`,
    );
    for (const r of refused.slice(0, 20)) console.log(r);

    // Throughput: the valid events again (now updates), sequentially, with the validation on.
    const bodies = [...valid, ...completed].map((f) => JSON.stringify(f.event));
    const rounds = Math.max(1, Math.ceil(2000 / bodies.length));
    const t = performance.now();
    for (let r = 0; r < rounds; r++) for (const b of bodies) await post(b);
    const perSecond = (rounds * bodies.length) / ((performance.now() - t) / 1000);
    console.log(
      `throughput: ${Math.round(perSecond).toLocaleString("en-US")} OpenLineage events/s through the route (1 client, ${rounds * bodies.length} events)`,
    );
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
