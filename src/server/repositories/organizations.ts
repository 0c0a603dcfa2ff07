import "server-only";
import { randomBytes } from "node:crypto";
import type { OrgRole, TeamRole } from "@/domain/access/policy";
import type { OwnershipModel, TeamStructure } from "@/domain/team";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/errors";
import { slugify } from "./teams";

/** Organisations: creating one, and reading it for the start page, the organisation page and reports. */

/** A new organisation whose creator is its first admin. */
export async function createOrganization(options: { userId: string; name: string }): Promise<{ id: string }> {
  const { userId, name } = options;
  const base = slugify(name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    try {
      return await db().$transaction(async (tx) => {
        const organization = await tx.organization.create({ data: { name, slug }, select: { id: true } });
        await tx.membership.create({ data: { organizationId: organization.id, userId, role: "admin" } });
        return organization;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("conflict", "Could not find a free address for this organisation; try another name.");
}

export interface TeamOverview {
  id: string;
  name: string;
  slug: string;
  businessUnit: string;
  ownershipModel: OwnershipModel;
  /** The team's last submitted assessment and the levels it gave, if any. */
  lastSubmitted: {
    id: string;
    submittedAt: Date;
    weakestLevel: number | null;
    levels: Partial<Record<"data" | "model" | "code", number>>;
  } | null;
  /** The team's draft in progress (a team has at most one), if any. */
  draft: { id: string; updatedAt: Date } | null;
}

export interface OrganizationOverview {
  id: string;
  name: string;
  teams: TeamOverview[];
  /** How many teams match, of which `teams` holds the first (by name). */
  teamCount: number;
}

/** An organisation with its first `limit` teams by name (of all, or of `teamIds`) and each team's latest assessment. */
export async function findOrganizationOverview(options: {
  organizationId: string;
  teamIds: string[] | "all";
  limit: number;
}): Promise<OrganizationOverview | null> {
  const { organizationId, teamIds, limit } = options;
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
            where: { status: "draft" },
            orderBy: { updatedAt: "desc" },
            take: 1,
            select: { id: true, updatedAt: true },
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
    select: {
      id: true,
      teamId: true,
      submittedAt: true,
      result: { select: { weakestLevel: true, objects: { select: { object: true, level: true } } } },
    },
  });
  const lastSubmitted = new Map(submitted.map((a) => [a.teamId, a]));
  const teamCount =
    organization.teams.length < limit
      ? organization.teams.length
      : await db().team.count({ where: { organizationId, ...teamFilter } });
  return {
    id: organization.id,
    name: organization.name,
    teamCount,
    teams: organization.teams.map(({ assessments, ...team }) => {
      const last = lastSubmitted.get(team.id);
      return {
        ...team,
        lastSubmitted:
          last?.submittedAt && last.result
            ? {
                id: last.id,
                submittedAt: last.submittedAt,
                weakestLevel: last.result.weakestLevel,
                levels: Object.fromEntries(last.result.objects.map((o) => [o.object, o.level])),
              }
            : null,
        draft: assessments[0] ?? null,
      };
    }),
  };
}

export async function findOrganizationName(options: { organizationId: string }): Promise<string | null> {
  return (
    (await db().organization.findUnique({ where: { id: options.organizationId }, select: { name: true } }))
      ?.name ?? null
  );
}

export interface OrganizationSettings {
  id: string;
  name: string;
  reviewCadenceDays: number;
  teams: {
    id: string;
    name: string;
    businessUnit: string;
    ownershipModel: OwnershipModel;
    structure: TeamStructure;
  }[];
  members: {
    userId: string;
    name: string;
    email: string;
    role: OrgRole;
    teams: { teamId: string; role: TeamRole }[];
  }[];
  invitations: {
    id: string;
    role: OrgRole;
    teamName: string | null;
    teamRole: TeamRole | null;
    expiresAt: Date;
    createdAt: Date;
    createdBy: string | null;
  }[];
}

/** The organisation page lists the most recent open links; older ones still work until they expire. */
export const OPEN_INVITATIONS_SHOWN = 100;

export async function findOrganizationSettings(options: {
  organizationId: string;
}): Promise<OrganizationSettings | null> {
  const { organizationId } = options;
  const organization = await db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      reviewCadenceDays: true,
      teams: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, businessUnit: true, ownershipModel: true, structure: true },
      },
      members: {
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          user: {
            select: {
              id: true,
              name: true,
              email: true,
              teamMemberships: { where: { team: { organizationId } }, select: { teamId: true, role: true } },
            },
          },
        },
      },
      invitations: {
        where: { acceptedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        take: OPEN_INVITATIONS_SHOWN,
        select: {
          id: true,
          role: true,
          teamRole: true,
          expiresAt: true,
          createdAt: true,
          team: { select: { name: true } },
          invitedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!organization) return null;
  return {
    id: organization.id,
    name: organization.name,
    reviewCadenceDays: organization.reviewCadenceDays,
    teams: organization.teams,
    members: organization.members.map(({ role, user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
      role,
      teams: user.teamMemberships,
    })),
    invitations: organization.invitations.map(({ team, invitedBy, ...invitation }) => ({
      ...invitation,
      teamName: team?.name ?? null,
      createdBy: invitedBy?.name ?? null,
    })),
  };
}

export async function countOrganizations(): Promise<number> {
  return db().organization.count();
}

/** After how many days an organisation's answers are due for review. */
export async function findReviewCadence(options: { organizationId: string }): Promise<number> {
  const row = await db().organization.findUnique({
    where: { id: options.organizationId },
    select: { reviewCadenceDays: true },
  });
  return row?.reviewCadenceDays ?? 180;
}

export async function setReviewCadence(options: { organizationId: string; days: number }): Promise<void> {
  await db().organization.update({
    where: { id: options.organizationId },
    data: { reviewCadenceDays: options.days },
  });
}
