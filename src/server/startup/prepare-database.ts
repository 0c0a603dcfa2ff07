import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Database } from "@/server/db/database";
import { applyMigrations, readMigrations } from "@/server/db/migrate";
import { latestVersion, loadAllQuestionnaires } from "@/server/questionnaires/files";
import { syncQuestionnaireVersions } from "@/server/repositories/questionnaire-versions";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import { seedDemo } from "@/server/seed/demo";

/**
 * Brings a database to the state the app needs: migrated, with every questionnaire version on
 * disk validated and recorded, and (for the embedded database on its first start) the demo
 * organisation. Safe to run on every start and from several processes at once.
 */
export async function prepareDatabase(
  database: Database,
  options: { seed: "if-empty" | "always" | "never"; demoPasswords?: boolean; questionnaires?: Questionnaire[] },
): Promise<{ applied: string[]; seeded: boolean }> {
  const questionnaires = options.questionnaires ?? loadAllQuestionnaires();
  const migrations = await readMigrations();
  const applied = await database.withSession((session) => applyMigrations(session, migrations));
  await syncQuestionnaireVersions(database.prisma, questionnaires);
  const empty = (await database.prisma.organization.count()) === 0;
  const seeded = options.seed === "always" || (options.seed === "if-empty" && empty);
  if (seeded) {
    const questionnaire = latestVersion(questionnaires, CURRENT_QUESTIONNAIRE_ID);
    if (!questionnaire) throw new Error(`no questionnaire ${CURRENT_QUESTIONNAIRE_ID} under questionnaires/`);
    await seedDemo(database.prisma, questionnaire, { passwords: options.demoPasswords ?? false });
  }
  return { applied, seeded };
}
