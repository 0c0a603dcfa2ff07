import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { OrgRole, TeamRole } from "@/domain/access/policy";
import type { OrgStructure, OwnershipModel } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db/client";

/** Organisations, their teams and members, and invitation links. Callers have checked who asks. */

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

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A new organisation whose creator is its first admin. */
export async function createOrganization(userId: string, name: string): Promise<{ id: string }> {
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

export type NewTeam = {
  name: string;
  businessUnit: string;
  ownershipModel: OwnershipModel;
  structure: OrgStructure;
};

/**
 * Adds a team; its name is unique in the organisation, whatever the case. Two teams whose names
 * differ only in letters a slug cannot hold ("Команда Альфа", "Команда Бета") get different slugs.
 */
export async function createTeam(organizationId: string, team: NewTeam): Promise<{ id: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const clash = await tx.team.findFirst({
        where: { organizationId, name: { equals: team.name, mode: "insensitive" } },
        select: { name: true },
      });
      if (clash)
        throw new AppError("conflict", `A team called “${clash.name}” already exists in this organisation.`);
      return insertTeam(tx, organizationId, team);
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
  tx: Prisma.TransactionClient,
  organizationId: string,
  team: NewTeam,
): Promise<{ id: string }> {
  const base = slugify(team.name);
  const distinct = `${base}-${createHash("sha256").update(team.name).digest("hex").slice(0, 8)}`;
  const taken = await tx.team.findMany({
    where: { organizationId, slug: { in: [base, distinct] } },
    select: { slug: true },
  });
  const slug = taken.some((t) => t.slug === base) ? distinct : base;
  return tx.team.create({ data: { organizationId, slug, ...team }, select: { id: true } });
}

export interface OrganizationSettings {
  id: string;
  name: string;
  teams: {
    id: string;
    name: string;
    businessUnit: string;
    ownershipModel: OwnershipModel;
    structure: OrgStructure;
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

export async function findOrganizationSettings(organizationId: string): Promise<OrganizationSettings | null> {
  const organization = await db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
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

/** Changes a member's role; the organisation always keeps at least one admin. */
export async function setMemberRole(organizationId: string, userId: string, role: OrgRole): Promise<void> {
  await db().$transaction(async (tx) => {
    const members = await lockMembers(tx, organizationId);
    const current = members.find((m) => m.userId === userId);
    if (!current) throw new AppError("not-found", "This person is not a member of the organisation.");
    if (
      current.role === "admin" &&
      role !== "admin" &&
      members.filter((m) => m.role === "admin").length === 1
    ) {
      throw new AppError(
        "conflict",
        "The organisation needs at least one admin: make someone else admin first.",
      );
    }
    await tx.membership.update({
      where: { organizationId_userId: { organizationId, userId } },
      data: { role },
    });
    if (current.role === "admin" && role !== "admin")
      await revokeOpenInvitationsBy(tx, organizationId, userId);
  });
}

/** Removes a member from the organisation and from its teams; the last admin cannot be removed. */
export async function removeMember(organizationId: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const members = await lockMembers(tx, organizationId);
    const current = members.find((m) => m.userId === userId);
    if (!current) throw new AppError("not-found", "This person is not a member of the organisation.");
    if (current.role === "admin" && members.filter((m) => m.role === "admin").length === 1) {
      throw new AppError(
        "conflict",
        "The organisation needs at least one admin: make someone else admin first.",
      );
    }
    await tx.teamMember.deleteMany({ where: { userId, team: { organizationId } } });
    await tx.membership.delete({ where: { organizationId_userId: { organizationId, userId } } });
    await revokeOpenInvitationsBy(tx, organizationId, userId);
  });
}

/** A link is only as good as its creator's standing: someone removed or no longer admin leaves no open link behind. */
async function revokeOpenInvitationsBy(
  tx: Prisma.TransactionClient,
  organizationId: string,
  userId: string,
): Promise<void> {
  await tx.invitation.deleteMany({ where: { organizationId, invitedById: userId, acceptedAt: null } });
}

/** Row-locks the organisation's memberships so that two admins demoting each other cannot leave it without one. */
async function lockMembers(tx: Prisma.TransactionClient, organizationId: string) {
  return tx.$queryRaw<{ userId: string; role: OrgRole }[]>`
    SELECT "userId", role::text AS role FROM "Membership" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
}

/**
 * Puts a member in a team as lead or member, or takes them out of it (`null`). The membership row
 * is share-locked, so a removal running at the same moment cannot leave a team role behind.
 */
export async function setTeamRole(
  organizationId: string,
  teamId: string,
  userId: string,
  role: TeamRole | null,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const team = await tx.team.findFirst({ where: { id: teamId, organizationId }, select: { id: true } });
    if (!team) throw new AppError("not-found", "This team does not exist.");
    const [membership] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId} AND "userId" = ${userId} FOR SHARE`;
    if (!membership) throw new AppError("not-found", "This person is not a member of the organisation.");
    if (role === null) await tx.teamMember.deleteMany({ where: { teamId, userId } });
    else
      await tx.teamMember.upsert({
        where: { teamId_userId: { teamId, userId } },
        create: { teamId, userId, role },
        update: { role },
      });
  });
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new invitation link's secret: only its hash is stored, so the link is shown once. */
export async function createInvitation(
  organizationId: string,
  invitedById: string,
  invitation: { role: OrgRole; teamId: string | null; teamRole: TeamRole | null; expiresInDays: number },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  if (invitation.teamId) {
    const team = await db().team.findFirst({
      where: { id: invitation.teamId, organizationId },
      select: { id: true },
    });
    if (!team) throw new AppError("not-found", "This team does not exist.");
  }
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + invitation.expiresInDays * 24 * 60 * 60 * 1000);
  const row = await db().invitation.create({
    data: {
      organizationId,
      invitedById,
      tokenHash: hashToken(token),
      role: invitation.role,
      teamId: invitation.teamId,
      teamRole: invitation.teamId ? (invitation.teamRole ?? "member") : null,
      expiresAt,
    },
    select: { id: true },
  });
  return { id: row.id, token, expiresAt };
}

