import path from "node:path";
import { z } from "zod";

/** The one place that reads `process.env` (a lint rule keeps it so). */

const postgresUrl = z
  .url({ message: "DATABASE_URL must be a URL such as postgresql://user:password@host:5432/database" })
  .refine((url) => /^postgres(ql)?:\/\//.test(url), {
    message: "DATABASE_URL must start with postgresql:// (or postgres://)",
  });

const envSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  DATA_DIR: z.string().min(1).default(".data"),
  QUESTIONNAIRES_DIR: z.string().min(1).default("questionnaires"),
  PORT: z.coerce
    .number({ message: "PORT must be a number" })
    .int("PORT must be a whole number")
    .min(1, "PORT must be between 1 and 65535")
    .max(65535, "PORT must be between 1 and 65535")
    .default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
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
