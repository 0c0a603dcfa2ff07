import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "./http/client-address";

/** The one place that reads `process.env` (a lint rule keeps it so). */

const postgresUrl = z
  .url({ message: "DATABASE_URL must be a URL such as postgresql://user:password@host:5432/database" })
  .refine((url) => /^postgres(ql)?:\/\//.test(url), {
    message: "DATABASE_URL must start with postgresql:// (or postgres://)",
  });

/** An empty variable counts as unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

const envSchema = z.object({
  DATABASE_URL: optional(postgresUrl),
  DATA_DIR: z.string().min(1).default(".data"),
  QUESTIONNAIRES_DIR: z.string().min(1).default("questionnaires"),
  PORT: z.coerce
    .number({ message: "PORT must be a number" })
    .int("PORT must be a whole number")
    .min(1, "PORT must be between 1 and 65535")
    .max(65535, "PORT must be between 1 and 65535")
    .default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Where users reach the app; links in e-mails and the sign-in origin check use it. */
  APP_URL: optional(z.url({ message: "APP_URL must be a URL such as https://maturity.example.com" })),
  /**
   * Reverse proxies in front of the app (comma-separated addresses or CIDR ranges). Only requests
   * from them may say, in X-Forwarded-*, whom they forward for; unset, the socket's peer is the client.
   */
  TRUSTED_PROXIES: optional(
    z.string().refine(
      (value) => {
        try {
          return parseTrustedProxies(value) !== null;
        } catch {
          return false;
        }
      },
      {
        message:
          "TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas (10.0.0.5, 10.1.0.0/16)",
      },
    ),
  ),
  /** Signs session cookies; every instance must share it. `npm start` keeps one in DATA_DIR when unset. */
  AUTH_SECRET: optional(z.string().min(32, "AUTH_SECRET must be at least 32 characters")),
  /** Password-reset mail goes through this server (smtp://user:password@host:587); without it, to the log. */
  SMTP_URL: optional(
    z.url({ message: "SMTP_URL must be a URL such as smtp://user:password@mail.example.com:587" }),
  ),
  MAIL_FROM: z.string().min(3).default("MLOps maturity <no-reply@localhost>"),
  /** Single sign-on through any OpenID Connect provider; all three must be set to enable it. */
  OIDC_ISSUER: optional(z.url({ message: "OIDC_ISSUER must be the provider's issuer URL" })),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  OIDC_NAME: z.string().min(1).default("single sign-on"),
  /** Holds the dashboard's aggregate widgets back this long: for the test that the page streams; unset (0) otherwise. */
  DASHBOARD_WIDGET_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(0),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(issue ? issue.message : "invalid configuration");
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Where the app's database lives: a Postgres server, or an embedded PGlite in a folder. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function databaseTarget(config: Env = env()): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL }
    : { kind: "pglite", dataDir: path.resolve(config.DATA_DIR) };
}

/** The address the app is served at: APP_URL, or this machine on PORT. */
export function appUrl(config: Env = env()): string {
  return (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}

/**
 * What the start command hands to Next's code, which reads it at run time through env(): the
 * session secret (kept in the data folder when not configured) and the mode. Set before Next loads.
 */
export function setServerRuntime(values: { authSecret: string; dev: boolean }): void {
  Object.assign(process.env, {
    AUTH_SECRET: values.authSecret,
    NODE_ENV: values.dev ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  cached = undefined;
}

/** The environment for a child process the start command runs (the production build). */
export function childProcessEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
}

/** The scanner's token for posting evidence, when not given with --token (it stays out of process lists and CI logs). */
export function scannerTokenFromEnv(): string | undefined {
  return process.env.MATURITY_TOKEN || undefined;
}
