// File names of downloads (reports, exports): "<slug>-report.pdf" from the project name; a PDF
// also names its paper size ("<slug>-report-a4.pdf", "<slug>-report-letter.pdf"), so the two
// downloads of one project never overwrite each other.
import { slugify } from "@/lib/domain/slug";

/** The project name as a file-name slug, at most 60 characters; "project" when it has no ASCII letters or digits. */
export function projectFileSlug(name: string): string {
  return slugify(name, { maxLength: 60, fallback: "project" });
}

export function reportFileName(projectName: string, extension: "pdf" | "md", paper?: "a4" | "letter"): string {
  return `${projectFileSlug(projectName)}-report${paper ? `-${paper}` : ""}.${extension}`;
}
