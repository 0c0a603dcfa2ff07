import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type JWK } from "oidc-provider";

/**
 * A real OpenID Connect provider (panva's oidc-provider, the certified implementation) on this
 * machine's loopback, for tests of single sign-on: one confidential client, a few accounts, and the
 * package's own login and consent pages. Its login page takes an account's id as the login and any
 * password.
 */

export interface OidcAccount {
  /** What the user types as the login on the provider's page; also the subject of their tokens. */
  login: string;
  email: string;
  name: string;
}

export interface OidcProviderOptions {
  clientId: string;
  clientSecret: string;
  /** Where the provider may send users back to (the app's callback URL). */
  redirectUri: string;
  accounts: readonly OidcAccount[];
}

export interface OidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProvider> {
  // The issuer names its own port, so the server listens before the provider exists.
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const accounts = new Map(options.accounts.map((account) => [account.login, account]));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: account.email, email_verified: true, name: account.name }),
      };
    },
    // Own keys and cookie secret instead of the package's published development ones.
    jwks: { keys: [{ ...(privateKey.export({ format: "jwk" }) as JWK), alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    // Lifetimes of its own (a test's worth) keep the provider from noting each default it falls back to.
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });
  server.on("request", (request, response) => void provider.callback()(request, response));

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
