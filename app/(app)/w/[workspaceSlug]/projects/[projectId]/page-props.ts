// The props Next.js hands the pages and layout below a project's route (`/w/[workspaceSlug]/projects/[projectId]`).

/** The route's ids; the page resolves them to an access object with `pageProjectAccess`. */
export type ProjectPageProps = { params: Promise<{ workspaceSlug: string; projectId: string }> };

/** The same, with the query string, for pages that parse it with a `lib/schemas` schema. */
export type ProjectSearchPageProps = ProjectPageProps & { searchParams: Promise<Record<string, string | string[] | undefined>> };
