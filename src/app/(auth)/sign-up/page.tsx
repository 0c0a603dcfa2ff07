import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageTitle } from "@/components/ui/page-header";
import { SignUpForm } from "@/features/auth/components/sign-up-form";
import { getViewer } from "@/features/auth/session";
import { returnPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const returnTo = returnPath((await searchParams).next);
  if (await getViewer()) redirect(returnTo);
  return (
    <section className="max-w-md space-y-4">
      <PageTitle>Create an account</PageTitle>
      <p className="text-slate-700">
        Then create your organisation, or open the invitation link an admin sent you.
      </p>
      <SignUpForm returnTo={returnTo} />
    </section>
  );
}
