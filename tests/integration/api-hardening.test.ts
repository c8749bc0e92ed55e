// Security hardening of API v1 (issue 15): tokens die with their creator's membership, archived
// projects are read-only, odd input is a 4xx (never a 500), 405 answers are problem+json with an
// Allow header, and the bearer scheme is case-insensitive. Route handlers are called in-process
// against the real database.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/db/api-tokens";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { setProjectArchived } from "@/lib/db/projects";
import { updateMembership } from "@/lib/db/workspaces";
import { resolveWorkspaceAccess } from "@/lib/db/access";
import * as runsRoute from "@/app/api/v1/projects/[projectId]/runs/route";
import * as lineageRoute from "@/app/api/v1/projects/[projectId]/openlineage/route";
import * as monitoringRoute from "@/app/api/v1/projects/[projectId]/monitoring/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { encodeRunCursor } from "@/lib/domain/runs/cursor";
import { call, projectWithToken } from "../support/api";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!, 2);

const RUN = {
  source: "ci",
  externalId: "42",
  pipeline: "train",
  stage: "training",
  status: "running",
  startedAt: "2024-05-01T10:00:00Z",
};
const LINEAGE = {
  eventType: "START",
  eventTime: "2024-05-01T10:00:00Z",
  run: { runId: "r-1" },
  job: { namespace: "ns", name: "train" },
};

type Route = (request: Request, context: { params: Promise<{ projectId: string }> }) => Promise<Response>;
const send = (handler: Route, projectId: string, init: RequestInit) =>
  handler(new Request(`http://localhost/api/v1/projects/${projectId}/runs`, init), { params: Promise.resolve({ projectId }) });

function expectProblem(res: { status: number; headers: Headers; json: Record<string, unknown> }, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(res.json).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

describe("API tokens and membership", () => {
  test("removing a member revokes the tokens they made, with an audit event; other tokens keep working", async () => {
    const { access: ownerAccess, projectId, token: ownersToken } = await projectWithToken("Lead");
    const leaver = await makeUser("Leaver");
    await acceptInvite(leaver.user.id, (await createInvite(ownerAccess, "owner", 1)).token);
    const leaverAccess = await projectAccessFor(leaver.user.id, ownerAccess.workspace.slug, projectId);
    const theirs = await createApiToken(leaverAccess, "Leaver's CI");
    expect((await call(runsRoute.POST, projectId, { token: theirs.secret, body: RUN })).status).toBe(201);

    const workspaceAccess = (await resolveWorkspaceAccess(ownerAccess.userId, ownerAccess.workspace.slug))!;
    await updateMembership(workspaceAccess, leaver.user.id, null);

    const refused = await call(runsRoute.POST, projectId, { token: theirs.secret, body: { ...RUN, externalId: "43" } });
    expectProblem(refused, 401);
    expect((await call(runsRoute.GET, projectId, { token: theirs.secret })).status).toBe(401);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { targetId: theirs.id, action: "api_token.revoke_departed" } });
    expect(event).toMatchObject({ projectId, actorId: ownerAccess.userId, targetType: "api_token" });
    expect(event.summary).toMatch(/creator left the workspace/);

    expect((await call(runsRoute.POST, projectId, { token: ownersToken, body: { ...RUN, externalId: "44" } })).status).toBe(201);
  });

  test("a token whose creator is no longer a member is refused even if it was never revoked", async () => {
    const { access, projectId, token, tokenId } = await projectWithToken("Old row");
    const colleague = await makeUser("Stays");
    await acceptInvite(colleague.user.id, (await createInvite(access, "owner", 1)).token);
    expect((await call(runsRoute.GET, projectId, { token })).status).toBe(200);
    // As an old row would be: the membership gone, the token never revoked.
    await db.membership.delete({ where: { userId_workspaceId: { userId: access.userId, workspaceId: access.workspace.id } } });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).revokedAt).toBeNull();
    expectProblem(await call(runsRoute.GET, projectId, { token }), 401);
    // Nor a token whose creator's account is gone.
    await db.apiToken.update({ where: { id: tokenId }, data: { createdById: null } });
    expectProblem(await call(runsRoute.GET, projectId, { token }), 401);
  });
});

