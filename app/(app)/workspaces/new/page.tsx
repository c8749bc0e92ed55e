import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { NewWorkspaceForm } from "./new-workspace-form";

export const metadata: Metadata = { title: "New workspace" };
export const dynamic = "force-dynamic";

export default async function NewWorkspacePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/workspaces/new");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-semibold">New workspace</h1>
      <p className="mt-1 text-sm text-slate-600">A workspace holds projects and the people who work on them. You will be its owner.</p>
      <NewWorkspaceForm />
    </main>
  );
}
