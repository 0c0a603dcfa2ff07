import "server-only";
import { allowsScope, canLeadTeam, canReadTeam, type Viewer } from "@/domain/access/policy";
import { evidencedAnswers } from "@/domain/evidence/evidenced";
import type { FindingsDocument } from "@/domain/evidence/findings";
import { isV2 } from "@/domain/questionnaire/questionnaire";
import { AppError } from "@/lib/errors";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import { findAssessment, findTeamDraftId } from "@/server/repositories/assessments";
import { findLatestEvidenceScan, saveEvidenceScan } from "@/server/repositories/evidence-scans";
import {
  findLatestQuestionnaireVersionId,
  questionnaireOfVersion,
} from "@/server/repositories/questionnaire-versions";
import { findTeam } from "@/server/repositories/teams";

/**
 * Evidence from a team's repositories: the scanner posts a scan for the team (with a lead's token,
 * from CI), or a lead uploads one on the answering page. The team's assessments use its newest scan
 * of their questionnaire version: the answering page shows it, submitting stores the evidenced level.
 */

/** A findings document is a few hundred kilobytes at most (2,000 findings of 20 locations). */
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;

/** Who may post evidence for a team: its leads (with a token, one that has the evidence scope). Checked before the body is read. */
export async function assertCanPostEvidence(viewer: Viewer, teamId: string): Promise<void> {
  const team = await findTeam({ id: teamId });
  if (!team || !canReadTeam(viewer, team)) throw new AppError("not-found", "This team does not exist.");
  if (!allowsScope(viewer, "evidence:write"))
    throw new AppError("forbidden", 'This token does not have the "evidence:write" scope.');
  if (!canLeadTeam(viewer, team))
    throw new AppError("forbidden", `Only a lead of ${team.name} can add evidence for it.`);
}

export async function postEvidence(viewer: Viewer, teamId: string, document: FindingsDocument) {
  await assertCanPostEvidence(viewer, teamId);
  const versionId = await findLatestQuestionnaireVersionId({ questionnaireId: CURRENT_QUESTIONNAIRE_ID });
  const questionnaire = versionId ? await questionnaireOfVersion({ versionId }) : null;
  if (
    !questionnaire ||
    document.questionnaire.id !== questionnaire.id ||
    document.questionnaire.version !== questionnaire.version
  ) {
    throw new AppError(
      "conflict",
      `The scan was made for questionnaire ${document.questionnaire.id} v${document.questionnaire.version}, and assessments here are taken on v${questionnaire?.version ?? "?"}: scan again with this app's scanner (/scanner.mjs).`,
    );
  }
  const saved = await saveEvidenceScan({ teamId, uploadedById: viewer.userId, document });
  // Compared with the team's draft as it stands, if there is one.
  const draftId = await findTeamDraftId({ teamId });
  const draft = draftId ? await findAssessment({ id: draftId }) : null;
  const answers = draft?.answers.flatMap((a) => (a.answer ? [a.answer] : [])) ?? [];
  const disagreements =
    draft && isV2(draft.questionnaire)
      ? evidencedAnswers(draft.questionnaire, answers, document).disagreements.length
      : 0;
  return {
    receivedAt: saved.receivedAt.toISOString(),
    findings: document.findings.length,
    suggestions: document.suggestions.filter((s) => s.status === "suggested").length,
    draftId,
    disagreements,
  };
}

/** The newest scan for an assessment's team and questionnaire version, for its answering page (null when none). */
export async function latestEvidence(viewer: Viewer, assessmentId: string) {
  const assessment = await findAssessment({ id: assessmentId });
  if (!assessment || !canReadTeam(viewer, assessment.team)) return null;
  return findLatestEvidenceScan({ teamId: assessment.team.id, questionnaire: assessment.questionnaire });
}