describe("archived projects are read-only for the API", () => {
  test("writes answer 409 problem+json and store nothing; reads still work", async () => {
    const { access, projectId, token } = await projectWithToken("Archivist");
    expect((await call(runsRoute.POST, projectId, { token, body: RUN })).status).toBe(201);
    await setProjectArchived(access, true);

    for (const [handler, body] of [
      [runsRoute.POST, { ...RUN, externalId: "2" }],
      [lineageRoute.POST, LINEAGE],
      [monitoringRoute.POST, { points: [{ metric: "m", timestamp: "2024-05-01T10:00:00Z", value: 1 }] }],
    ] as const) {
      const res = await call(handler, projectId, { token, body });
      expectProblem(res, 409);
      expect(res.json.detail).toMatch(/archived/);
    }
    expect(await db.pipelineRun.count({ where: { projectId } })).toBe(1);
    expect(await db.monitoringPoint.count({ where: { projectId } })).toBe(0);

    const list = await call(runsRoute.GET, projectId, { token });
    expect(list.status).toBe(200);
    expect((list.json.runs as unknown[]).length).toBe(1);
    expect((await call(monitoringRoute.GET, projectId, { token, query: { metric: "m" } })).status).toBe(200);

    const restored = await projectAccessFor(access.userId, access.workspace.slug, projectId);
    await setProjectArchived(restored, false);
    expect((await call(runsRoute.POST, projectId, { token, body: { ...RUN, externalId: "3" } })).status).toBe(201);
  });
});

