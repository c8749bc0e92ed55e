import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getPasswordHash, getPersonalWorkspaceSlug } from "@/lib/db/users";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/account");
  const [hasPassword, home] = await Promise.all([getPasswordHash(user.id).then(Boolean), getPersonalWorkspaceSlug(user.id)]);
  return (
    <main id="main" className="mx-auto max-w-md space-y-8 px-4 py-16">
      <div>
        {home && (
          <Link className="text-sm text-brand-600 underline" href={`/w/${home}`}>
            Back to your workspace
          </Link>
        )}
        <h1 className="mt-2 text-2xl font-semibold">Account</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as {user.name} ({user.email}).
        </p>
      </div>
      <section aria-labelledby="password-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        {hasPassword ? (
          <ChangePasswordForm email={user.email} />
        ) : (
          <p className="text-sm text-slate-600">You sign in through a provider, so there is no password to change.</p>
        )}
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-600">
          Signed in on a computer you no longer use? This ends every session of your account, this one included.
        </p>
        <SignOutEverywhere />
      </section>
    </main>
  );
}
