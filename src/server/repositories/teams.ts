import "server-only";
import { createHash } from "node:crypto";
import type { OwnershipModel, TeamStructure } from "@/domain/team";
import { AppError } from "@/lib/errors";
import { db, inTransaction, type Tx } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/errors";

/** Teams of an organisation. Callers have checked who asks. */

export interface NewTeam {
  name: string;
  businessUnit: string;
  ownershipModel: OwnershipModel;
  structure: TeamStructure;
}

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return slug || "team";
}

export async function findTeam(options: { id: string }, tx?: Tx) {
  return (tx ?? db()).team.findUnique({
    where: { id: options.id },
    select: { id: true, organizationId: true, name: true, ownershipModel: true, structure: true },
  });
}

/** The team of exactly that name in the organisation; a name that only slugs alike is another team. */
export async function findTeamByName(options: { organizationId: string; name: string }, tx?: Tx) {
  return (tx ?? db()).team.findUnique({
    where: { organizationId_name: { organizationId: options.organizationId, name: options.name } },
    select: { id: true },
  });
}

/**
 * Adds a team; its name is unique in the organisation, whatever the case. Two teams whose names
 * differ only in letters a slug cannot hold ("Команда Альфа", "Команда Бета") get different slugs.
 */
export async function createTeam(
  options: { organizationId: string; team: NewTeam },
  tx?: Tx,
): Promise<{ id: string }> {
  const { organizationId, team } = options;
  try {
    return await inTransaction(tx, async (tx) => {
      const clash = await tx.team.findFirst({
        where: { organizationId, name: { equals: team.name, mode: "insensitive" } },
        select: { name: true },
      });
      if (clash)
        throw new AppError("conflict", `A team called “${clash.name}” already exists in this organisation.`);
      return insertTeam({ organizationId, team }, tx);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(
        "conflict",
        `A team called “${team.name}” was added at the same moment. Reload the page to see it.`,
      );
    throw error;
  }
}

/** Inserts a team under a free slug: the name's own when free, else the name's with a suffix derived from the exact name. */
export async function insertTeam(
  options: { organizationId: string; team: NewTeam; id?: string },
  tx?: Tx,
): Promise<{ id: string }> {
  const { organizationId, team } = options;
  const client = tx ?? db();
  const base = slugify(team.name);
  const distinct = `${base}-${createHash("sha256").update(team.name).digest("hex").slice(0, 8)}`;
  const taken = await client.team.findMany({
    where: { organizationId, slug: { in: [base, distinct] } },
    select: { slug: true },
  });
  const slug = taken.some((t) => t.slug === base) ? distinct : base;
  return client.team.create({
    data: { ...(options.id ? { id: options.id } : {}), organizationId, slug, ...team },
    select: { id: true },
  });
}

export interface TeamSummary {
  id: string;
  name: string;
  organization: { id: string; name: string };
  latest: {
    assessmentId: string;
    submittedAt: Date;
    weakestLevel: number | null;
    evidencedWeakestLevel: number | null;
    objects: { object: string; level: number; score: number; evidencedLevel: number | null }[];
  } | null;
}

/** Teams of whole organisations and single teams (what a viewer may read), by name, each with its latest submitted result. */
export async function findTeamSummaries(options: {
  organizationIds: string[];
  teamIds: string[];
  limit: number;
}): Promise<TeamSummary[]> {
  const rows = await db().team.findMany({
    where: { OR: [{ organizationId: { in: options.organizationIds } }, { id: { in: options.teamIds } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: options.limit,
    select: {
      id: true,
      name: true,
      organization: { select: { id: true, name: true } },
      assessments: {
        where: { status: "submitted" },
        orderBy: { submittedAt: "desc" },
        take: 1,
        select: {
          id: true,
          submittedAt: true,
          result: {
            select: {
              weakestLevel: true,
              evidencedWeakestLevel: true,
              objects: { select: { object: true, level: true, score: true, evidencedLevel: true } },
            },
          },
        },
      },
    },
  });
  return rows.map(({ assessments, ...team }) => {
    const latest = assessments[0];
    return {
      ...team,
      latest:
        latest?.submittedAt && latest.result
          ? {
              assessmentId: latest.id,
              submittedAt: latest.submittedAt,
              weakestLevel: latest.result.weakestLevel,
              evidencedWeakestLevel: latest.result.evidencedWeakestLevel,
              objects: latest.result.objects.map((o) => ({ ...o, score: Number(o.score) })),
            }
          : null,
    };
  });
}

/** The id of a team's latest submitted assessment. */
export async function findLatestSubmittedId(options: { teamId: string }): Promise<string | null> {
  const row = await db().assessment.findFirst({
    where: { teamId: options.teamId, status: "submitted" },
    orderBy: { submittedAt: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}
