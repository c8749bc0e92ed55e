import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { previewInvite } from "@/lib/db/invites";
import { ROLE_DESCRIPTION, ROLE_LABEL } from "@/lib/domain/auth/roles";
import { formatDateTime } from "@/lib/utils";
import { AcceptInviteButton } from "./accept-invite-button";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  const invite = await previewInvite(token);
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {invite ? (
          <>
            <h1 className="text-xl font-semibold">Join {invite.workspaceName}</h1>
            <p className="mt-2 text-sm text-slate-700">
              You are invited as <strong>{ROLE_LABEL[invite.role]}</strong>: {ROLE_DESCRIPTION[invite.role]}
            </p>
            <p className="mt-1 text-xs text-slate-500">
              Signed in as {user.email}. The link expires {formatDateTime(invite.expiresAt)}.
            </p>
            <AcceptInviteButton token={token} />
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">This invitation is not valid</h1>
            <p className="mt-2 text-sm text-slate-700">
              It was already used, revoked, or it has expired. Ask a workspace owner for a new link.
            </p>
            <Link href="/" className="mt-4 inline-block text-brand-600 underline">
              Go to your workspace
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
