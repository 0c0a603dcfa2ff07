import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageTitle } from "@/components/ui/page-header";
import { DemoAccounts } from "@/features/auth/components/demo-accounts";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { demoAccounts, singleSignOn } from "@/features/auth/queries";
import { getViewer } from "@/features/auth/session";
import { returnPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const returnTo = returnPath((await searchParams).next);
  if (await getViewer()) redirect(returnTo);
  const demo = demoAccounts();
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <section className="space-y-4">
        <PageTitle>Sign in</PageTitle>
        <SignInForm returnTo={returnTo} singleSignOn={singleSignOn()} />
      </section>
      {demo && <DemoAccounts demo={demo} />}
    </div>
  );
}
