import { describe, expect, it } from "vitest";
import { judgeTokenAnswer } from "@/server/startup/oidc-check";

/**
 * The start-up check sends a made-up code with the client's credentials; how the token endpoint
 * refuses it tells whether the credentials are right. Answers as real providers give them.
 */
describe("the token endpoint's answer to a made-up code", () => {
  it.each([
    [
      "oidc-provider, Okta, Entra ID: the code is refused",
      400,
      { error: "invalid_grant", error_description: "grant request is invalid" },
      { kind: "credentials-accepted" },
    ],
    [
      "a wrong secret",
      401,
      { error: "invalid_client" },
      { kind: "credentials-refused", detail: "HTTP 401, invalid_client" },
    ],
    [
      "invalid_client with 400 (allowed by RFC 6749 without Basic)",
      400,
      { error: "invalid_client" },
      { kind: "credentials-refused", detail: "HTTP 400, invalid_client" },
    ],
    [
      "Keycloak's wrong secret",
      401,
      { error: "unauthorized_client", error_description: "Invalid client or Invalid client credentials" },
      { kind: "credentials-refused", detail: "HTTP 401, unauthorized_client" },
    ],
    ["a 401 without a JSON body", 401, null, { kind: "credentials-refused", detail: "HTTP 401" }],
    [
      "a client without the authorization-code grant",
      400,
      { error: "unauthorized_client" },
      { kind: "flow-not-allowed" },
    ],
    [
      "a request the provider finds malformed",
      400,
      { error: "invalid_request" },
      { kind: "unexpected", detail: "HTTP 400, invalid_request" },
    ],
    ["a server error page", 502, null, { kind: "unexpected", detail: "HTTP 502" }],
    ["a redirect (not followed)", 302, null, { kind: "unexpected", detail: "HTTP 302" }],
  ])("%s", (_case, status, body, verdict) => {
    expect(judgeTokenAnswer(status, body)).toEqual(verdict);
  });
});
