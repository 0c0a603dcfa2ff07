import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";
import {
  CLIENT_ADDRESS_HEADER,
  MAX_BODY_BYTES,
  refusalOf,
  rewriteClientHeaders,
} from "@/lib/http/request-gate";

/** What every request meets before Next: who the client is, and what is refused outright. */
describe("the client's address", () => {
  const proxies = parseTrustedProxies("10.0.0.5, 10.1.0.0/16");
  it.each([
    [
      "no trusted proxies: the socket's peer, whatever the header says",
      "198.51.100.7",
      "203.0.113.9",
      null,
      "198.51.100.7",
    ],
    ["an IPv4 peer on a dual-stack socket", "::ffff:198.51.100.7", undefined, null, "198.51.100.7"],
    ["a trusted proxy: the address it forwarded for", "10.0.0.5", "203.0.113.9", proxies, "203.0.113.9"],
    [
      "a chain of trusted proxies: the first untrusted hop from the right",
      "10.0.0.5",
      "203.0.113.9, 10.1.2.3",
      proxies,
      "203.0.113.9",
    ],
    [
      "a client's forged entries left of its real address are not reached",
      "10.0.0.5",
      "1.2.3.4, 203.0.113.9",
      proxies,
      "203.0.113.9",
    ],
    [
      "an untrusted peer's header is ignored even with proxies configured",
      "198.51.100.7",
      "203.0.113.9",
      proxies,
      "198.51.100.7",
    ],
    ["garbage in the header is skipped", "10.0.0.5", "not-an-address", proxies, "10.0.0.5"],
  ])("%s", (_, socket, forwarded, trusted, expected) => {
    expect(resolveClientAddress(socket, forwarded, trusted)).toBe(expected);
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow();
    expect(() => parseTrustedProxies("proxy.internal")).toThrow();
    expect(parseTrustedProxies(undefined)).toBeNull();
  });
});

describe("forwarded headers", () => {
  it("drops X-Forwarded-* from an untrusted peer and writes the resolved address over a client's own", () => {
    const headers = {
      "x-forwarded-host": "evil.example",
      "x-forwarded-for": "203.0.113.9",
      [CLIENT_ADDRESS_HEADER]: "1.1.1.1",
    };
    rewriteClientHeaders(headers, "198.51.100.7", null);
    expect(headers).toEqual({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" });
  });

  it("keeps them from a trusted proxy", () => {
    const headers = { "x-forwarded-host": "maturity.example.com", "x-forwarded-for": "203.0.113.9" };
    rewriteClientHeaders(headers, "10.0.0.5", parseTrustedProxies("10.0.0.5"));
    expect(headers).toMatchObject({
      "x-forwarded-host": "maturity.example.com",
      [CLIENT_ADDRESS_HEADER]: "203.0.113.9",
    });
  });
});

describe("requests refused before Next sees them", () => {
  it.each([
    ["/api/assessments/%ff/answers", {}, 400],
    ["/teams/%E0%A4%A", {}, 400],
    ["/invitations/%ZZaaaa?next=%zz", {}, 400],
    ["/", { "next-action": "garbage" }, 400],
    ["/api/auth/sign-in/email", { "content-length": String(MAX_BODY_BYTES + 1) }, 413],
  ])("%s %j → %i", (url, headers, status) => {
    expect(refusalOf({ url, headers })?.status).toBe(status);
  });

  it.each([["/teams/%E2%82%AC"], ["/sign-in?next=%ZZ"], ["/"]])(
    "lets %s through (a bad query is the page's to read)",
    (url) => {
      expect(refusalOf({ url, headers: { "content-length": "100" } })).toBeNull();
    },
  );
});
