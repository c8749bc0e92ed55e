import { describe, expect, test } from "vitest";
import { parseJsonText, readText } from "./body";
import { HttpProblem } from "./problem";

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof HttpProblem ? { status: err.status, detail: err.detail, errors: err.errors } : err;
  }
  return null;
};

describe("parseJsonText applies the input rule", () => {
  test("deep nesting is a 400 before parsing; NUL, lone surrogates and 1e999 are a 422 at their path", () => {
    expect(refusal(() => parseJsonText(`{"a":${"[".repeat(50_000)}${"]".repeat(50_000)}}`))).toMatchObject({ status: 400 });
    expect(refusal(() => parseJsonText('{"a":{"b":"x\\u0000"}}'))).toMatchObject({ status: 422, errors: [{ path: "a.b" }] });
    expect(refusal(() => parseJsonText('{"a":["\\ud800"]}'))).toMatchObject({ status: 422, errors: [{ path: "a.0" }] });
    expect(refusal(() => parseJsonText('{"n":1e999}'))).toMatchObject({ status: 422, errors: [{ path: "n" }] });
    expect(parseJsonText('{"ok":"tab\\tline\\n🚂","n":1.79e308}')).toEqual({ ok: "tab\tline\n🚂", n: 1.79e308 });
  });
});

describe("readText", () => {
  test("a body that stops arriving is a 408 after the timeout", async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
      },
    });
    const request = new Request("http://localhost/x", { method: "POST", body: stalled, duplex: "half" } as RequestInit);
    const err = await readText(request, 1024, 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpProblem);
    expect(err).toMatchObject({ status: 408 });
  });
});
