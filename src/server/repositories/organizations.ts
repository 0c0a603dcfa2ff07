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
}

/** An organisation with its teams (all, or only `teamIds`) and each team's latest assessment. */
export async function findOrganizationOverview(organizationId: string, teamIds: string[] | "all"): Promise<OrganizationOverview | null> {
  const teamFilter = teamIds === "all" ? {} : { id: { in: teamIds } };
  const organization = await db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      teams: {
        where: teamFilter,
        orderBy: { name: "asc" },
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
    where: { status: "submitted", team: { organizationId: organization.id, ...teamFilter } },
    orderBy: [{ teamId: "asc" }, { submittedAt: "desc" }],
    distinct: ["teamId"],
    select: { id: true, teamId: true },
  });
  const latestSubmitted = new Map(submitted.map((a) => [a.teamId, a.id]));
  return {
    id: organization.id,
    name: organization.name,
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
