import { HttpProblem } from "./problem";

/** The query string as an object; a parameter given twice is refused rather than guessed. */
export function queryObject(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    if (key in out) throw new HttpProblem(400, `The query parameter "${key.slice(0, 50)}" is given more than once.`);
    out[key] = value;
  }
  return out;
}
