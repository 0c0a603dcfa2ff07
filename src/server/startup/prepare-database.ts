import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Database } from "@/server/db/database";
import { applyMigrations, readMigrations } from "@/server/db/migrate";
import { evidenceRulesOf } from "@/server/questionnaires/evidence-rules";
import { loadAllQuestionnaires } from "@/server/questionnaires/files";
import { syncQuestionnaireVersions } from "@/server/repositories/questionnaire-versions";

/**
 * Brings a database to the state the app needs: migrated, with every questionnaire version on
 * disk (and its evidence rules) validated and recorded. Safe to run on every start and from several processes at once.
 * (The demo data is a use-case of its own: features/demo.)
 */
export async function prepareDatabase(
  database: Database,
  options: { questionnaires?: Questionnaire[] } = {},
): Promise<{ applied: string[] }> {
  const questionnaires = options.questionnaires ?? loadAllQuestionnaires();
  // A broken evidence rules file stops start-up like a broken questionnaire file.
  if (!options.questionnaires) for (const questionnaire of questionnaires) evidenceRulesOf(questionnaire);
  const migrations = await readMigrations();
  const applied = await database.withSession((session) => applyMigrations(session, migrations));
  await syncQuestionnaireVersions({ questionnaires }, database.prisma);
  return { applied };
}
