import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { listGuestComments, viewSharedProject } from "@/lib/db/share-links";
import { loadSharedReportSources } from "@/lib/db/report";
import { buildProjectReport } from "@/lib/domain/report/build-report";
import { buildGlance } from "@/lib/domain/report/glance";
import { CANVAS_BLOCKS } from "@/lib/domain/canvas/blocks";
import { planSearchSchema } from "@/lib/schemas/plan";
import { shareLinkLastDay } from "@/lib/domain/sharing/expiry";
import { dateLabel } from "@/lib/domain/dates";
import { CanvasGridReadonly } from "@/components/canvas/canvas-grid-readonly";
import { SharedEvidence } from "./shared-evidence";
import { SharedPlan } from "./shared-plan";
import { GuestComments } from "./guest-comments";
import { GlanceStrip } from "./glance-strip";
import { Section } from "@/components/ui/section";

// The public, read-only page of a share link. The token in the URL is the only credential: no
// session is read, nothing links into the workspace, and no member is named (milestone owners
// appear as their team role, study authors not at all). The numbers and sentences it shares with the
// project report come from the same builder (lib/domain/report/build-report.ts), with the share
// link's focus, so a stakeholder reads the same figures here as in the PDF.

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One lookup, and so one counted view, per request: the metadata and the page share it.
const openShareLink = cache((token: string) => viewSharedProject(token));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const shared = await openShareLink(token);
  return {
    title: shared ? `${shared.access.project.name} (shared, read only)` : "Link not available",
    robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
    referrer: "no-referrer",
  };
}

export default async function SharedProjectPage({ params, searchParams }: Props) {
  const { token } = await params;
  const shared = await openShareLink(token);
  if (!shared) notFound();
  const { access, link } = shared;
  const search = planSearchSchema.parse(await searchParams);
  const [sources, comments] = await Promise.all([loadSharedReportSources(shared), link.allowComments ? listGuestComments(shared) : []]);
  const report = buildProjectReport(sources, new Date());
  const { name, description } = access.project;
  const sections = [
    { id: "canvas", label: "ML Canvas" },
    { id: "evidence", label: "Feasibility evidence" },
    { id: "plan", label: "Milestones & budget" },
    ...(link.allowComments ? [{ id: "comments", label: "Comments" }] : []),
  ];

  return (
    <div className="min-h-screen bg-slate-50 print:bg-white">
      <header className="border-b border-slate-200 bg-white print:border-0">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-2 px-4 py-2 text-xs sm:text-sm">
          <span className="font-semibold text-brand-700">Scopebench</span>
          <span className="text-slate-600">
            Read-only view shared by the project team · the link works until the end of {dateLabel(shareLinkLastDay(link.expiresAt))} (UTC)
          </span>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl space-y-12 px-4 py-4 sm:py-6 print:space-y-8 print:p-0">
        <div className="space-y-3">
          <div>
            <p className="text-xs text-slate-500">Shared project</p>
            <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
          </div>
          <GlanceStrip glance={buildGlance(report)} />
          {description && <p className="max-w-3xl whitespace-pre-line text-slate-700">{description}</p>}
          {link.allowPdf && (
            <a
              href={`/s/${token}/report/pdf`}
              download
              className="inline-flex items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 print:hidden"
            >
              Download PDF
            </a>
          )}
          <nav aria-label="On this page" className="flex flex-wrap gap-4 text-sm print:hidden">
            {sections.map((s) => (
              <a
                key={s.id}
                href={`#${s.id}`}
                className="rounded text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                {s.label}
              </a>
            ))}
          </nav>
        </div>

        <Section id="canvas" title="ML Canvas" className="scroll-mt-4 space-y-4" headingClassName="text-xl font-semibold">
          <CanvasGridReadonly blocks={sources.canvas.blocks} metrics={sources.canvas.metrics} mustBeat={report.canvas.mustBeat} />
        </Section>

        <SharedEvidence access={access} report={report} />
        <SharedPlan access={access} report={report} plan={sources.plan} years={search.years} solutionId={search.solution} />

        {link.allowComments && (
          <section id="comments" aria-labelledby="comments-heading" className="scroll-mt-4 space-y-4 print:hidden">
            <div>
              <h2 id="comments-heading" className="text-xl font-semibold">
                Comments
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-slate-600">
                The team invites your comments. Pick the canvas block you are commenting on; your name and comment go to the team, who read
                them next to that block.
              </p>
            </div>
            <GuestComments
              token={token}
              blocks={CANVAS_BLOCKS.map((b) => ({ key: b.key, title: b.title }))}
              initial={comments.map((c) => ({
                id: c.id,
                key: c.key,
                guestName: c.guestName,
                body: c.body,
                createdAt: c.createdAt.toISOString(),
              }))}
            />
          </section>
        )}
      </main>
      <footer className="mx-auto max-w-7xl px-4 pb-10 text-xs text-slate-500">
        This page is read only and shows the project as it is now. It is not indexed by search engines.
      </footer>
    </div>
  );
}
