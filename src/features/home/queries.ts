import "server-only";
import { canManageOrganization, canReadWholeOrganization, type OrgRole, type Viewer } from "@/domain/access/policy";
import { findOrganizationOverview, type OrganizationOverview } from "@/server/repositories/organizations";

/** The start page lists this many teams of an organisation; the dashboard has them all. */
export const HOME_TEAM_LIMIT = 30;

export interface HomeOrganization extends OrganizationOverview {
  role: OrgRole;
  canManage: boolean;
  canViewDashboard: boolean;
}

/** Each organisation of the viewer with the teams they may see: all of them for admins and managers, their own otherwise. */
export async function getHomeOverview(viewer: Viewer): Promise<HomeOrganization[]> {
  const overviews = await Promise.all(
    [...viewer.organizations].map(async ([organizationId, role]) => {
      const teams = canReadWholeOrganization(viewer, organizationId) ? "all" : [...viewer.teams.keys()];
      const overview = await findOrganizationOverview({ organizationId, teamIds: teams, limit: HOME_TEAM_LIMIT });
      return overview ? { ...overview, role, canManage: canManageOrganization(viewer, organizationId), canViewDashboard: canReadWholeOrganization(viewer, organizationId) } : null;
    }),
  );
  return overviews.filter((o): o is HomeOrganization => o !== null).sort((a, b) => a.name.localeCompare(b.name));
}
