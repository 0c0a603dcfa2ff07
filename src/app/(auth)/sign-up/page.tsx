import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/features/auth/components/sign-up-form";
import { getViewer } from "@/features/auth/session";
import { safeReturnPath } from "@/lib/api-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await getViewer()) redirect(next as Route);
  return (
    <section className="max-w-md space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Create an account</h1>
      <p className="text-slate-700">Then create your organisation, or open the invitation link an admin sent you.</p>
      <SignUpForm next={next} />
    </section>
  );
}
