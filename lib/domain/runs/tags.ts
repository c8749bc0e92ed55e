// Tags on pipeline runs ("ablation", "lr-sweep"): the one rule the app's form, the API upsert and
// the stored rows share. A tag is trimmed and lower-cased, then must be 1–40 characters of
// a–z, 0–9, ".", "_" or "-"; a run has at most 20, each once.

export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS_PER_RUN = 20;
const TAG_CHARS = /^[a-z0-9._-]+$/;
/** What a tag may look like before normalisation, for the OpenAPI document (surrounding spaces, any case). */
export const TAG_INPUT_PATTERN = "^\\s*[A-Za-z0-9._-]{1,40}\\s*$";

/** The stored form of a tag as typed: trimmed and lower-case. */
export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Why a tag (as typed) is refused, or null when its normalised form is a valid tag. */
export function tagProblem(raw: string): string | null {
  const tag = normalizeTag(raw);
  if (tag.length === 0) return "A tag must not be empty.";
  if (tag.length > MAX_TAG_LENGTH) return `Keep a tag to ${MAX_TAG_LENGTH} characters or fewer.`;
  if (!TAG_CHARS.test(tag)) return 'Use only letters, digits, ".", "_" and "-" in a tag (no spaces).';
  return null;
}

export type TagsResult = { ok: true; tags: string[] } | { ok: false; message: string; index?: number };

/** A list of tags as typed → the stored list (normalised, duplicates dropped, order kept), or the first problem. */
export function normalizeTags(raw: readonly string[]): TagsResult {
  const tags: string[] = [];
  for (const [index, t] of raw.entries()) {
    const problem = tagProblem(t);
    if (problem) return { ok: false, message: problem, index };
    const tag = normalizeTag(t);
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS_PER_RUN) return { ok: false, message: `A run has at most ${MAX_TAGS_PER_RUN} tags.` };
  return { ok: true, tags };
}
