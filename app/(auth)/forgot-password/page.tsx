import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-lg font-semibold">Forgot your password?</h1>
      <p className="mt-1 text-sm text-slate-600">
        Enter the email address of your account and we will send you a link to choose a new one.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-600">
        Remembered it?{" "}
        <Link className="text-brand-600 underline" href="/login">
          Sign in
        </Link>
      </p>
    </>
  );
}
