import "server-only";
import { AppError } from "@/lib/errors";
import {
  findLatestQuestionnaireVersionId,
  findTeamBySlug,
  saveAnswer,
  setTargets,
  startAssessment,
  submitAssessment,
} from "@/server/repositories/assessments";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import type { AnswerPatchInput } from "./schemas";
import { toDomainAnswer } from "./schemas";
import type { z } from "zod";
import type { startAssessmentSchema, targetsPatchSchema } from "./schemas";

/** The assessment's mutations, behind the route handlers: input is already parsed by zod. */

export async function startAssessmentForTeam(input: z.infer<typeof startAssessmentSchema>) {
  const team = await findTeamBySlug(input.teamSlug);
  if (!team) throw new AppError("not-found", "This team does not exist.");
  const versionId = await findLatestQuestionnaireVersionId(CURRENT_QUESTIONNAIRE_ID);
  if (!versionId) throw new AppError("conflict", "No questionnaire is installed.");
  return startAssessment({ teamId: team.id, questionnaireVersionId: versionId, prefillFromLatest: input.retake });
}

export function saveAnswerPatch(assessmentId: string, patch: AnswerPatchInput) {
  return saveAnswer(assessmentId, {
    questionId: patch.questionId,
    ...(patch.answer !== undefined ? { answer: patch.answer ? toDomainAnswer(patch.questionId, patch.answer) : null } : {}),
    ...(patch.note !== undefined ? { note: patch.note === "" ? null : patch.note } : {}),
    ...(patch.evidenceUrl !== undefined ? { evidenceUrl: patch.evidenceUrl === "" ? null : patch.evidenceUrl } : {}),
  });
}

export function saveTargets(assessmentId: string, targets: z.infer<typeof targetsPatchSchema>) {
  return setTargets(assessmentId, targets);
}

export async function submit(assessmentId: string) {
  const result = await submitAssessment(assessmentId);
  return { weakestLevel: result.overall.weakestLevel };
}
