import "server-only";
import type { z } from "zod";
import { assessmentAccess, canReadTeam, canStartAssessment, type Viewer } from "@/domain/access/policy";
import { evidencedResult, type EvidencedResult } from "@/domain/evidence/evidenced-result";
import { claimsAboveEvidence, evidenceByQuestion } from "@/domain/evidence/explain";
import type { FindingsDocument } from "@/domain/evidence/findings";
import {
  isV2,
  scoredQuestions,
  type Questionnaire,
  type QuestionnaireV2,
} from "@/domain/questionnaire/questionnaire";
import type { Answer } from "@/domain/scoring/answers";
import { answerRuleProblems, findAnswerProblems } from "@/domain/scoring/engine";
import { AppError } from "@/lib/errors";
import { transaction } from "@/server/db/client";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import { saveAssessmentResult } from "@/server/repositories/assessment-results";
import { findLatestEvidenceScan } from "@/server/repositories/evidence-scans";
import {
  findAnswersForScoring,
  findAssessmentOwner,
  lockDraft,
  markSubmitted,
  saveAnswer,
  saveAnswerAsLead,
  setTargets,
  startAssessment,
  type AnswerPatch,
} from "@/server/repositories/assessments";
import {
  findLatestQuestionnaireVersionId,
  forgetRecordedVersions,
  questionnaireOfVersion,
  recordedQuestionnaires,
} from "@/server/repositories/questionnaire-versions";
import { findTeam } from "@/server/repositories/teams";
import { scoreDraft } from "./draft-scoring";
import type { AnswerPatchInput } from "./schemas";
import { toDomainAnswer } from "./schemas";
import type { startAssessmentSchema, targetsPatchSchema } from "./schemas";

/**
 * The assessment's use-cases, behind the route handlers: input is already parsed by zod; each
 * checks who is asking first. A viewer who may not read the thing gets "not found", one who may
 * read but not change it gets "forbidden".
 */

const MISSING_ASSESSMENT = "This assessment does not exist.";

export async function startAssessmentForTeam(viewer: Viewer, input: z.infer<typeof startAssessmentSchema>) {
  const team = await findTeam({ id: input.teamId });
  if (!team || !canReadTeam(viewer, team)) throw new AppError("not-found", "This team does not exist.");
  if (!canStartAssessment(viewer, team))
    throw new AppError("forbidden", `Only a lead of ${team.name} can start its assessment.`);
  const versionId = await findLatestQuestionnaireVersionId({ questionnaireId: CURRENT_QUESTIONNAIRE_ID });
  if (!versionId) throw new AppError("conflict", "No questionnaire is installed.");
  return startAssessment({
    teamId: team.id,
    questionnaireVersionId: versionId,
    prefillFromLatest: input.retake,
    createdById: viewer.userId,
  });
}

/** Throws unless the viewer may change this assessment; returns the questionnaire it is taken on. */
async function editableAssessment(
  viewer: Viewer,
  assessmentId: string,
): Promise<{ questionnaire: Questionnaire }> {
  const assessment = await findAssessmentOwner({ id: assessmentId });
  const access = assessment ? assessmentAccess(viewer, assessment) : "hidden";
  if (!assessment || access === "hidden") throw new AppError("not-found", MISSING_ASSESSMENT);
  if (access === "read")
    throw new AppError("forbidden", "Only a lead of this team can change its assessment.");
  return { questionnaire: await questionnaireOfVersion({ versionId: assessment.questionnaireVersionId }) };
}

// Question ids per questionnaire, built once (questionnaires are immutable once recorded).
const questionIds = new WeakMap<Questionnaire, ReadonlySet<string>>();

function isQuestionOf(questionnaire: Questionnaire, questionId: string): boolean {
  let ids = questionIds.get(questionnaire);
  if (!ids) {
    ids = new Set([
      ...scoredQuestions(questionnaire).map((q) => q.id),
      ...questionnaire.context.questions.map((q) => q.id),
    ]);
    questionIds.set(questionnaire, ids);
  }
  return ids.has(questionId);
}

function toPatch(input: AnswerPatchInput): AnswerPatch {
  return {
    questionId: input.questionId,
    ...(input.answer !== undefined
      ? { answer: input.answer ? toDomainAnswer(input.questionId, input.answer) : null }
      : {}),
    ...(input.note !== undefined ? { note: input.note === "" ? null : input.note } : {}),
    ...(input.evidenceUrl !== undefined
      ? { evidenceUrl: input.evidenceUrl === "" ? null : input.evidenceUrl }
      : {}),
  };
}

