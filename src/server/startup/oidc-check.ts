import { z } from "zod";
import { StartupError } from "./preflight";

/**
 * Single sign-on is checked before the server starts, so that a wrong OIDC_* setting stops it with
 * one line instead of failing at a user's first sign-in: the provider must publish a discovery
 * document for OIDC_ISSUER, and its token endpoint must accept the client's id and secret.
 */

const FETCH_TIMEOUT_MS = 5_000;

const discoverySchema = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
});

const tokenErrorSchema = z.object({ error: z.string().min(1) });

export async function assertOidcProvider(config: {
  issuer: string;
  clientId: string;
  clientSecret: string;
}): Promise<void> {
  const discoveryUrl = `${withoutTrailingSlash(config.issuer)}/.well-known/openid-configuration`;
  const discovery = await fetchJson(
    discoveryUrl,
    { method: "GET" },
    "the OpenID Connect discovery document",
    "check OIDC_ISSUER, and that the provider runs and this machine may reach it",
  );
  if (!discovery.response.ok) {
    throw new StartupError(
      `the OpenID Connect discovery document ${discoveryUrl} answered HTTP ${discovery.response.status}: check that OIDC_ISSUER is the provider's issuer URL`,
    );
  }
  const document = discoverySchema.safeParse(discovery.body);
  if (!document.success) {
    throw new StartupError(
      `${discoveryUrl} is not an OpenID Connect discovery document (${describeIssue(document.error)}): check that OIDC_ISSUER is the provider's issuer URL`,
    );
  }
  // Only a trailing slash may differ: the discovery URL is built without it either way.
  if (withoutTrailingSlash(document.data.issuer) !== withoutTrailingSlash(config.issuer)) {
    throw new StartupError(
      `OIDC_ISSUER is ${config.issuer}, but the provider there names its issuer ${document.data.issuer}: set OIDC_ISSUER=${document.data.issuer}`,
    );
  }

  // A made-up code with the client's credentials: a provider checks the client before the code.
  const tokenEndpoint = document.data.token_endpoint;
  const basic = Buffer.from(`${formEncode(config.clientId)}:${formEncode(config.clientSecret)}`).toString(
    "base64",
  );
  const token = await fetchJson(
    tokenEndpoint,
    {
      method: "POST",
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code: "startup-check-invalid-code" }),
      // Credentials are not sent on to wherever a redirect points (better-auth refuses them too).
      redirect: "manual",
    },
    "the OpenID Connect token endpoint",
    "check that this machine may reach it",
  );
  const verdict = judgeTokenAnswer(token.response.status, token.body);
  switch (verdict.kind) {
    case "credentials-accepted":
      return;
    case "credentials-refused":
      throw new StartupError(
        `the OpenID Connect provider refused client ${config.clientId} (${verdict.detail}): check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET`,
      );
    case "flow-not-allowed":
      throw new StartupError(
        `the OpenID Connect provider does not let client ${config.clientId} use the authorization-code flow: allow it in the client's settings at the provider`,
      );
    case "unexpected":
      throw new StartupError(
        `the OpenID Connect token endpoint ${tokenEndpoint} gave an unexpected answer to a test request (${verdict.detail}): check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET`,
      );
  }
}

export type TokenAnswerVerdict =
  | { kind: "credentials-accepted" }
  | { kind: "credentials-refused"; detail: string }
  | { kind: "flow-not-allowed" }
  | { kind: "unexpected"; detail: string };

/**
 * What the token endpoint's answer to a made-up code says about the client's credentials. A
 * refusal is 401 or invalid_client (some providers, Keycloak among them, answer 401 with
 * unauthorized_client); an accepted client only has its code refused, with invalid_grant.
 */
export function judgeTokenAnswer(status: number, body: unknown): TokenAnswerVerdict {
  const parsed = tokenErrorSchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : null;
  const detail = `HTTP ${status}${error ? `, ${error}` : ""}`;
  if (status === 401 || error === "invalid_client") return { kind: "credentials-refused", detail };
  if (error === "invalid_grant") return { kind: "credentials-accepted" };
  if (error === "unauthorized_client") return { kind: "flow-not-allowed" };
  return { kind: "unexpected", detail };
}

async function fetchJson(
  url: string,
  init: RequestInit,
  what: string,
  hint: string,
): Promise<{ response: Response; body: unknown }> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    const body: unknown = await response.json().catch(() => null);
    return { response, body };
  } catch (error) {
    throw new StartupError(`cannot reach ${what} ${url} (${fetchFailure(error)}): ${hint}`);
  }
}

function fetchFailure(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError")
    return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : undefined;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "unknown host";
  return code ?? (error instanceof Error ? error.message : String(error));
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "document"}: ${issue.message}` : "invalid";
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/$/, "");
}

/** RFC 6749 §2.3.1: the id and secret are form-encoded before they are joined for Basic. */
function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}
