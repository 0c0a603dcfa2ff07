import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token, error } = await searchParams;
  return (
    <section className="max-w-md space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Choose a new password</h1>
      {token && !error ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="text-slate-700">
          This reset link is not valid any more (it works once, for one hour).{" "}
          <Link href="/forgot-password" className="text-brand-700 underline">
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </section>
  );
}
