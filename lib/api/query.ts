import { isSafeText } from "@/lib/domain/safe-input";
import { HttpProblem } from "./problem";

/**
 * The query string as an object; a parameter given twice is refused rather than guessed, and so
 * is one whose name or value breaks the input rule (NUL, control characters, lone surrogates).
 */
export function queryObject(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    if (!isSafeText(key) || !isSafeText(value))
      throw new HttpProblem(400, "The query string contains NUL, a control character or an unpaired surrogate; remove it.");
    if (key in out) throw new HttpProblem(400, `The query parameter "${key.slice(0, 50)}" is given more than once.`);
    out[key] = value;
  }
  return out;
}
