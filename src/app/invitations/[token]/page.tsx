import type { Metadata, Route } from "next";
import Link from "next/link";
import { getViewer } from "@/features/auth/session";
import { AcceptInvitationButton } from "@/features/organization/components/accept-invitation-button";
import { getInvitation } from "@/features/organization/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

/** Whoever holds the link sees what it grants; joining needs an account. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = token.length >= 16 && token.length <= 64 ? await getInvitation(token) : null;
  if (!invitation || invitation.state !== "open") {
    return (
      <section className="max-w-xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">This invitation cannot be used</h1>
        <p className="text-slate-700">
          {invitation?.state === "used"
            ? "It was already used: each link works once."
            : invitation?.state === "expired"
              ? "It has expired."
              : "The link is not valid: check that it was copied whole."}{" "}
          Ask an admin of the organisation for a new link.
        </p>
      </section>
    );
  }
  const viewer = await getViewer();
  const here = `/invitations/${token}`;
  return (
    <section className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Join {invitation.organizationName}</h1>
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
          <Link href={`/sign-up?next=${encodeURIComponent(here)}` as Route} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Create an account
          </Link>
          <Link href={`/sign-in?next=${encodeURIComponent(here)}` as Route} className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium">
            Sign in
          </Link>
        </p>
      )}
    </section>
  );
}
