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

function isUniqueViolation(error: unknown): boolean {
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

export async function createTeam(
  organizationId: string,
  team: { name: string; businessUnit: string; ownershipModel: OwnershipModel; structure: OrgStructure },
): Promise<{ id: string }> {
  try {
    return await db().team.create({ data: { organizationId, slug: slugify(team.name), ...team }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `A team called “${team.name}” already exists in this organisation.`);
    throw error;
  }
}

export interface OrganizationSettings {
  id: string;
  name: string;
  teams: { id: string; name: string; businessUnit: string; ownershipModel: OwnershipModel; structure: OrgStructure }[];
  members: { userId: string; name: string; email: string; role: OrgRole; teams: { teamId: string; role: TeamRole }[] }[];
  invitations: { id: string; role: OrgRole; teamName: string | null; teamRole: TeamRole | null; expiresAt: Date; createdAt: Date }[];
}

export async function findOrganizationSettings(organizationId: string): Promise<OrganizationSettings | null> {
  const organization = await db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      teams: { orderBy: { name: "asc" }, select: { id: true, name: true, businessUnit: true, ownershipModel: true, structure: true } },
      members: {
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          user: { select: { id: true, name: true, email: true, teamMemberships: { where: { team: { organizationId } }, select: { teamId: true, role: true } } } },
        },
      },
      invitations: {
        where: { acceptedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        select: { id: true, role: true, teamRole: true, expiresAt: true, createdAt: true, team: { select: { name: true } } },
      },
    },
  });
  if (!organization) return null;
  return {
    id: organization.id,
    name: organization.name,
    teams: organization.teams,
    members: organization.members.map(({ role, user }) => ({ userId: user.id, name: user.name, email: user.email, role, teams: user.teamMemberships })),
    invitations: organization.invitations.map(({ team, ...invitation }) => ({ ...invitation, teamName: team?.name ?? null })),
  };
}

/** Changes a member's role; the organisation always keeps at least one admin. */
export async function setMemberRole(organizationId: string, userId: string, role: OrgRole): Promise<void> {
  await db().$transaction(async (tx) => {
    const members = await lockMembers(tx, organizationId);
    const current = members.find((m) => m.userId === userId);
    if (!current) throw new AppError("not-found", "This person is not a member of the organisation.");
    if (current.role === "admin" && role !== "admin" && members.filter((m) => m.role === "admin").length === 1) {
      throw new AppError("conflict", "The organisation needs at least one admin: make someone else admin first.");
    }
    await tx.membership.update({ where: { organizationId_userId: { organizationId, userId } }, data: { role } });
  });
}

/** Removes a member from the organisation and from its teams; the last admin cannot be removed. */
export async function removeMember(organizationId: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const members = await lockMembers(tx, organizationId);
    const current = members.find((m) => m.userId === userId);
    if (!current) throw new AppError("not-found", "This person is not a member of the organisation.");
    if (current.role === "admin" && members.filter((m) => m.role === "admin").length === 1) {
      throw new AppError("conflict", "The organisation needs at least one admin: make someone else admin first.");
    }
    await tx.teamMember.deleteMany({ where: { userId, team: { organizationId } } });
    await tx.membership.delete({ where: { organizationId_userId: { organizationId, userId } } });
  });
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
export async function setTeamRole(organizationId: string, teamId: string, userId: string, role: TeamRole | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const team = await tx.team.findFirst({ where: { id: teamId, organizationId }, select: { id: true } });
    if (!team) throw new AppError("not-found", "This team does not exist.");
    const [membership] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId} AND "userId" = ${userId} FOR SHARE`;
    if (!membership) throw new AppError("not-found", "This person is not a member of the organisation.");
    if (role === null) await tx.teamMember.deleteMany({ where: { teamId, userId } });
    else await tx.teamMember.upsert({ where: { teamId_userId: { teamId, userId } }, create: { teamId, userId, role }, update: { role } });
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
    const team = await db().team.findFirst({ where: { id: invitation.teamId, organizationId }, select: { id: true } });
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
  const { count } = await db().invitation.deleteMany({ where: { id: invitationId, organizationId, acceptedAt: null } });
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
    select: { role: true, teamRole: true, expiresAt: true, acceptedAt: true, organization: { select: { name: true } }, team: { select: { name: true } } },
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
  return db().$transaction(async (tx) => {
    const [invitation] = await tx.$queryRaw<{ id: string; organizationId: string; role: OrgRole; teamId: string | null; teamRole: TeamRole | null; expiresAt: Date; acceptedAt: Date | null }[]>`
      SELECT id, "organizationId", role::text AS role, "teamId", "teamRole"::text AS "teamRole", "expiresAt", "acceptedAt"
      FROM "Invitation" WHERE "tokenHash" = ${hashToken(token)} FOR UPDATE`;
    if (!invitation) throw new AppError("not-found", "This invitation link is not valid.");
    if (invitation.acceptedAt) throw new AppError("conflict", "This invitation link was already used. Ask an admin for a new one.");
    if (invitation.expiresAt <= new Date()) throw new AppError("conflict", "This invitation link has expired. Ask an admin for a new one.");
    const { organizationId } = invitation;
    const existing = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
    if (!existing) await tx.membership.create({ data: { organizationId, userId, role: invitation.role } });
    else if (ORG_RANK[invitation.role] > ORG_RANK[existing.role]) {
      await tx.membership.update({ where: { organizationId_userId: { organizationId, userId } }, data: { role: invitation.role } });
    }
    if (invitation.teamId && invitation.teamRole) {
      const teamRole = invitation.teamRole;
      const current = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: invitation.teamId, userId } }, select: { role: true } });
      if (!current) await tx.teamMember.create({ data: { teamId: invitation.teamId, userId, role: teamRole } });
      else if (teamRole === "lead" && current.role !== "lead") await tx.teamMember.update({ where: { teamId_userId: { teamId: invitation.teamId, userId } }, data: { role: "lead" } });
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    return { organizationId };
  });
}
