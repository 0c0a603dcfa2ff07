import type { FindingsDocument } from "@/domain/evidence/findings";

/**
 * Sends a scan's findings to the app: `POST /api/v1/teams/{id}/evidence` with the body
 * `{ "findings": <findings document> }` and `Authorization: Bearer <token>`. The user passes the
 * address of the team as the app shows it (`https://host/teams/{id}`); the API address is derived
 * from it, keeping any path the app is served under. The team's assessments use its newest scan.
 */
export class PostError extends Error {
  override name = "PostError";
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function evidenceEndpoint(teamUrl: string): URL {
  let url: URL;
  try {
    url = new URL(teamUrl);
  } catch {
    throw new PostError(`not an address: ${teamUrl} (expected https://<app>/teams/<id>)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new PostError(`the team address must start with https:// (got ${url.protocol})`);
  // A token sent in clear could be read on the way; plain http is for an app on this machine only.
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname))
    throw new PostError("the team address must use https:// (plain http only for localhost)");
  if (url.username || url.password)
    throw new PostError(
      "the team address must not contain a user name or password; pass the token with --token",
    );
  const match = /^(.*?)\/teams\/([A-Za-z0-9_-]+)(?:\/[^?#]*)?$/.exec(url.pathname);
  if (!match) throw new PostError(`not a team address: ${url.pathname} (expected …/teams/<id>)`);
  return new URL(`${match[1]}/api/v1/teams/${match[2]}/evidence`, url.origin);
}

export interface PostResult {
  status: number;
  /** The server's answer, shortened, for the person running the scan. */
  message: string;
}

export async function postFindings(options: {
  teamUrl: string;
  token: string;
  document: FindingsDocument;
  timeoutMs?: number;
}): Promise<PostResult> {
  const endpoint = evidenceEndpoint(options.teamUrl);
  if (!/^[\x21-\x7e]+$/.test(options.token))
    throw new PostError("the token is empty or contains spaces or control characters");
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${options.token}`,
        accept: "application/json",
      },
      body: JSON.stringify({ findings: options.document }),
      redirect: "error",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new PostError(`could not reach ${endpoint.origin}: ${cause}`);
  }
  const body = (await response.text()).slice(0, 500);
  let message = body;
  try {
    const json = JSON.parse(body) as { message?: unknown; error?: unknown };
    const said = json.message ?? json.error;
    message = typeof said === "string" ? said : body;
  } catch {
    // Not JSON: the text as it came.
  }
  return {
    status: response.status,
    message: message
      .replace(/[\x00-\x1f\x7f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  };
}
