import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { OrgRole, TeamRole } from "@/domain/access/policy";
import { AppError } from "@/lib/errors";
import { db, type Tx } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/errors";

/** Invitation links into an organisation (and a team). Callers have checked who asks. */

/** A link is only as good as its creator's standing: someone removed or no longer admin leaves no open link behind. */
export async function revokeOpenInvitationsBy(
  options: { organizationId: string; userId: string },
  tx: Tx,
): Promise<void> {
  await tx.invitation.deleteMany({
    where: { organizationId: options.organizationId, invitedById: options.userId, acceptedAt: null },
  });
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new invitation link's secret: only its hash is stored, so the link is shown once. */
export async function createInvitation(options: {
  organizationId: string;
  invitedById: string;
  invitation: { role: OrgRole; teamId: string | null; teamRole: TeamRole | null; expiresInDays: number };
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  const { organizationId, invitedById, invitation } = options;
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

export async function revokeInvitation(options: {
  organizationId: string;
  invitationId: string;
}): Promise<void> {
  const { organizationId, invitationId } = options;
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

export async function findInvitation(options: { token: string }): Promise<InvitationView | null> {
  const { token } = options;
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
export async function acceptInvitation(options: {
  token: string;
  userId: string;
}): Promise<{ organizationId: string }> {
  const { token, userId } = options;
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
