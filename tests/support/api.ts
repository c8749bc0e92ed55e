// Calling the API v1 route handlers directly with Request objects, as Next.js would.
import { createProject } from "@/lib/db/projects";
import { createApiToken } from "@/lib/db/api-tokens";
import { makeUser, projectAccessFor } from "./factories";

type Handler = (request: Request, context: { params: Promise<{ projectId: string }> }) => Promise<Response>;

export type Call = {
  token?: string | null;
  body?: unknown;
  /** Sent as is (no JSON encoding) when a string or bytes. */
  raw?: string | Uint8Array;
  contentType?: string | null;
  query?: Record<string, string> | string;
  headers?: Record<string, string>;
};

export async function call(handler: Handler, projectId: string, opts: Call = {}) {
  const qs = typeof opts.query === "string" ? opts.query : opts.query ? new URLSearchParams(opts.query).toString() : "";
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  const hasBody = opts.body !== undefined || opts.raw !== undefined;
  const contentType = opts.contentType === undefined ? "application/json" : opts.contentType;
  if (hasBody && contentType) headers.set("content-type", contentType);
  const body = opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
  const request = new Request(`http://localhost/api/v1/projects/${projectId}/x${qs ? `?${qs}` : ""}`, {
    method: hasBody ? "POST" : "GET",
    headers,
    body: body as BodyInit | undefined,
  });
  const response = await handler(request, { params: Promise.resolve({ projectId }) });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    headers: response.headers,
    json: json as Record<string, unknown> & { errors?: { path: string; message: string }[] },
    text,
  };
}

/** A fresh owner with a project and an API token for it. */
export async function projectWithToken(name = "Pipeline owner") {
  const { access } = await makeUser(name);
  const project = await createProject(access, { name: `${name}'s model`, description: "", templateKey: "blank" });
  const projectAccess = await projectAccessFor(access.userId, access.workspace.slug, project.id);
  const token = await createApiToken(projectAccess, "CI");
  return { access: projectAccess, projectId: project.id, token: token.secret, tokenId: token.id };
}
