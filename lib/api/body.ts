// Reading request bodies safely: a size cap (413) enforced while streaming, strict UTF-8 (400),
// the content type checked (415) and JSON parse errors explained (400).
import { HttpProblem } from "./problem";

export const BODY_LIMITS = { runs: 2 * 1024 * 1024, openlineage: 1024 * 1024, monitoring: 4 * 1024 * 1024 } as const;

/** The media type without parameters, lower-cased ("application/json"), or "" when absent. */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

export function isJsonType(type: string): boolean {
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}

function tooLarge(limit: number): HttpProblem {
  return new HttpProblem(
    413,
    `The request body is larger than ${(limit / 1024 / 1024).toLocaleString("en-US")} MiB. Split it into smaller requests.`,
  );
}

/** The body as text; stops reading as soon as it passes `limit` bytes. */
export async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(400, "The request body is not valid UTF-8.");
  }
}

/** A JSON body (content type application/json), parsed. */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const type = mediaType(request);
  if (!isJsonType(type))
    throw new HttpProblem(
      415,
      `Send the body as application/json${type ? `, not ${type}` : " (the Content-Type header is missing)"}.`,
      undefined,
      { Accept: "application/json" },
    );
  return parseJsonText(await readText(request, limit));
}

export function parseJsonText(text: string): unknown {
  if (!text.trim()) throw new HttpProblem(400, "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch (err) {
    const hint = /\b(NaN|-?Infinity)\b/.test(text) ? " NaN and Infinity are not JSON: send finite numbers only." : "";
    throw new HttpProblem(
      400,
      `The request body is not valid JSON (${err instanceof Error ? err.message.slice(0, 200) : "parse error"}).${hint}`,
    );
  }
}
