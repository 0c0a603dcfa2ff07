import "server-only";
import { tokenViewer, type Viewer } from "@/domain/access/policy";
import { findApiTokenBySecret } from "@/server/repositories/api-tokens";
import { viewerFromHeaders, viewerOfUser } from "./viewer";

/**
 * Who calls the versioned API: a personal access token (`Authorization: Bearer …`), narrowed to
 * its team and scopes, or else the signed-in user's session. A token that is unknown, expired or
 * revoked is refused as such, never treated as anonymous.
 */
export type ApiCaller =
  | { kind: "token" | "session"; viewer: Viewer }
  | { kind: "refused"; reason: "missing" | "unknown" | "expired" | "revoked" };

const BEARER = /^Bearer\s+(\S{10,200})$/i;

export async function apiCallerFromHeaders(headers: Headers): Promise<ApiCaller> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const secret = BEARER.exec(authorization)?.[1];
    if (!secret) return { kind: "refused", reason: "unknown" };
    const token = await findApiTokenBySecret({ token: secret });
    if (token.state !== "valid") return { kind: "refused", reason: token.state };
    const owner = await viewerOfUser(token.userId);
    if (!owner) return { kind: "refused", reason: "unknown" };
    return { kind: "token", viewer: tokenViewer(owner, { team: token.team, scopes: token.scopes }) };
  }
  const viewer = await viewerFromHeaders(headers);
  return viewer ? { kind: "session", viewer } : { kind: "refused", reason: "missing" };
}