export async function revokeInvitation(organizationId: string, invitationId: string): Promise<void> {
  const { count } = await db().invitation.deleteMany({
    where: { id: invitationId, organizationId, acceptedAt: null },
  });
  if (count === 0) throw new AppError("not-found", "This invitation does not exist or was already used.");
}

export interface InvitationView {
  organizationName: string;
  role: OrgRole;
  teamName: string | null;
  teamRole: TeamRole | null;
  state: "open" | "expired" | "used";
}

export async function findInvitation(token: string): Promise<InvitationView | null> {
  const row = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      role: true,
      teamRole: true,
      expiresAt: true,
      acceptedAt: true,
      organization: { select: { name: true } },
      team: { select: { name: true } },
    },
  });
  if (!row) return null;
  return {
    organizationName: row.organization.name,
    role: row.role,
    teamName: row.team?.name ?? null,
    teamRole: row.teamRole,
    state: row.acceptedAt ? "used" : row.expiresAt <= new Date() ? "expired" : "open",
  };
}

const ORG_RANK: Record<OrgRole, number> = { member: 0, manager: 1, admin: 2 };

/**
 * Joins the user to the invitation's organisation (and team). Links are single-use: the row is
 * locked, checked and marked used in one transaction. An existing higher role is kept.
 */
export async function acceptInvitation(token: string, userId: string): Promise<{ organizationId: string }> {
  return db()
    .$transaction(async (tx) => {
      const [invitation] = await tx.$queryRaw<
        {
          id: string;
          organizationId: string;
          role: OrgRole;
          teamId: string | null;
          teamRole: TeamRole | null;
          invitedById: string | null;
          expiresAt: Date;
          acceptedAt: Date | null;
        }[]
      >`
      SELECT id, "organizationId", role::text AS role, "teamId", "teamRole"::text AS "teamRole", "invitedById", "expiresAt", "acceptedAt"
      FROM "Invitation" WHERE "tokenHash" = ${hashToken(token)} FOR UPDATE`;
      if (!invitation) throw new AppError("not-found", "This invitation link is not valid.");
      if (invitation.acceptedAt)
        throw new AppError("conflict", "This invitation link was already used. Ask an admin for a new one.");
      if (invitation.expiresAt <= new Date())
        throw new AppError("conflict", "This invitation link has expired. Ask an admin for a new one.");
      const { organizationId } = invitation;
      // Its creator's links are revoked when they stop being an admin; this covers links from before that rule.
      const creator = invitation.invitedById
        ? await tx.membership.findUnique({
            where: { organizationId_userId: { organizationId, userId: invitation.invitedById } },
            select: { role: true },
          })
        : null;
      if (creator?.role !== "admin")
        throw new AppError(
          "conflict",
          "This invitation link was revoked: the admin who made it no longer manages the organisation. Ask an admin for a new one.",
        );
      const existing = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId, userId } },
        select: { role: true },
      });
      if (!existing) await tx.membership.create({ data: { organizationId, userId, role: invitation.role } });
      else if (ORG_RANK[invitation.role] > ORG_RANK[existing.role]) {
        await tx.membership.update({
          where: { organizationId_userId: { organizationId, userId } },
          data: { role: invitation.role },
        });
      }
      if (invitation.teamId && invitation.teamRole) {
        const teamRole = invitation.teamRole;
        const current = await tx.teamMember.findUnique({
          where: { teamId_userId: { teamId: invitation.teamId, userId } },
          select: { role: true },
        });
        if (!current)
          await tx.teamMember.create({ data: { teamId: invitation.teamId, userId, role: teamRole } });
        else if (teamRole === "lead" && current.role !== "lead")
          await tx.teamMember.update({
            where: { teamId_userId: { teamId: invitation.teamId, userId } },
            data: { role: "lead" },
          });
      }
      await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
      return { organizationId };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new AppError(
          "conflict",
          "You joined this organisation through another link at the same moment. Reload the page.",
        );
      throw error;
    });
}
