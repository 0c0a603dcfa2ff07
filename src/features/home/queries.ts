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
  /** The viewer leads it: starts, resumes or retakes its assessment. */
  canStart: boolean;
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

/** The start button's words for a team: resume its draft, retake its last assessment, or start the first. */
export function startLabel(team: TeamOverview): string {
  return team.latestAssessment?.status === "draft"
    ? "Resume draft"
    : team.latestSubmittedId
      ? "Retake"
      : "Start assessment";
}
