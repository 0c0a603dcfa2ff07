import "server-only";
import {
  canManageOrganization,
  canReadWholeOrganization,
  canStartAssessment,
  type OrgRole,
  type Viewer,
} from "@/domain/access/policy";
import {
  findOrganizationOverview,
  type OrganizationOverview,
  type TeamOverview,
} from "@/server/repositories/organizations";

/** The start page lists this many teams of an organisation; the dashboard has them all. */
export const HOME_TEAM_LIMIT = 30;

export interface HomeTeam extends TeamOverview {
  /** The viewer may start, resume or retake its assessment (they lead it, or they are an admin). */
  canStart: boolean;
  /** The viewer is the team's lead (named at the top of the start page). */
  leads: boolean;
}

export interface HomeOrganization extends OrganizationOverview {
  teams: HomeTeam[];
  role: OrgRole;
  canManage: boolean;
  canViewDashboard: boolean;
}

/** Each organisation of the viewer with the teams they may see: all of them for admins and managers, their own otherwise. */
export async function getHomeOverview(viewer: Viewer): Promise<HomeOrganization[]> {
  const overviews = await Promise.all(
    [...viewer.organizations].map(async ([organizationId, role]) => {
      const visible = canReadWholeOrganization(viewer, organizationId) ? "all" : [...viewer.teams.keys()];
      const overview = await findOrganizationOverview({
        organizationId,
        teamIds: visible,
        limit: HOME_TEAM_LIMIT,
      });
      if (!overview) return null;
      const teams = overview.teams.map((team) => ({
        ...team,
        canStart: canStartAssessment(viewer, { id: team.id, organizationId }),
        leads: viewer.teams.get(team.id) === "lead",
      }));
      return {
        ...overview,
        teams,
        role,
        canManage: canManageOrganization(viewer, organizationId),
        canViewDashboard: canReadWholeOrganization(viewer, organizationId),
      };
    }),
  );
  return overviews
    .filter((o): o is HomeOrganization => o !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A first visit: the viewer's teams have never been assessed (or there are none), so the page introduces the product. */
export function isFirstVisit(organizations: HomeOrganization[]): boolean {
  return organizations.every((o) => o.teams.every((team) => !team.lastSubmitted && !team.draft));
}

/** The teams the viewer leads, by name, for the greeting at the top of the start page. */
export function ledTeams(organizations: HomeOrganization[]): HomeTeam[] {
  return organizations.flatMap((o) => o.teams.filter((team) => team.leads));
}

/** The start button's words for a team without a draft: retake its last assessment, or start the first. */
export function startLabel(team: TeamOverview): string {
  return team.lastSubmitted ? "Retake" : "Start assessment";
}
