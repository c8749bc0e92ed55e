// Short summaries of OpenLineage jobs and datasets, kept with them for the run and lineage pages:
// the schema's first fields and the names of the facets, never the facets' whole content (a
// column-lineage facet can be megabytes).
const MAX_FIELDS = 50;
const MAX_FACETS = 50;
const MAX_TEXT = 200;

export type DatasetSummary = { fields?: { name: string; type?: string }[]; fieldCount?: number; facets?: string[] };
export type JobSummary = { integration?: string; jobType?: string; processingType?: string; facets?: string[] };

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function facetNames(...groups: (Record<string, unknown> | undefined)[]): string[] {
  const names = new Set<string>();
  for (const g of groups) for (const k of Object.keys(g ?? {})) if (names.size < MAX_FACETS) names.add(clip(k));
  return [...names].sort();
}

/** Schema fields (first 50, name and type) and facet names of a dataset as one event describes it; {} when it says nothing. */
export function summarizeDataset(d: {
  facets?: Record<string, unknown>;
  inputFacets?: Record<string, unknown>;
  outputFacets?: Record<string, unknown>;
}): DatasetSummary {
  const out: DatasetSummary = {};
  const fields = record(d.facets?.schema)?.fields;
  if (Array.isArray(fields)) {
    out.fieldCount = fields.length;
    out.fields = fields.slice(0, MAX_FIELDS).flatMap((f) => {
      const r = record(f);
      if (!r || typeof r.name !== "string") return [];
      return [{ name: clip(r.name), ...(typeof r.type === "string" ? { type: clip(r.type) } : {}) }];
    });
  }
  const facets = facetNames(d.facets, d.inputFacets, d.outputFacets);
  if (facets.length) out.facets = facets;
  return out;
}

/** The jobType facet and the facet names of a job. */
export function summarizeJob(facets: Record<string, unknown> | undefined, producer?: string): JobSummary & { producer?: string } {
  const jt = record(facets?.jobType);
  const str = (v: unknown) => (typeof v === "string" && v ? clip(v) : undefined);
  const out: JobSummary & { producer?: string } = {};
  const integration = str(jt?.integration);
  const jobType = str(jt?.jobType);
  const processingType = str(jt?.processingType);
  if (integration) out.integration = integration;
  if (jobType) out.jobType = jobType;
  if (processingType) out.processingType = processingType;
  if (producer) out.producer = clip(producer);
  const names = facetNames(facets);
  if (names.length) out.facets = names;
  return out;
}

/** Reads a stored summary back (JSON from the database) without trusting its shape. */
export function readDatasetSummary(value: unknown): DatasetSummary {
  const r = record(value) ?? {};
  const fields = Array.isArray(r.fields)
    ? r.fields.flatMap((f) => {
        const x = record(f);
        return x && typeof x.name === "string" ? [{ name: x.name, type: typeof x.type === "string" ? x.type : undefined }] : [];
      })
    : undefined;
  return {
    fields,
    fieldCount: typeof r.fieldCount === "number" ? r.fieldCount : undefined,
    facets: Array.isArray(r.facets) ? r.facets.filter((x): x is string => typeof x === "string") : undefined,
  };
}

export function readJobSummary(value: unknown): JobSummary {
  const r = record(value) ?? {};
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  return { integration: str(r.integration), jobType: str(r.jobType), processingType: str(r.processingType) };
}
