import type { PrismaClient } from "@/generated/prisma/client";
import { isV2, type Questionnaire } from "@/domain/questionnaire/questionnaire";
import { findQuestionnaireVersion } from "@/server/repositories/questionnaire-versions";
import { seedDemoAssessments } from "./demo-assessments";
import { seedDemoOrganization } from "./demo-organization";

/**
 * The whole demo: organisation, teams, one user per role, and assessment histories. Idempotent.
 * Only the embedded demo database gets the users' well-known password (`passwords`); on a real
 * server the demo users exist without a way to sign in.
 */
export async function seedDemo(prisma: PrismaClient, questionnaire: Questionnaire, options: { passwords: boolean }): Promise<void> {
  await seedDemoOrganization(prisma, options);
  const version = await findQuestionnaireVersion(prisma, questionnaire);
  if (!version) throw new Error(`questionnaire ${questionnaire.id}@${questionnaire.version} is not in the database: sync it first`);
  if (!isV2(version.questionnaire)) throw new Error(`the demo is written for the current questionnaire format, not ${questionnaire.id}@${questionnaire.version}`);
  await seedDemoAssessments(prisma, { questionnaire: version.questionnaire, questionnaireVersionId: version.rowId });
}
