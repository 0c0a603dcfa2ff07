import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isCrossSite } from "@/lib/http/cross-site";
import { withQuery } from "@/lib/paths";
import { failure } from "@/lib/route";
import { signedSessionToken } from "@/server/auth/session-token";
import { viewerFromHeaders, type SignedInUser } from "@/server/auth/viewer";

export type { SignedInUser };

/** The signed-in user of the page being rendered (one lookup per request), or null. */
export const getViewer = cache(async (): Promise<SignedInUser | null> => viewerFromHeaders(await headers()));

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<SignedInUser> {
  const viewer = await getViewer();
  if (!viewer) redirect(withQuery("/sign-in", { next: returnTo }));
  return viewer;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SESSION_ENDED = "Your session has ended. Sign in again; nothing was changed.";

/**
 * For route handlers: refuses cross-site writes (Origin or Fetch Metadata from another site) and
 * anonymous requests, then runs with the signed-in user. Authorisation of the thing asked for is
 * the handler's next step, through domain/access/policy.
 */
export async function withViewer(
  request: Request,
  run: (viewer: SignedInUser) => Promise<Response>,
): Promise<Response> {
  if (!SAFE_METHODS.has(request.method) && isCrossSite(request))
    return failure(403, "Cross-site requests are refused.");
  const viewer = await viewerFromHeaders(request.headers);
  if (!viewer) return failure(401, SESSION_ENDED);
  return run(viewer);
}

/**
 * For the autosave route, the hottest write: refuses cross-site writes like withViewer, then hands
 * over the session token of a correctly signed cookie without reading the database (a missing or
 * forged cookie gets the same 401 as withViewer). The handler's statement must check the session
 * itself (it exists, has not expired) together with the viewer's memberships, so that a signed-out
 * or revoked session and a removed role count at once; when it refuses, the handler asks
 * withViewer and the use-case for the exact answer.
 */
export async function withSessionToken(
  request: Request,
  run: (sessionToken: string) => Promise<Response>,
): Promise<Response> {
  if (!SAFE_METHODS.has(request.method) && isCrossSite(request))
    return failure(403, "Cross-site requests are refused.");
  const token = await signedSessionToken(request.headers);
  if (!token) return failure(401, SESSION_ENDED);
  return run(token);
}