describe("odd input is a 4xx, never a 500", () => {
  test("NUL in an OpenLineage facet URL, a lone surrogate in a job name, C0 controls", async () => {
    const { projectId, token } = await projectWithToken("Oddities");
    const facetNul = {
      ...LINEAGE,
      run: {
        runId: "r-nul",
        facets: { nominalTime: { _producer: "x", _schemaURL: "https://example.test/\u0000", nominalStartTime: "2024-05-01T10:00:00Z" } },
      },
    };
    const surrogateName = { ...LINEAGE, job: { namespace: "ns", name: "train\ud800" } };
    const loneLow = { ...RUN, pipeline: "\udc00abc" };
    const escape = { ...RUN, source: "ci\u001b[31m" };
    const nulKey = { ...LINEAGE, run: { runId: "r", facets: { "a\u0000": {} } } };
    const datasetExtra = { ...LINEAGE, inputs: [{ namespace: "n", name: "d", extra: "\u0000" }] };
    for (const [handler, body] of [
      [lineageRoute.POST, facetNul],
      [lineageRoute.POST, surrogateName],
      [runsRoute.POST, loneLow],
      [runsRoute.POST, escape],
      [lineageRoute.POST, nulKey],
      [lineageRoute.POST, datasetExtra],
    ] as const) {
      const res = await call(handler, projectId, { token, body });
      expectProblem(res, 422);
      expect(res.json.errors?.[0]?.message).toMatch(/NUL|control|surrogate/);
    }
    // Tab, newline and paired surrogates (emoji) are ordinary text.
    expect((await call(runsRoute.POST, projectId, { token, body: { ...RUN, pipeline: "train\t🚂\nnightly" } })).status).toBe(201);
  });

  test("huge numbers and deep nesting in a body", async () => {
    const { projectId, token } = await projectWithToken("Numbers");
    const metric = (value: string) => JSON.stringify({ ...RUN, metrics: [{ key: "f1", value: 1 }] }).replace(":1}", `:${value}}`);
    // 1e999 parses to Infinity: refused with the field's path.
    const overflow = await call(runsRoute.POST, projectId, { token, raw: metric("1e999") });
    expectProblem(overflow, 422);
    expect(overflow.json.errors).toEqual([{ path: "metrics.0.value", message: expect.stringContaining("finite") }]);
    // The largest finite doubles are stored and read back as they are.
    expect((await call(runsRoute.POST, projectId, { token, raw: metric("1.79e308") })).status).toBe(201);
    const points = { points: [{ metric: "m", timestamp: "2024-05-01T10:00:00Z", value: -1.79e308 }] };
    expect((await call(monitoringRoute.POST, projectId, { token, body: points })).status).toBe(200);
    expect((await call(monitoringRoute.GET, projectId, { token, query: { metric: "m" } })).json.points).toEqual([
      { timestamp: "2024-05-01T10:00:00.000Z", value: -1.79e308 },
    ]);
    const deep = await call(lineageRoute.POST, projectId, { token, raw: `{"a":${"[".repeat(50_000)}${"]".repeat(50_000)}}` });
    expectProblem(deep, 400);
    expect(deep.json.detail).toMatch(/levels deep/);
  });

  test("run cursors and query strings with negative years, NUL and control characters", async () => {
    const { projectId, token } = await projectWithToken("Cursors");
    const negative = encodeRunCursor({ startedAt: new Date(-8.64e15), id: "cm0abc" });
    const farFuture = encodeRunCursor({ startedAt: new Date(8.64e15), id: "cm0abc" });
    const bc = encodeRunCursor({ startedAt: new Date("-000001-01-01T00:00:00Z"), id: "cm0abc" });
    for (const cursor of [negative, farFuture, bc]) {
      const res = await call(runsRoute.GET, projectId, { token, query: { cursor } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    for (const query of ["cursor=%00", "stage=%00", "metric=a%00b", "metric=m&segment=%01", "metric=m&from=-271821-04-20T00:00:00Z"]) {
      const handler = query.startsWith("metric") ? monitoringRoute.GET : runsRoute.GET;
      const res = await call(handler, projectId, { token, query });
      expect(res.status, query).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
    }
  });
});

describe("HTTP niceties", () => {
  test("a method a route does not serve gets 405 problem+json with an Allow header", async () => {
    const { projectId, token } = await projectWithToken("Methods");
    const put = await send(runsRoute.PUT, projectId, { method: "PUT", headers: { authorization: `Bearer ${token}` } });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect(put.headers.get("content-type")).toBe("application/problem+json");
    expect(await put.json()).toMatchObject({ status: 405, title: "Method not allowed", detail: expect.stringContaining("PUT") });

    const get = await send(lineageRoute.GET, projectId, { method: "GET" });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
    for (const handler of [monitoringRoute.DELETE, monitoringRoute.PATCH, runsRoute.DELETE]) {
      expect((await send(handler, projectId, { method: "DELETE" })).headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    }
    const post = await openApiRoute.POST(new Request("http://localhost/api/v1/openapi.json", { method: "POST" }));
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  test("every API v1 route answers every method: served, or a 405 of its own", async () => {
    const root = path.resolve(import.meta.dirname, "../../app/api/v1");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    expect(routes.length).toBeGreaterThanOrEqual(4);
    for (const route of routes) {
      const mod = (await import(path.join(root, route))) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) expect(typeof mod[method], `${route} ${method}`).toBe("function");
    }
  });

  test("the OpenAPI document lists the 409 of writes and the 405 answer", async () => {
    const doc = (await (await openApiRoute.GET()).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { responses: Record<string, { headers?: Record<string, unknown> }> };
    };
    for (const path of ["runs", "openlineage", "monitoring"])
      expect(Object.keys(doc.paths[`/api/v1/projects/{projectId}/${path}`]!.post!.responses)).toEqual(
        expect.arrayContaining(["409", "422"]),
      );
    expect(doc.components.responses.MethodNotAllowed?.headers).toHaveProperty("Allow");
  });

  test("the bearer scheme is case-insensitive", async () => {
    const { projectId, token } = await projectWithToken("Schemes");
    for (const scheme of ["bearer", "BEARER", "Bearer", "bEaReR"]) {
      const res = await call(runsRoute.GET, projectId, { headers: { authorization: `${scheme} ${token}` } });
      expect(res.status, scheme).toBe(200);
    }
    expect((await call(runsRoute.GET, projectId, { headers: { authorization: `Basic ${token}` } })).status).toBe(401);
  });
});
