import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { TokenScope } from "@/domain/access/policy";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db/client";

/**
 * Personal access tokens. The secret is shown once, when made; only its SHA-256 is stored (a
 * token is 192 random bits, so a fast hash is enough: nothing to guess from it). Callers have
 * checked who asks.
 */

const TOKEN_PREFIX = "mmt_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface TokenView {
  id: string;
  name: string;
  team: { id: string; name: string };
  scopes: TokenScope[];
  prefix: string;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

const scopesOf = (row: { readResults: boolean; writeEvidence: boolean }): TokenScope[] => [
  ...(row.readResults ? (["results:read"] as const) : []),
  ...(row.writeEvidence ? (["evidence:write"] as const) : []),
];

export async function createApiToken(options: {
  userId: string;
  teamId: string;
  name: string;
  scopes: ReadonlySet<TokenScope>;
  expiresInDays: number;
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + options.expiresInDays * 86_400_000);
  const row = await db().apiToken.create({
    data: {
      userId: options.userId,
      teamId: options.teamId,
      name: options.name,
      readResults: options.scopes.has("results:read"),
      writeEvidence: options.scopes.has("evidence:write"),
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt,
    },
    select: { id: true },
  });
  return { id: row.id, token, expiresAt };
}

/** A person's tokens, newest first (revoked ones too, so the list tells what happened to each). */
export async function listApiTokens(options: { userId: string }): Promise<TokenView[]> {
  const rows = await db().apiToken.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      name: true,
      readResults: true,
      writeEvidence: true,
      prefix: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      team: { select: { id: true, name: true } },
    },
  });
  return rows.map(({ readResults, writeEvidence, ...row }) => ({
    ...row,
    scopes: scopesOf({ readResults, writeEvidence }),
  }));
}

export async function revokeApiToken(options: { userId: string; id: string }): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id: options.id, userId: options.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("not-found", "This token does not exist or was already revoked.");
}

export type TokenLookup =
  | { state: "valid"; userId: string; team: { id: string; organizationId: string }; scopes: Set<TokenScope> }
  | { state: "unknown" | "expired" | "revoked" };

/** The token behind a secret, and whether it may still be used; a valid one records its use (at most once a minute). */
export async function findApiTokenBySecret(options: { token: string }): Promise<TokenLookup> {
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(options.token) },
    select: {
      id: true,
      userId: true,
      readResults: true,
      writeEvidence: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      team: { select: { id: true, organizationId: true } },
    },
  });
  if (!row) return { state: "unknown" };
  if (row.revokedAt) return { state: "revoked" };
  const now = new Date();
  if (row.expiresAt <= now) return { state: "expired" };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { state: "valid", userId: row.userId, team: row.team, scopes: new Set(scopesOf(row)) };
}
