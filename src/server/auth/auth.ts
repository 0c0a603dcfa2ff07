import "server-only";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/domain/text-limits";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { createAuthMiddleware } from "better-auth/api";
import { genericOAuth } from "better-auth/plugins";
import { appUrl, env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/request-gate";
import { db } from "@/server/db/client";
import { sendMail } from "./mail";
import { refuseBadNames, storedName } from "./profile-names";
import { clearAttemptsOf, clearSignInAttempts, throttleFailedSignIns } from "./sign-in-throttle";
import { APP_NAME } from "@/lib/app-name";

/**
 * Accounts and sessions (better-auth): e-mail and password with scrypt hashing, sessions in the
 * database so that several instances share them, rate limits in the database too, and single
 * sign-on through an OpenID Connect provider when OIDC_* is configured.
 */

export const OIDC_PROVIDER_ID = "oidc";

/** Failed or repeated sign-ins from one address: at most this many per window. */
export const SIGN_IN_LIMIT = { window: 60, max: 20 } as const;

function createAuth() {
  const config = env();
  if (!config.AUTH_SECRET)
    throw new Error(
      "AUTH_SECRET is not set: start the app with `npm start`, which keeps one in DATA_DIR, or set it.",
    );
  const base = appUrl(config);
  const oidc =
    config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET
      ? [
          {
            providerId: OIDC_PROVIDER_ID,
            discoveryUrl: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
            clientId: config.OIDC_CLIENT_ID,
            clientSecret: config.OIDC_CLIENT_SECRET,
            // better-auth sends the secret in the body by default; Basic is the method every provider
            // must accept (RFC 6749 §2.3.1, OIDC's default), and the one the start-up check proves.
            tokenEndpointAuth: { method: "client_secret_basic" as const },
            scopes: ["openid", "email", "profile"],
            pkce: true,
          },
        ]
      : [];
  return betterAuth({
    appName: APP_NAME,
    baseURL: base,
    secret: config.AUTH_SECRET,
    // The same server answers on localhost and 127.0.0.1 when APP_URL is not set.
    trustedOrigins: config.APP_URL ? [base] : [base, `http://127.0.0.1:${config.PORT}`],
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      // The reset proves the owner: a lock that strangers caused by guessing ends with it.
      onPasswordReset: async ({ user }) => clearAttemptsOf(user.email),
      resetPasswordTokenExpiresIn: 60 * 60,
      async sendResetPassword({ user, url }) {
        await sendMail({
          to: user.email,
          subject: "Reset your MLOps maturity password",
          text: `Someone asked to reset the password of ${user.email}.\n\nOpen this link within an hour to choose a new one:\n${url}\n\nIf it was not you, ignore this message.`,
        });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": SIGN_IN_LIMIT,
        "/sign-up/email": { window: 60, max: 10 },
        "/request-password-reset": { window: 60, max: 3 },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await refuseBadNames(ctx);
        await throttleFailedSignIns(ctx);
      }),
      after: clearSignInAttempts,
    },
    databaseHooks: {
      user: {
        create: { before: async (user) => ({ data: { ...user, name: storedName(user.name, user.email) } }) },
        update: {
          before: async (user) =>
            user.name === undefined
              ? { data: user }
              : { data: { ...user, name: storedName(user.name, user.email) } },
        },
      },
    },
    advanced: {
      database: { generateId: "uuid" },
      useSecureCookies: secureCookies(base, config.NODE_ENV),
      // The app's HTTP server resolves the client's address (TRUSTED_PROXIES decides whose
      // X-Forwarded-For counts) and writes it into this header, replacing any value a client sent.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    plugins: [...(oidc.length > 0 ? [genericOAuth({ config: oidc })] : []), nextCookies()],
  });
}

/**
 * Session cookies are always HttpOnly and SameSite=Lax, and Secure over https and in any production
 * deployment reached over the network. Only a server on this machine's loopback (the demo, the tests)
 * keeps them usable over plain http.
 */
export function secureCookies(base: string, nodeEnv: string): boolean {
  const url = new URL(base);
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return url.protocol === "https:" || (nodeEnv === "production" && !loopback);
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { appAuth?: Auth };

export function auth(): Auth {
  globalForAuth.appAuth ??= createAuth();
  return globalForAuth.appAuth;
}

export function singleSignOnName(): string | null {
  const config = env();
  return config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET ? config.OIDC_NAME : null;
}
