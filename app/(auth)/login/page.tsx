import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { LoginForm } from "./login-form";
import { getAuthOptions } from "@/lib/auth/config";
import { callbackPathFrom } from "@/lib/auth/callback";
import { OAUTH_REFUSAL_MESSAGES } from "@/lib/domain/auth/oauth-link";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  OAuthNoEmail: "Your sign-in provider did not share an email address, which Scopebench needs.",
  OAuthSignin: "Could not start signing in with that provider.",
  OAuthCallback: "Signing in with that provider failed. Try again.",
  SessionRequired: "Please sign in to continue.",
  ...OAUTH_REFUSAL_MESSAGES,
};

/** Notices after a step that ends on this page, by the `notice` query parameter. */
const NOTICES: Record<string, string> = {
  "password-reset": "Your password was changed and every session was signed out. Sign in with your new password.",
};

/** Lockout messages arrive as text (lib/domain/auth/rate-limit.ts); they are the only free text shown. */
const LOCKOUT = /^Too many failed sign-in attempts\. Try again in \d+ (second|seconds|minutes|hours)\.$/;

/** The message for the `error` query parameter. Anything else is anyone's text in our page, so it is not shown as such. */
function errorMessage(code: string): string {
  return ERRORS[code] ?? (LOCKOUT.test(code) ? code : "Signing in failed. Try again.");
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const error = typeof params.error === "string" ? errorMessage(params.error) : undefined;
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;
  const callbackUrl = callbackPathFrom(params.callbackUrl, "/");
  const oauth = getAuthOptions()
    .providers.filter((p) => p.id !== "credentials")
    .map((p) => ({ id: p.id, name: p.name }));
  return (
    <>
      <h1 className="text-lg font-semibold">Sign in</h1>
      {notice && (
        <Alert tone="success" className="mt-4">
          {notice}
        </Alert>
      )}
      <LoginForm callbackUrl={callbackUrl} initialError={error} oauthProviders={oauth} />
      <p className="mt-4 text-sm">
        <Link className="text-brand-600 underline" href="/forgot-password">
          Forgot password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">
        New to Scopebench?{" "}
        <Link
          className="text-brand-600 underline"
          href={`/register${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
        >
          Create an account
        </Link>
      </p>
    </>
  );
}
