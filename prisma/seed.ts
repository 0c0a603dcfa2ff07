import { ConfigError, databaseTarget, parseEnv } from "@/lib/env";
import { openDatabase } from "@/server/db/database";
import { assertDatabaseReachable, StartupError } from "@/server/startup/preflight";
import { prepareDatabase } from "@/server/startup/prepare-database";

/** `npm run db:seed`: migrates the configured database and writes the demo organisation (idempotent). */
async function main(): Promise<void> {
  const target = databaseTarget(parseEnv(process.env));
  const database = openDatabase(target, { connectTimeoutMs: 5_000 });
  try {
    await assertDatabaseReachable(database);
    await prepareDatabase(database, { seed: "always", demoPasswords: target.kind === "pglite" });
    console.log(`Demo data seeded into the ${target.kind === "pglite" ? `embedded database in ${target.dataDir}` : "database of DATABASE_URL"}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  console.error(`Cannot seed: ${error instanceof Error && known ? error.message : String(error)}`);
  process.exit(1);
});
