import type { Database } from "@/server/db/database";
import { applyMigrations, readMigrations } from "@/server/db/migrate";
import { seedDemoOrganization } from "@/server/seed/demo-organization";

/**
 * Brings a database to the state the app needs: migrated and, for the embedded database on its
 * first start, seeded with the demo organisation. Safe to run on every start and from several
 * processes at once.
 */
export async function prepareDatabase(
  database: Database,
  options: { seedIfEmpty: boolean },
): Promise<{ applied: string[]; seeded: boolean }> {
  const migrations = await readMigrations();
  const applied = await database.withSession((session) => applyMigrations(session, migrations));
  let seeded = false;
  if (options.seedIfEmpty && (await database.prisma.organization.count()) === 0) {
    await seedDemoOrganization(database.prisma);
    seeded = true;
  }
  return { applied, seeded };
}