/** Why the questionnaire refuses the patch (an unknown question or option, N/A where not offered); empty when it fits. */
function patchProblems(questionnaire: Questionnaire, patch: AnswerPatch): string[] {
  if (patch.answer)
    return [
      ...findAnswerProblems(questionnaire, [patch.answer]),
      ...answerRuleProblems(questionnaire, [patch.answer]),
    ];
  return isQuestionOf(questionnaire, patch.questionId) ? [] : [`unknown question "${patch.questionId}"`];
}

/** Autosave of one question: the answer must fit the questionnaire the assessment is taken on. */
export async function saveAnswerPatch(viewer: Viewer, assessmentId: string, input: AnswerPatchInput) {
  const { questionnaire } = await editableAssessment(viewer, assessmentId);
  const patch = toPatch(input);
  const problems = patchProblems(questionnaire, patch);
  if (problems.length > 0) throw new AppError("bad-request", `Cannot save: ${problems.join("; ")}.`);
  const saved = await saveAnswer({ assessmentId, patch });
  // The fast path below refused a save this one made: perhaps a version recorded since (by a newer instance).
  forgetRecordedVersions();
  return saved;
}

/**
 * Autosave's fast path, one database statement: the patch is checked in memory against every
 * recorded questionnaire version, then saved only if the session is live, its user leads the
 * assessment's team in its organisation, the assessment is a draft and it is taken on a version
 * that accepts the patch (saveAnswerAsLead). Null when it was not saved, for any reason: the
 * caller asks saveAnswerPatch, which says why (or saves, if the reason has gone meanwhile).
 */
export async function saveAnswerWithSession(
  sessionToken: string,
  assessmentId: string,
  input: AnswerPatchInput,
) {
  const patch = toPatch(input);
  const versionIds: string[] = [];
  for (const [id, questionnaire] of await recordedQuestionnaires())
    if (patchProblems(questionnaire, patch).length === 0) versionIds.push(id);
  if (versionIds.length === 0) return null;
  return saveAnswerAsLead({ sessionToken, assessmentId, versionIds, patch });
}

export async function saveTargets(
  viewer: Viewer,
  assessmentId: string,
  targets: z.infer<typeof targetsPatchSchema>,
) {
  await editableAssessment(viewer, assessmentId);
  return setTargets({ assessmentId, targets });
}

/**
 * Submitting, in one transaction: lock the draft (waiting for saves in flight, refusing a second
 * submit), load its answers, score them with the team's context, store the result, mark it submitted.
 */
export async function submit(viewer: Viewer, assessmentId: string) {
  await editableAssessment(viewer, assessmentId);
  const result = await transaction(async (tx) => {
    const { questionnaireVersionId } = await lockDraft({ assessmentId, mode: "submit" }, tx);
    const questionnaire = await questionnaireOfVersion({ versionId: questionnaireVersionId }, tx);
    const loaded = await findAnswersForScoring({ assessmentId }, tx);
    const { answers, notes, teamId } = loaded;
    const { input: scored, result } = scoreDraft(questionnaire, loaded);
    // With a repository scan of the team, the evidenced result is stored beside the claimed one,
    // and every answer that claims more than high-confidence evidence allows carries a note.
    const scan = isV2(questionnaire) ? await findLatestEvidenceScan({ teamId, questionnaire }, tx) : null;
    let evidenced: EvidencedResult | null = null;
    if (scan && isV2(questionnaire)) {
      const unexplained = unexplainedClaims(questionnaire, answers, notes, scan.document);
      if (unexplained.length > 0) {
        throw new AppError(
          "conflict",
          `Before submitting, say in a note why ${unexplained.length === 1 ? "this answer claims" : "these answers claim"} more than your repositories show: ${unexplained.map((q) => `“${q}”`).join("; ")}.`,
        );
      }
      evidenced = evidencedResult(questionnaire, scored, scan.document);
    }
    await saveAssessmentResult({ assessmentId, result, evidenced }, tx);
    await markSubmitted({ assessmentId, submittedById: viewer.userId }, tx);
    return result;
  });
  return { weakestLevel: result.overall.weakestLevel };
}

/** The texts of the questions whose answer is above what high-confidence evidence allows, without a note saying why. */
function unexplainedClaims(
  questionnaire: QuestionnaireV2,
  answers: readonly Answer[],
  notes: ReadonlyMap<string, string>,
  scan: FindingsDocument,
): string[] {
  const views = evidenceByQuestion(questionnaire, new Map(), scan);
  const questions = new Map(questionnaire.objects.flatMap((o) => o.questions.map((q) => [q.id, q] as const)));
  return answers.flatMap((answer) => {
    const question = questions.get(answer.questionId);
    return question &&
      !notes.has(answer.questionId) &&
      claimsAboveEvidence(question, answer, views.get(answer.questionId))
      ? [question.text]
      : [];
  });
}
