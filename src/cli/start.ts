import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appUrl, childProcessEnv, ConfigError, databaseTarget, env, setServerRuntime } from "@/lib/env";
import { seedDemoIfEmpty } from "@/features/demo/seed";
import { setDatabase } from "@/server/db/client";
import { openDatabase } from "@/server/db/database";
import { serveApp } from "@/server/http/app-server";
import { QuestionnaireError } from "@/domain/questionnaire/assemble";
import { buildScanner } from "@/evidence/bundle";
import { MigrationError } from "@/server/db/migrate";
import { PublishedVersionChangedError } from "@/server/repositories/questionnaire-versions";
import { assertOidcProvider } from "@/server/startup/oidc-check";
import {
  assertDataDirWritable,
  assertDatabaseReachable,
  assertPortFree,
  StartupError,
} from "@/server/startup/preflight";
import { prepareDatabase } from "@/server/startup/prepare-database";

/**
 * `npm start` (production build) and `npm run dev`: check the configuration, migrate and (on the
 * embedded database) seed, then serve the app (server/http/app-server.ts). Any misconfiguration
 * ends here with one line.
 */

const dev = process.argv.includes("--dev");
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function main(): Promise<void> {
  const config = env();
  await assertPortFree(config.PORT);
  const target = databaseTarget(config);
  if (target.kind === "pglite") await assertDataDirWritable(target.dataDir);

  const database = openDatabase(target, { connectTimeoutMs: 5_000 });
  setDatabase(database);
  try {
    await assertDatabaseReachable(database);
    const { applied } = await prepareDatabase(database);
    // Only the embedded database gets the demo on its own (with the demo accounts' password).
    const seeded = target.kind === "pglite" && (await seedDemoIfEmpty({ passwords: true }));
    const where =
      target.kind === "pglite" ? `embedded database in ${target.dataDir}` : "Postgres from DATABASE_URL";
    console.log(
      `Database: ${where}; ${applied.length} migration(s) applied${seeded ? ", demo data seeded" : ""}.`,
    );
  } finally {
    setDatabase(undefined);
    await database.close();
  }
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = config;
  if (issuer && clientId && clientSecret) await assertOidcProvider({ issuer, clientId, clientSecret });

  await refreshScanner();
  if (!dev) buildIfStale();
  // Next's code reads both at run time, through lib/env like the rest of the app.
  setServerRuntime({
    authSecret: config.AUTH_SECRET ?? storedAuthSecret(path.resolve(config.DATA_DIR)),
    dev,
  });
  const server = await serveApp({
    dev,
    port: config.PORT,
    trustedProxies: config.TRUSTED_PROXIES,
    https: appUrl(config).startsWith("https:"),
  });
  console.log(`Ready on ${appUrl(config)}${dev ? " (development)" : ""}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

/**
 * Without AUTH_SECRET, a random secret kept in the data folder signs the session cookies, so that
 * sessions survive restarts. Several instances behind one address must share AUTH_SECRET instead.
 */
function storedAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * The one-file scanner the app serves at /scanner.mjs (public/scanner.mjs), built from this
 * checkout's scanner, questionnaire and rules. Rewritten only when its bytes change, so that an
 * unchanged scanner does not count as a changed source (and trigger a rebuild).
 */
async function refreshScanner(): Promise<void> {
  const target = path.join(process.cwd(), "public", "scanner.mjs");
  const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mlops-scanner-")), "scanner.mjs");
  await buildScanner(fresh);
  if (!fs.existsSync(target) || !fs.readFileSync(target).equals(fs.readFileSync(fresh)))
    fs.copyFileSync(fresh, target);
  fs.rmSync(path.dirname(fresh), { recursive: true, force: true });
}

/**
 * Builds when there is no production build or the sources differ from the ones it was built from:
 * a fingerprint of every source file's path, size and modification time, so that added, changed
 * and deleted files all count.
 */
function buildIfStale(): void {
  const stamp = path.join(process.cwd(), ".next", "source-fingerprint");
  const fingerprint = sourceFingerprint();
  const built =
    fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID")) && fs.existsSync(stamp)
      ? fs.readFileSync(stamp, "utf8")
      : "";
  if (built === fingerprint) return;
  console.log("Building the app (first start or changed sources)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: childProcessEnv(),
  });
  if (result.status !== 0)
    throw new StartupError("the build failed (see above): fix the error, then start again");
  fs.writeFileSync(stamp, fingerprint);
}

function sourceFingerprint(): string {
  const sources = [
    "src",
    "public",
    "next.config.ts",
    "package-lock.json",
    "tsconfig.json",
    "postcss.config.mjs",
  ];
  const hash = createHash("sha256");
  const visit = (file: string) => {
    if (!fs.existsSync(file)) return;
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) visit(path.join(file, entry));
      return;
    }
    hash.update(`${path.relative(process.cwd(), file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const source of sources) visit(path.join(process.cwd(), source));
  return hash.digest("hex");
}

main().catch((error: unknown) => {
  const known = [
    ConfigError,
    StartupError,
    MigrationError,
    QuestionnaireError,
    PublishedVersionChangedError,
  ].some((kind) => error instanceof kind);
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Cannot start: ${known ? message : `unexpected error: ${message.split("\n")[0]}`}`);
  process.exit(1);
});
