import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RegisterForm } from "./register-form";
import { callbackPathFrom } from "@/lib/auth/callback";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = callbackPathFrom(params.callbackUrl, undefined);
  return (
    <>
      <h1 className="text-lg font-semibold">Create your account</h1>
      <p className="mt-1 text-sm text-slate-600">You get a personal workspace; invite your team to it later.</p>
      <RegisterForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm text-slate-600">
        Already have an account?{" "}
        <Link className="text-brand-600 underline" href="/login">
          Sign in
        </Link>
      </p>
    </>
  );
}
