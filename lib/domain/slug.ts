/** URL-safe slug from a display name: lower-case ASCII words joined by dashes (accents dropped), at most `maxLength` characters; `fallback` when nothing is left. */
export function slugify(name: string, { maxLength = 40, fallback = "workspace" }: { maxLength?: number; fallback?: string } = {}): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return base || fallback;
}

/** `base`, or `base-2`, `base-3`… : the first candidate not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
