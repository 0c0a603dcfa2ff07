import { ConfigError, databaseTarget, env } from "@/lib/env";
import { seedDemo } from "@/features/demo/seed";
import { setDatabase } from "@/server/db/client";
import { openDatabase } from "@/server/db/database";
import { assertDatabaseReachable, StartupError } from "@/server/startup/preflight";
import { prepareDatabase } from "@/server/startup/prepare-database";

/** `npm run db:seed`: migrates the configured database and writes the demo organisation (idempotent). */
async function main(): Promise<void> {
  const target = databaseTarget(env());
  const database = openDatabase(target, { connectTimeoutMs: 5_000 });
  setDatabase(database);
  try {
    await assertDatabaseReachable(database);
    await prepareDatabase(database);
    await seedDemo({ passwords: target.kind === "pglite" });
    console.log(
      `Demo data seeded into the ${target.kind === "pglite" ? `embedded database in ${target.dataDir}` : "database of DATABASE_URL"}.`,
    );
  } finally {
    setDatabase(undefined);
    await database.close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  console.error(`Cannot seed: ${error instanceof Error && known ? error.message : String(error)}`);
  process.exit(1);
});
