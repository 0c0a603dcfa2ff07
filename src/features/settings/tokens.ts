import "server-only";
import type { z } from "zod";
import { canCreateToken, canLeadTeam, canReadTeam, type Viewer } from "@/domain/access/policy";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/repositories/api-tokens";
import { findTeam, findTeamSummaries } from "@/server/repositories/teams";
import type { createTokenSchema } from "./schemas";

/** Personal access tokens: made, listed and revoked by their owner, signed in (a token cannot make another). */

export async function createToken(viewer: Viewer, input: z.infer<typeof createTokenSchema>) {
  if (viewer.scopes !== undefined) throw new AppError("forbidden", "A token cannot make another token.");
  const team = await findTeam({ id: input.teamId });
  if (!team || !canReadTeam(viewer, team)) throw new AppError("not-found", "This team does not exist.");
  const scopes = new Set(input.scopes);
  if (!canCreateToken(viewer, team, scopes))
    throw new AppError("forbidden", `Only a lead of ${team.name} can make a token that posts evidence.`);
  const created = await createApiToken({
    userId: viewer.userId,
    teamId: team.id,
    name: input.name,
    scopes,
    expiresInDays: input.expiresInDays,
  });
  return { id: created.id, token: created.token, expiresAt: created.expiresAt.toISOString() };
}

/** The settings page: the viewer's tokens, and the teams a token can be made for (and whether the viewer leads them). */
export async function getSettings(viewer: Viewer) {
  const wholeOrganizations = [...viewer.organizations]
    .filter(([, role]) => role !== "member")
    .map(([id]) => id);
  const [tokens, teams] = await Promise.all([
    listApiTokens({ userId: viewer.userId }),
    findTeamSummaries({ organizationIds: wholeOrganizations, teamIds: [...viewer.teams.keys()], limit: 200 }),
  ]);
  const now = Date.now();
  return {
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      team: t.team.name,
      scopes: t.scopes,
      prefix: t.prefix,
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      active: !t.revokedAt && t.expiresAt.getTime() > now,
      state: t.revokedAt
        ? `revoked ${formatDate(t.revokedAt)}`
        : t.expiresAt.getTime() <= now
          ? `expired ${formatDate(t.expiresAt)}`
          : `expires ${formatDate(t.expiresAt)}`,
    })),
    teams: teams
      .filter((t) => canReadTeam(viewer, { id: t.id, organizationId: t.organization.id }))
      .map((t) => ({
        id: t.id,
        name: t.name,
        organization: t.organization.name,
        leads: canLeadTeam(viewer, { id: t.id, organizationId: t.organization.id }),
      })),
  };
}

export async function revokeToken(viewer: Viewer, tokenId: string) {
  await revokeApiToken({ userId: viewer.userId, id: tokenId });
  return { revoked: tokenId };
}
