import "server-only";
import { z } from "zod";
import { canCreateToken, canReadTeam, TOKEN_SCOPES, type Viewer } from "@/domain/access/policy";
import { displayNameSchema } from "@/domain/text";
import { AppError } from "@/lib/errors";
import { uuidSchema } from "@/lib/ids";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/repositories/api-tokens";
import { findTeam } from "@/server/repositories/teams";

/** Personal access tokens: made, listed and revoked by their owner, signed in (a token cannot make another). */

export const createTokenSchema = z
  .object({
    name: displayNameSchema("token's name"),
    teamId: uuidSchema,
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, "Pick at least one scope.").max(TOKEN_SCOPES.length),
    expiresInDays: z.number().int().min(1).max(365),
  })
  .strict();

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

export function listTokens(viewer: Viewer) {
  return listApiTokens({ userId: viewer.userId });
}

export async function revokeToken(viewer: Viewer, tokenId: string) {
  await revokeApiToken({ userId: viewer.userId, id: tokenId });
  return { revoked: tokenId };
}
