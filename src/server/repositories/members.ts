import "server-only";
import type { OrgRole, TeamRole } from "@/domain/access/policy";
import { AppError } from "@/lib/errors";
import { db, type Tx } from "@/server/db/client";
import { revokeOpenInvitationsBy } from "./invitations";

/** People in an organisation and its teams. Callers have checked who asks. */

/** Changes a member's role; the organisation always keeps at least one admin. */
export async function setMemberRole(options: {
  organizationId: string;
  userId: string;
  role: OrgRole;
}): Promise<void> {
  const { organizationId, userId, role } = options;
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
      await revokeOpenInvitationsBy({ organizationId, userId }, tx);
  });
}

/** Removes a member from the organisation and from its teams; the last admin cannot be removed. */
export async function removeMember(options: { organizationId: string; userId: string }): Promise<void> {
  const { organizationId, userId } = options;
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
    await revokeOpenInvitationsBy({ organizationId, userId }, tx);
  });
}

/** Row-locks the organisation's memberships so that two admins demoting each other cannot leave it without one. */
async function lockMembers(tx: Tx, organizationId: string) {
  return tx.$queryRaw<{ userId: string; role: OrgRole }[]>`
    SELECT "userId", role::text AS role FROM "Membership" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
}

/**
 * Puts a member in a team as lead or member, or takes them out of it (`null`). The membership row
 * is share-locked, so a removal running at the same moment cannot leave a team role behind.
 */
export async function setTeamRole(options: {
  organizationId: string;
  teamId: string;
  userId: string;
  role: TeamRole | null;
}): Promise<void> {
  const { organizationId, teamId, userId, role } = options;
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
