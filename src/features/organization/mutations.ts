import "server-only";
import type { z } from "zod";
import { canManageOrganization, canReadOrganization, type Viewer } from "@/domain/access/policy";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { acceptInvitation, createInvitation, revokeInvitation } from "@/server/repositories/invitations";
import { removeMember, setMemberRole, setTeamRole } from "@/server/repositories/members";
import { createOrganization, setReviewCadence } from "@/server/repositories/organizations";
import { createTeam } from "@/server/repositories/teams";
import type {
  createInvitationSchema,
  createTeamSchema,
  memberRoleSchema,
  teamMembershipSchema,
  organizationSettingsSchema,
} from "./schemas";

/**
 * Managing an organisation: only its admins may; anyone else who belongs to it is refused (403),
 * and to anyone outside it the organisation does not exist (404).
 */
function assertCanManage(viewer: Viewer, organizationId: string): void {
  if (!canReadOrganization(viewer, organizationId))
    throw new AppError("not-found", "This organisation does not exist.");
  if (!canManageOrganization(viewer, organizationId))
    throw new AppError("forbidden", "Only an admin of this organisation can change it.");
}

export function createOrganizationFor(viewer: Viewer, name: string) {
  return createOrganization({ userId: viewer.userId, name });
}

export function addTeam(viewer: Viewer, organizationId: string, team: z.infer<typeof createTeamSchema>) {
  assertCanManage(viewer, organizationId);
  return createTeam({ organizationId, team });
}

export async function invite(
  viewer: Viewer,
  organizationId: string,
  input: z.infer<typeof createInvitationSchema>,
) {
  assertCanManage(viewer, organizationId);
  const { id, token, expiresAt } = await createInvitation({
    organizationId,
    invitedById: viewer.userId,
    invitation: input,
  });
  return { id, url: `${appUrl()}/invitations/${token}`, expiresAt: expiresAt.toISOString() };
}

export async function revoke(viewer: Viewer, organizationId: string, invitationId: string) {
  assertCanManage(viewer, organizationId);
  await revokeInvitation({ organizationId, invitationId });
  return { revoked: invitationId };
}

export async function changeMemberRole(
  viewer: Viewer,
  organizationId: string,
  userId: string,
  input: z.infer<typeof memberRoleSchema>,
) {
  assertCanManage(viewer, organizationId);
  await setMemberRole({ organizationId, userId, role: input.role });
  return { userId, role: input.role };
}

export async function removeFromOrganization(viewer: Viewer, organizationId: string, userId: string) {
  assertCanManage(viewer, organizationId);
  await removeMember({ organizationId, userId });
  return { removed: userId };
}

export async function changeTeamMembership(
  viewer: Viewer,
  organizationId: string,
  userId: string,
  input: z.infer<typeof teamMembershipSchema>,
) {
  assertCanManage(viewer, organizationId);
  await setTeamRole({ organizationId, teamId: input.teamId, userId, role: input.role });
  return { userId, ...input };
}

export async function changeSettings(
  viewer: Viewer,
  organizationId: string,
  input: z.infer<typeof organizationSettingsSchema>,
) {
  assertCanManage(viewer, organizationId);
  await setReviewCadence({ organizationId, days: input.reviewCadenceDays });
  return input;
}

export function accept(viewer: Viewer, token: string) {
  return acceptInvitation({ token, userId: viewer.userId });
}
