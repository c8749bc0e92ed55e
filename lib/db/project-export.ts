import "server-only";
import { assertRole, type ProjectAccess } from "./access";
import {
  loadCanvasBlocks,
  loadComments,
  loadConstraints,
  loadMetrics,
  loadMilestones,
  loadProblems,
  loadProjectHeader,
  metricNamesOf,
} from "./project-export-sections";
import { pagesOfBudgetLines, pagesOfMonitoringPoints, pagesOfRevisions, pagesOfRuns } from "./project-export-pages";
import { PROJECT_EXPORT_FORMAT, PROJECT_EXPORT_VERSION, type ProjectExport } from "@/lib/domain/export/format";

// The JSON export of a whole project. The document is described once, as a tree of sections that
// are either loaded whole or read page by page; exportProject builds it as one object, and
// streamProjectExport writes the same tree as JSON text a page at a time, so both always agree.

type Section =
  | { kind: "value"; load: () => Promise<unknown> | unknown }
  | { kind: "pages"; load: () => AsyncIterable<unknown[]> }
  | { kind: "object"; entries: [string, Section][] };

const value = (load: () => Promise<unknown> | unknown): Section => ({ kind: "value", load });
const paged = (load: () => AsyncIterable<unknown[]>): Section => ({ kind: "pages", load });
const object = (entries: [string, Section][]): Section => ({ kind: "object", entries });

function documentTree(access: ProjectAccess, exportedAt: Date): Section {
  const metricNames = metricNamesOf(access);
  const header = loadProjectHeader(access);
  // Mark the header as handled so a failure surfaces where it is awaited, not as an unhandled rejection.
  header.catch(() => undefined);
  const fromHeader = (key: keyof Awaited<typeof header>) => value(async () => (await header)[key]);
  return object([
    ["format", value(() => PROJECT_EXPORT_FORMAT)],
    ["version", value(() => PROJECT_EXPORT_VERSION)],
    ["exportedAt", value(() => exportedAt.toISOString())],
    [
      "project",
      object([
        ["name", fromHeader("name")],
        ["description", fromHeader("description")],
        ["stage", fromHeader("stage")],
        ["templateKey", fromHeader("templateKey")],
        ["currency", fromHeader("currency")],
        ["archived", fromHeader("archived")],
        ["constraints", value(() => loadConstraints(access))],
        ["metrics", value(() => loadMetrics(access))],
        ["problems", value(() => loadProblems(access))],
        [
          "canvas",
          object([
            ["blocks", value(() => loadCanvasBlocks(access, metricNames))],
            ["revisions", paged(() => pagesOfRevisions(access, metricNames))],
            ["comments", value(() => loadComments(access))],
          ]),
        ],
        ["milestones", value(() => loadMilestones(access))],
        ["budgetLines", paged(() => pagesOfBudgetLines(access))],
        ["runs", paged(() => pagesOfRuns(access))],
        ["monitoringPoints", paged(() => pagesOfMonitoringPoints(access))],
      ]),
    ],
  ]);
}

async function build(section: Section): Promise<unknown> {
  if (section.kind === "value") return section.load();
  if (section.kind === "pages") {
    const all: unknown[] = [];
    for await (const page of section.load()) all.push(...page);
    return all;
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of section.entries) out[key] = await build(child);
  return out;
}

async function* write(section: Section): AsyncGenerator<string> {
  if (section.kind === "value") {
    yield JSON.stringify(await section.load());
  } else if (section.kind === "pages") {
    let first = true;
    yield "[";
    for await (const page of section.load()) {
      if (page.length === 0) continue;
      yield (first ? "\n" : ",\n") + page.map((item) => JSON.stringify(item)).join(",\n");
      first = false;
    }
    yield "]";
  } else {
    yield "{";
    for (const [i, [key, child]] of section.entries.entries()) {
      yield `${i ? "," : ""}\n${JSON.stringify(key)}:`;
      yield* write(child);
    }
    yield "\n}";
  }
}

/** The whole project as one export document (viewer and up). */
export async function exportProject(access: ProjectAccess, opts: { exportedAt?: Date } = {}): Promise<ProjectExport> {
  assertRole(access, "viewer");
  return (await build(documentTree(access, opts.exportedAt ?? new Date()))) as ProjectExport;
}

/** The same document as JSON text in pieces: large lists are read and written a page at a time (viewer and up). */
export async function* streamProjectExport(access: ProjectAccess, opts: { exportedAt?: Date } = {}): AsyncGenerator<string> {
  assertRole(access, "viewer");
  yield* write(documentTree(access, opts.exportedAt ?? new Date()));
}

const CHUNK_BYTES = 64 * 1024;

/** A byte stream of the export, in chunks of about 64 KB; database reads happen as the client pulls. */
export function projectExportStream(access: ProjectAccess): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pieces = streamProjectExport(access);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let buffer = "";
      while (buffer.length < CHUNK_BYTES) {
        const next = await pieces.next();
        if (next.done) {
          if (buffer) controller.enqueue(encoder.encode(buffer));
          controller.close();
          return;
        }
        buffer += next.value;
      }
      controller.enqueue(encoder.encode(buffer));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
