import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { findPasswordResetToken, type ResetTokenLookup } from "@/lib/db/password-reset";
import { RESET_TOKEN_REFUSAL } from "@/lib/domain/auth/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

// The token in the address is a credential: no referrer carries it to another site.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  // Looking the token up uses nothing: a mail scanner that opens the link leaves it working.
  const secret = typeof token === "string" && token.length <= 200 ? token : "";
  const found: ResetTokenLookup = secret ? await findPasswordResetToken(secret) : { state: "unknown" };
  return (
    <>
      <h1 className="text-lg font-semibold">Choose a new password</h1>
      {found.state === "valid" ? (
        <>
          <p className="mt-1 text-sm text-slate-600">
            For {found.user.email}. Setting it signs you out on every device; then sign in with the new password.
          </p>
          <ResetPasswordForm token={secret} />
        </>
      ) : (
        <>
          <Alert tone="error" className="mt-4">
            {RESET_TOKEN_REFUSAL[found.state]}
          </Alert>
          <p className="mt-4 text-sm">
            <Link className="text-brand-600 underline" href="/forgot-password">
              Request a new reset link
            </Link>
          </p>
        </>
      )}
      <p className="mt-6 text-sm text-slate-600">
        <Link className="text-brand-600 underline" href="/login">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
