import "server-only";
import { isV2 } from "@/domain/questionnaire/questionnaire";
import { scoreAssessment } from "@/domain/scoring/engine";
import { withTeamContext } from "@/domain/scoring/team-context";
import { transaction } from "@/server/db/client";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import { saveAssessmentResult } from "@/server/repositories/assessment-results";
import { assessmentExists, insertAssessment } from "@/server/repositories/assessments";
import { countOrganizations } from "@/server/repositories/organizations";
import {
  findLatestQuestionnaireVersionId,
  questionnaireOfVersion,
} from "@/server/repositories/questionnaire-versions";
import { findTeam } from "@/server/repositories/teams";
import { seedDemoOrganization } from "@/server/seed/demo-organization";
import { stableId } from "@/server/seed/stable-id";
import { answersForProfile, DEMO_HISTORIES } from "./histories";

/**
 * The whole demo: organisation, teams, one user per role, and assessment histories whose results
 * the engine computes exactly as a submitted assessment's. Idempotent. Only the embedded demo
 * database gets the users' well-known password (`passwords`); on a real server the demo users
 * exist without a way to sign in.
 */
export async function seedDemo(options: { passwords: boolean }): Promise<void> {
  const { userIds } = await seedDemoOrganization(options);
  const versionId = await findLatestQuestionnaireVersionId({ questionnaireId: CURRENT_QUESTIONNAIRE_ID });
  if (!versionId)
    throw new Error(`questionnaire ${CURRENT_QUESTIONNAIRE_ID} is not in the database: sync it first`);
  const questionnaire = await questionnaireOfVersion({ versionId });
  if (!isV2(questionnaire))
    throw new Error(
      `the demo is written for the current questionnaire format, not ${questionnaire.id}@${questionnaire.version}`,
    );
  const lead = userIds.get("lead@northwind.example") ?? null;
  for (const history of DEMO_HISTORIES) {
    const team = await findTeam({ id: stableId(`team:${history.team}`) });
    if (!team) throw new Error(`demo team ${history.team} is missing`);
    const entries = [
      ...history.submitted.map((s, i) => ({
        key: `${history.team}:${i}`,
        profile: s.profile,
        submittedAt: new Date(`${s.date}T10:00:00Z`),
      })),
      ...(history.draft ? [{ key: `${history.team}:draft`, profile: history.draft, submittedAt: null }] : []),
    ];
    for (const entry of entries) {
      const id = stableId(`assessment:${entry.key}`);
      if (await assessmentExists({ id })) continue;
      const answers = withTeamContext(
        questionnaire,
        answersForProfile(questionnaire, entry.profile, history.context, entry.key),
        team,
      );
      const createdAt = entry.submittedAt
        ? new Date(entry.submittedAt.getTime() - 6 * 86_400_000)
        : new Date("2026-11-16T09:00:00Z");
      const stored = entry.submittedAt ? answers : answers.slice(0, Math.floor(answers.length * 0.6));
      await transaction(async (tx) => {
        await insertAssessment(
          {
            id,
            teamId: team.id,
            questionnaireVersionId: versionId,
            status: entry.submittedAt ? "submitted" : "draft",
            createdAt,
            updatedAt: entry.submittedAt ?? createdAt,
            submittedAt: entry.submittedAt,
            createdById: lead,
            targets: history.targets,
            answers: stored.map((answer) => ({
              id: stableId(`answer:${entry.key}:${answer.questionId}`),
              questionId: answer.questionId,
              answer,
              note: null,
              evidenceUrl: null,
            })),
          },
          tx,
        );
        if (entry.submittedAt)
          await saveAssessmentResult(
            {
              assessmentId: id,
              result: scoreAssessment(questionnaire, { answers, targets: history.targets }),
            },
            tx,
          );
      });
    }
  }
}

/** Seeds the demo into a database that has no organisation yet (the embedded database's first start). */
export async function seedDemoIfEmpty(options: { passwords: boolean }): Promise<boolean> {
  if ((await countOrganizations()) > 0) return false;
  await seedDemo(options);
  return true;
}
