import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/features/auth/session";
import { CreateTeamForm } from "@/features/organization/components/create-team-form";
import { ImportForm } from "@/features/organization/components/import-form";
import { InviteForm } from "@/features/organization/components/invite-form";
import { MemberList } from "@/features/organization/components/member-list";
import { RevokeInvitationButton } from "@/features/organization/components/revoke-invitation-button";
import { getOrganizationSettings } from "@/features/organization/queries";
import { formatDate, formatOwnershipModel, formatStructure } from "@/lib/format";
import { uuidSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Organisation" };

/** The admin's page: teams, people and their roles, invitation links. Anyone else gets "not found". */
export default async function OrganizationPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const rawId = (await params).organizationId;
  const viewer = await requireViewer(`/organizations/${rawId}`);
  const id = uuidSchema.safeParse(rawId);
  const settings = id.success ? await getOrganizationSettings(viewer, id.data) : null;
  if (!settings) notFound();
  const teams = settings.teams.map((t) => ({ id: t.id, name: t.name }));

  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{settings.name}</h1>

      <section aria-labelledby="teams-heading" className="space-y-4">
        <h2 id="teams-heading" className="text-2xl font-semibold">
          Teams
        </h2>
        {settings.teams.length === 0 ? (
          <p className="text-slate-700">No teams yet: add the first one below, then invite its lead.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Teams">
            {settings.teams.map((team) => (
              <li key={team.id} className="px-4 py-3">
                <p className="font-medium">{team.name}</p>
                <p className="text-sm text-slate-600">
                  {team.businessUnit} · {formatOwnershipModel(team.ownershipModel)} · {formatStructure(team.structure)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <details className="rounded-lg border border-slate-200 bg-white p-4" open={settings.teams.length === 0}>
          <summary className="cursor-pointer font-medium text-brand-700">Add a team</summary>
          <div className="pt-4">
            <CreateTeamForm organizationId={settings.id} />
          </div>
        </details>
      </section>

      <section aria-labelledby="invite-heading" className="space-y-4">
        <h2 id="invite-heading" className="text-2xl font-semibold">
          Invite people
        </h2>
        <p className="max-w-2xl text-slate-700">An invitation is a link: whoever opens it signs in (or creates an account) and joins with the role you choose here.</p>
        <InviteForm organizationId={settings.id} teams={teams} />
        {settings.invitations.length > 0 && (
          <>
            <h3 className="text-lg font-semibold">Open invitations</h3>
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Open invitations">
              {settings.invitations.map((invitation) => {
                const label = `${invitation.role}${invitation.teamName ? `, ${invitation.teamRole} of ${invitation.teamName}` : ""}`;
                return (
                  <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                    <span>
                      {label} · created {formatDate(invitation.createdAt)}
                      {invitation.createdBy ? ` by ${invitation.createdBy}` : ""} · expires {formatDate(invitation.expiresAt)}
                    </span>
                    <RevokeInvitationButton organizationId={settings.id} invitationId={invitation.id} label={label} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="import-heading" className="space-y-4">
        <h2 id="import-heading" className="text-2xl font-semibold">
          Import an assessment
        </h2>
        <p className="max-w-2xl text-slate-700">
          A file from “Export JSON” on any results page, of this or another organisation or installation. It lands in the team of the same name (created if missing), scored again by this
          installation; the questionnaire version must be the same.
        </p>
        <ImportForm organizationId={settings.id} />
      </section>

      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-2xl font-semibold">
          People
        </h2>
        <MemberList organizationId={settings.id} members={settings.members} teams={teams} viewerId={viewer.userId} />
      </section>
    </div>
  );
}
