import type { Metadata, Route } from "next";
import Link from "next/link";
import { canStartAssessment } from "@/domain/access/policy";
import { requireViewer } from "@/features/auth/session";
import { StartAssessmentButton } from "@/features/assessment/components/start-button";
import { TeamList } from "@/features/home/components/team-list";
import { getHomeOverview } from "@/features/home/queries";
import { CreateOrganizationForm } from "@/features/organization/components/create-organization-form";
import { formatOrgRole } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your teams" };

export default async function HomePage() {
  const viewer = await requireViewer("/");
  const organizations = await getHomeOverview(viewer);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">How mature is your MLOps?</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Rate your team&apos;s Data, Model and Code practice on levels L0–L4 in about twenty minutes. See which
          production risks your current level leaves open, and get an ordered plan for the next step.
        </p>
      </section>
      {organizations.length === 0 && (
        <section aria-labelledby="start-heading" className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="start-heading" className="text-xl font-semibold">
            Create your organisation
          </h2>
          <p className="text-slate-700">
            You are not in an organisation yet. Create one to add teams and invite their leads, or open the invitation link an admin sent you.
          </p>
          <CreateOrganizationForm />
        </section>
      )}
      {organizations.map((organization) => (
        <section key={organization.id} aria-labelledby={`teams-${organization.id}`} className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`teams-${organization.id}`} className="text-xl font-semibold">
              Teams of {organization.name}
            </h2>
            <p className="flex flex-wrap items-baseline gap-3 text-sm text-slate-700">
              <span>You are {formatOrgRole(organization.role)}</span>
              {organization.canViewDashboard && (
                <Link href={`/organizations/${organization.id}/dashboard` as Route} className="text-brand-700 underline">
                  Dashboard
                </Link>
              )}
              {organization.canManage && (
                <Link href={`/organizations/${organization.id}` as Route} className="text-brand-700 underline">
                  Manage teams and people
                </Link>
              )}
            </p>
          </div>
          {organization.teamCount > organization.teams.length && (
            <p className="text-sm text-slate-700">
              Showing the first {organization.teams.length} of {organization.teamCount} teams by name.{" "}
              {organization.canViewDashboard && (
                <Link href={`/organizations/${organization.id}/dashboard` as Route} className="text-brand-700 underline">
                  All of them are on the dashboard.
                </Link>
              )}
            </p>
          )}
          {organization.teams.length === 0 && !organization.canManage ? (
            <p className="text-slate-700">You are not in any team of {organization.name} yet: ask an admin to add you to one.</p>
          ) : (
            <TeamList
              teams={organization.teams}
              actions={(team) => {
                const lead = canStartAssessment(viewer, { id: team.id, organizationId: organization.id });
                return (
                  <>
                    <Link href={`/teams/${team.id}` as Route} className="py-1.5 text-brand-700 underline">
                      History<span className="sr-only"> of {team.name}</span>
                    </Link>
                    {team.latestSubmittedId && (
                      <Link href={`/assessments/${team.latestSubmittedId}/results` as Route} className="py-1.5 text-brand-700 underline">
                        Latest results<span className="sr-only"> of {team.name}</span>
                      </Link>
                    )}
                    {lead && (
                      <StartAssessmentButton
                        teamId={team.id}
                        label={team.latestAssessment?.status === "draft" ? "Resume draft" : team.latestSubmittedId ? "Retake" : "Start assessment"}
                        context={`for ${team.name}`}
                        retake={Boolean(team.latestSubmittedId)}
                      />
                    )}
                  </>
                );
              }}
            />
          )}
        </section>
      ))}
    </div>
  );
}
