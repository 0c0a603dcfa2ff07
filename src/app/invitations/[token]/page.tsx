import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-header";
import { getViewer } from "@/features/auth/session";
import { AcceptInvitationButton } from "@/features/organization/components/accept-invitation-button";
import { UnusableInvitation } from "@/features/organization/components/unusable-invitation";
import { getInvitation } from "@/features/organization/queries";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

/** Whoever holds the link sees what it grants; joining needs an account. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = token.length >= 16 && token.length <= 64 ? await getInvitation(token) : null;
  if (!invitation || invitation.state !== "open")
    return <UnusableInvitation state={invitation?.state ?? null} />;
  const viewer = await getViewer();
  const here = paths.invitation(token);
  return (
    <section className="max-w-xl space-y-4">
      <PageTitle>Join {invitation.organizationName}</PageTitle>
      <p className="text-lg text-slate-700">
        You are invited as {invitation.role}
        {invitation.teamName ? `, ${invitation.teamRole} of ${invitation.teamName}` : ""}.
      </p>
      {viewer ? (
        <>
          <p className="text-slate-700">You are signed in as {viewer.email}.</p>
          <AcceptInvitationButton token={token} organizationName={invitation.organizationName} />
        </>
      ) : (
        <p className="flex flex-wrap gap-4">
          <Link href={paths.signUp(here)} className={buttonVariants()}>
            Create an account
          </Link>
          <Link href={paths.signIn(here)} className={buttonVariants({ variant: "secondary" })}>
            Sign in
          </Link>
        </p>
      )}
    </section>
  );
}
