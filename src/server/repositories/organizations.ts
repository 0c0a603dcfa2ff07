import "server-only";
import { db } from "@/server/db/client";

export interface TeamOverview {
  id: string;
  name: string;
  slug: string;
  businessUnit: string;
  ownershipModel: "hand_off" | "shared" | "end_to_end";
  latestSubmittedId: string | null;
  latestAssessment: {
    id: string;
    status: "draft" | "submitted";
    updatedAt: Date;
    submittedAt: Date | null;
    weakestLevel: number | null;
  } | null;
}

export interface OrganizationOverview {
  id: string;
  name: string;
  teams: TeamOverview[];
  /** How many teams match, of which `teams` holds the first (by name). */
  teamCount: number;
}

/** An organisation with its first `limit` teams by name (of all, or of `teamIds`) and each team's latest assessment. */
export async function findOrganizationOverview(organizationId: string, teamIds: string[] | "all", limit: number): Promise<OrganizationOverview | null> {
  const teamFilter = teamIds === "all" ? {} : { id: { in: teamIds } };
  const organization = await db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      teams: {
        where: teamFilter,
        orderBy: { name: "asc" },
        take: limit,
        select: {
          id: true,
          name: true,
          slug: true,
          businessUnit: true,
          ownershipModel: true,
          assessments: {
            orderBy: { updatedAt: "desc" },
            take: 1,
            select: {
              id: true,
              status: true,
              updatedAt: true,
              submittedAt: true,
              result: { select: { weakestLevel: true } },
            },
          },
        },
      },
    },
  });
  if (!organization) return null;
  // Each team's latest submitted assessment, one row per team (served by the team/status/submittedAt index).
  const submitted = await db().assessment.findMany({
    where: { status: "submitted", teamId: { in: organization.teams.map((t) => t.id) } },
    orderBy: [{ teamId: "asc" }, { submittedAt: "desc" }],
    distinct: ["teamId"],
    select: { id: true, teamId: true },
  });
  const latestSubmitted = new Map(submitted.map((a) => [a.teamId, a.id]));
  const teamCount = organization.teams.length < limit ? organization.teams.length : await db().team.count({ where: { organizationId, ...teamFilter } });
  return {
    id: organization.id,
    name: organization.name,
    teamCount,
    teams: organization.teams.map(({ assessments, ...team }) => {
      const latest = assessments[0];
      return {
        ...team,
        latestSubmittedId: latestSubmitted.get(team.id) ?? null,
        latestAssessment: latest
          ? {
              id: latest.id,
              status: latest.status,
              updatedAt: latest.updatedAt,
              submittedAt: latest.submittedAt,
              weakestLevel: latest.result?.weakestLevel ?? null,
            }
          : null,
      };
    }),
  };
}

export async function findOrganizationName(organizationId: string): Promise<string | null> {
  return (await db().organization.findUnique({ where: { id: organizationId }, select: { name: true } }))?.name ?? null;
}
