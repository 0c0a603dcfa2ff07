import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageTitle } from "@/components/ui/page-header";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { demoAccounts, singleSignOn } from "@/features/auth/queries";
import { getViewer } from "@/features/auth/session";
import { returnPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const returnTo = returnPath((await searchParams).next);
  if (await getViewer()) redirect(returnTo);
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <SignInForm
        returnTo={returnTo}
        singleSignOn={singleSignOn()}
        demo={demoAccounts()}
        title={<PageTitle>Sign in</PageTitle>}
      />
    </div>
  );
}
