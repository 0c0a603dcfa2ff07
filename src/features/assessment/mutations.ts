import "server-only";
import type { z } from "zod";
import { assessmentAccess, canReadTeam, canStartAssessment, type Viewer } from "@/domain/access/policy";
import { AppError } from "@/lib/errors";
import {
  findAssessmentOwner,
  findLatestQuestionnaireVersionId,
  findTeam,
  saveAnswer,
  setTargets,
  startAssessment,
  submitAssessment,
} from "@/server/repositories/assessments";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import type { AnswerPatchInput } from "./schemas";
import { toDomainAnswer } from "./schemas";
import type { startAssessmentSchema, targetsPatchSchema } from "./schemas";

/**
 * The assessment's mutations, behind the route handlers: input is already parsed by zod; each
 * checks who is asking first. A viewer who may not read the thing gets "not found", one who may
 * read but not change it gets "forbidden".
 */

const MISSING_ASSESSMENT = "This assessment does not exist.";

export async function startAssessmentForTeam(viewer: Viewer, input: z.infer<typeof startAssessmentSchema>) {
  const team = await findTeam(input.teamId);
  if (!team || !canReadTeam(viewer, team)) throw new AppError("not-found", "This team does not exist.");
  if (!canStartAssessment(viewer, team)) throw new AppError("forbidden", `Only a lead of ${team.name} can start its assessment.`);
  const versionId = await findLatestQuestionnaireVersionId(CURRENT_QUESTIONNAIRE_ID);
  if (!versionId) throw new AppError("conflict", "No questionnaire is installed.");
  return startAssessment({ teamId: team.id, questionnaireVersionId: versionId, prefillFromLatest: input.retake, createdById: viewer.userId });
}

/** Throws unless the viewer may change this assessment. */
export async function assertCanEdit(viewer: Viewer, assessmentId: string): Promise<void> {
  const assessment = await findAssessmentOwner(assessmentId);
  const access = assessment ? assessmentAccess(viewer, assessment) : "hidden";
  if (access === "hidden") throw new AppError("not-found", MISSING_ASSESSMENT);
  if (access === "read") throw new AppError("forbidden", "Only a lead of this team can change its assessment.");
}

export async function saveAnswerPatch(viewer: Viewer, assessmentId: string, patch: AnswerPatchInput) {
  await assertCanEdit(viewer, assessmentId);
  return saveAnswer(assessmentId, {
    questionId: patch.questionId,
    ...(patch.answer !== undefined ? { answer: patch.answer ? toDomainAnswer(patch.questionId, patch.answer) : null } : {}),
    ...(patch.note !== undefined ? { note: patch.note === "" ? null : patch.note } : {}),
    ...(patch.evidenceUrl !== undefined ? { evidenceUrl: patch.evidenceUrl === "" ? null : patch.evidenceUrl } : {}),
  });
}

export async function saveTargets(viewer: Viewer, assessmentId: string, targets: z.infer<typeof targetsPatchSchema>) {
  await assertCanEdit(viewer, assessmentId);
  return setTargets(assessmentId, targets);
}

export async function submit(viewer: Viewer, assessmentId: string) {
  await assertCanEdit(viewer, assessmentId);
  const result = await submitAssessment(assessmentId, viewer.userId);
  return { weakestLevel: result.overall.weakestLevel };
}
