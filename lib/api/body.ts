// Reading request bodies safely: a size cap (413) enforced while streaming, strict UTF-8 (400),
// the content type checked (415) and JSON parse errors explained (400).
import { findUnsafeValue, jsonDepthExceeds, MAX_JSON_DEPTH } from "@/lib/domain/safe-input";
import { HttpProblem, validationProblem } from "./problem";

export const BODY_LIMITS = { runs: 2 * 1024 * 1024, openlineage: 2 * 1024 * 1024, monitoring: 4 * 1024 * 1024 } as const;

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

/** How long a client may take to send the whole body before it gets a 408 (slow senders hold a connection and a worker). */
export const BODY_READ_TIMEOUT_MS = 60_000;

/** The next chunk, or a 408 once `deadline` (epoch ms) has passed. */
async function readBefore(reader: ReadableStreamDefaultReader<Uint8Array>, deadline: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpProblem(408, "The request body arrived too slowly and was not read; send it again in one go.")),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    return await Promise.race([reader.read(), timeout]);
  } catch (err) {
    if (err instanceof HttpProblem) await reader.cancel().catch(() => {});
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body's byte stream, decompressed when it is sent with `Content-Encoding: gzip` (the stock
 * OpenLineage clients' `compression: gzip`); another coding is a 415.
 */
function bodyStream(request: Request): ReadableStream<Uint8Array> | null {
  if (!request.body) return null;
  const coding = (request.headers.get("content-encoding") ?? "").trim().toLowerCase();
  if (coding === "" || coding === "identity") return request.body;
  if (coding === "gzip" || coding === "x-gzip")
    return request.body.pipeThrough(new DecompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>);
  throw new HttpProblem(
    415,
    `Content-Encoding "${coding.slice(0, 40)}" is not supported; send the body uncompressed or gzip-compressed.`,
    undefined,
    {
      "Accept-Encoding": "gzip",
    },
  );
}

/**
 * The body as text; stops reading as soon as it passes `limit` bytes (after decompression, so a
 * small gzip bomb is stopped at the cap too), or after `timeoutMs` (408).
 */
export async function readText(request: Request, limit: number, timeoutMs = BODY_READ_TIMEOUT_MS): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const stream = bodyStream(request);
  if (!stream) return "";
  const reader = stream.getReader();
  const deadline = Date.now() + timeoutMs;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await readBefore(reader, deadline);
    } catch (err) {
      if (err instanceof HttpProblem) throw err;
      throw new HttpProblem(400, "The request body is not valid gzip data (Content-Encoding: gzip).");
    }
    const { done, value } = chunk;
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

/**
 * JSON text parsed and checked against the input rule (lib/domain/safe-input.ts): too deep a
 * nesting is refused before parsing (400), NUL, control characters, lone surrogates and
 * non-finite numbers (1e999) after it (422, with the path), so no schema or query ever sees them.
 */
export function parseJsonText(text: string): unknown {
  if (!text.trim()) throw new HttpProblem(400, "The request body is empty; send a JSON object.");
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH))
    throw new HttpProblem(400, `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep.`);
  const value = parseJson(text);
  const unsafe = findUnsafeValue(value, MAX_JSON_DEPTH);
  if (unsafe) throw validationProblem([{ path: unsafe.path, message: unsafe.message }]);
  return value;
}

function parseJson(text: string): unknown {
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
