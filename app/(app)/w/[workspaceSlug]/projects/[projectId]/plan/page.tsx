import type { Metadata } from "next";
import { Suspense } from "react";
import type { ProjectAccess } from "@/lib/db/access";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getPaybackSolution, getPlan } from "@/lib/db/plan";
import { listMembers } from "@/lib/db/workspaces";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { isoDate } from "@/lib/domain/dates";
import { planSearchSchema } from "@/lib/schemas/plan";
import { Alert } from "@/components/ui/alert";
import { MilestonesSection } from "./milestones-section";
import { BudgetSection } from "./budget-section";
import { PaybackSection } from "@/components/plan/payback-section";
import type { ProjectSearchPageProps } from "../page-props";

export const metadata: Metadata = { title: "Milestones & budget" };

export default async function PlanPage({ params, searchParams }: ProjectSearchPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const search = planSearchSchema.parse(await searchParams);
  const [{ milestones, lines, currency }, members] = await Promise.all([getPlan(access), listMembers(access)]);
  const today = isoDate(new Date());
  const canEdit = hasRole(access.role, "editor");
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  return (
    <main className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-lg font-semibold">Milestones &amp; budget</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Turn the chosen solution into a plan: milestones through the lifecycle phases, what each month costs, and when the value the model
          brings covers that cost. All amounts are in {currency}.
        </p>
        <nav aria-label="On this page" className="flex gap-4 text-sm">
          <a href="#milestones" className="text-brand-700 hover:underline">
            Milestones
          </a>
          <a href="#budget" className="text-brand-700 hover:underline">
            Budget
          </a>
          <a href="#payback" className="text-brand-700 hover:underline">
            Payback
          </a>
        </nav>
      </header>
      {!canEdit && <Alert tone="warning">{roleRefusal(access.role, "editor")} You can read the plan and download it.</Alert>}
      <MilestonesSection
        {...ref}
        milestones={milestones}
        members={members.map((m) => ({ id: m.id, name: m.name }))}
        today={today}
        canEdit={canEdit}
        exportHref={`${base}/plan/export/milestones`}
      />
      <BudgetSection {...ref} lines={lines} currency={currency} today={today} canEdit={canEdit} exportHref={`${base}/plan/export/budget`} />
      {/* The payback reads the solutions' value and trend verdicts: streamed in after the rest of the page. */}
      <Suspense fallback={<p role="status">Loading the payback…</p>}>
        <Payback
          access={access}
          solutionId={search.solution}
          section={{ lines, milestones, currency, today, years: search.years, scopingHref: `${base}/scoping` }}
        />
      </Suspense>
    </main>
  );
}

type PaybackProps = Omit<Parameters<typeof PaybackSection>[0], keyof Awaited<ReturnType<typeof getPaybackSolution>>>;

async function Payback({ access, solutionId, section }: { access: ProjectAccess; solutionId: string | undefined; section: PaybackProps }) {
  const payback = await getPaybackSolution(access, solutionId);
  return <PaybackSection {...payback} {...section} />;
}
