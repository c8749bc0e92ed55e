// File names of report downloads: "<slug>-report.pdf" from the project name.

/** Lower-case ASCII words of the name joined by dashes (accents dropped), at most 60 characters; "project" when nothing is left. */
export function reportSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "project";
}

export function reportFileName(projectName: string, extension: "pdf" | "md"): string {
  return `${reportSlug(projectName)}-report.${extension}`;
}
