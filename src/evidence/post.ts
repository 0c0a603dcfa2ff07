import type { FindingsDocument } from "@/domain/evidence/findings";

/**
 * Sends a scan's findings to the app: `POST /api/v1/assessments/{id}/evidence` with the body
 * `{ "findings": <findings document> }` and `Authorization: Bearer <token>`. The user passes the
 * address of the assessment as the app shows it (`https://host/assessments/{id}`, or its results
 * page); the API address is derived from it, keeping any path the app is served under.
 */
export class PostError extends Error {
  override name = "PostError";
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function evidenceEndpoint(assessmentUrl: string): URL {
  let url: URL;
  try {
    url = new URL(assessmentUrl);
  } catch {
    throw new PostError(`not an address: ${assessmentUrl} (expected https://<app>/assessments/<id>)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new PostError(`the assessment address must start with https:// (got ${url.protocol})`);
  // A token sent in clear could be read on the way; plain http is for an app on this machine only.
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname))
    throw new PostError("the assessment address must use https:// (plain http only for localhost)");
  if (url.username || url.password)
    throw new PostError(
      "the assessment address must not contain a user name or password; pass the token with --token",
    );
  const match = /^(.*?)\/assessments\/([A-Za-z0-9_-]+)(?:\/[^?#]*)?$/.exec(url.pathname);
  if (!match) throw new PostError(`not an assessment address: ${url.pathname} (expected …/assessments/<id>)`);
  return new URL(`${match[1]}/api/v1/assessments/${match[2]}/evidence`, url.origin);
}

export interface PostResult {
  status: number;
  /** The server's answer, shortened, for the person running the scan. */
  message: string;
}

export async function postFindings(options: {
  assessmentUrl: string;
  token: string;
  document: FindingsDocument;
  timeoutMs?: number;
}): Promise<PostResult> {
  const endpoint = evidenceEndpoint(options.assessmentUrl);
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
    message = String(json.message ?? json.error ?? body);
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
