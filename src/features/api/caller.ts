import "server-only";
import type { Viewer } from "@/domain/access/policy";
import { isCrossSite } from "@/lib/http/cross-site";
import { failure } from "@/lib/route";
import { apiCallerFromHeaders } from "@/server/auth/api-caller";

const REFUSALS = {
  missing: "Sign in, or send a personal access token (Authorization: Bearer …).",
  unknown: "This token is not valid.",
  expired: "This token has expired: make a new one on the settings page.",
  revoked: "This token was revoked: make a new one on the settings page.",
} as const;

/**
 * For /api/v1 route handlers: runs with the caller (a token narrowed to its team and scopes, or the
 * signed-in user). A refused token answers 401 and says why; a cookie-authenticated write from
 * another site answers 403. Authorisation of the thing asked for is the handler's next step.
 */
export async function withApiCaller(
  request: Request,
  run: (viewer: Viewer) => Promise<Response>,
): Promise<Response> {
  const caller = await apiCallerFromHeaders(request.headers);
  if (caller.kind === "refused") {
    const response = failure(401, REFUSALS[caller.reason]);
    response.headers.set("www-authenticate", 'Bearer realm="mlops-maturity"');
    return response;
  }
  if (caller.kind === "session" && request.method !== "GET" && isCrossSite(request))
    return failure(403, "Cross-site requests are refused.");
  return run(caller.viewer);
}
