import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";
import { formatOrgRole } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { HomeOrganization, HomeTeam } from "../queries";
import { TeamList } from "./team-list";

/** One organisation on the start page: the viewer's role, links for admins and managers, and its teams. */
export function OrganizationTeams({
  organization,
  startButton,
}: {
  organization: HomeOrganization;
  startButton: (team: HomeTeam) => ReactNode;
}) {
  const dashboard = paths.dashboard(organization.id);
  return (
    <section aria-labelledby={`teams-${organization.id}`} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`teams-${organization.id}`} className="text-xl font-semibold">
          Teams of {organization.name}
        </h2>
        <p className="flex flex-wrap items-baseline gap-3 text-sm text-slate-700">
          <span>You are {formatOrgRole(organization.role)}</span>
          {organization.canViewDashboard && <TextLink href={dashboard}>Dashboard</TextLink>}
          {organization.canManage && (
            <TextLink href={paths.organization(organization.id)}>Manage teams and people</TextLink>
          )}
        </p>
      </div>
      {organization.teamCount > organization.teams.length && (
        <p className="text-sm text-slate-700">
          Showing the first {organization.teams.length} of {organization.teamCount} teams by name.{" "}
          {organization.canViewDashboard && (
            <TextLink href={dashboard}>All of them are on the dashboard.</TextLink>
          )}
        </p>
      )}
      {organization.teams.length > 0 ? (
        <TeamList teams={organization.teams} startButton={startButton} />
      ) : organization.canManage ? (
        <p className="text-slate-700">
          No teams yet. <TextLink href={paths.organization(organization.id)}>Add the first team</TextLink>,
          then invite its lead to take the assessment.
        </p>
      ) : (
        <p className="text-slate-700">
          You are not in any team of {organization.name} yet: ask an admin to add you to one.
        </p>
      )}
    </section>
  );
}
