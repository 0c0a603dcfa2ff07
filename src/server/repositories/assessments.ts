import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { scoredQuestions, type Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Level, ObjectId } from "@/domain/questionnaire/schema";
import type { Answer, Targets } from "@/domain/scoring/answers";
import { answerRuleProblems, findAnswerProblems, scoreAssessment } from "@/domain/scoring/engine";
import { assessmentResultSchema, type AssessmentResult } from "@/domain/scoring/result";
import { withTeamContext } from "@/domain/scoring/team-context";
import { db } from "@/server/db/client";
import { AppError } from "@/lib/errors";
import { answerToRow, rowToAnswer } from "./answer-rows";
import { saveAssessmentResult } from "./assessment-results";
import { questionnaireOfVersion } from "./questionnaire-versions";

/** Assessments: start or resume a draft, save answers one by one, submit, read results. */

export interface StoredAnswer {
  questionId: string;
  answer: Answer | null;
  note: string | null;
  evidenceUrl: string | null;
  revision: number;
  updatedAt: string;
}

export interface AssessmentView {
  id: string;
  status: "draft" | "submitted";
  team: { id: string; organizationId: string; name: string; slug: string };
  questionnaire: Questionnaire;
  targets: Targets;
  answers: StoredAnswer[];
  createdAt: Date;
  submittedAt: Date | null;
}

export const answerSelect = { questionId: true, status: true, optionId: true, naReason: true, naReasonText: true, note: true, evidenceUrl: true, revision: true, updatedAt: true } as const;

type AnswerRow = Prisma.AnswerGetPayload<{ select: typeof answerSelect }>;

export function toStoredAnswer(row: AnswerRow): StoredAnswer {
  return { questionId: row.questionId, answer: rowToAnswer(row), note: row.note, evidenceUrl: row.evidenceUrl, revision: row.revision, updatedAt: row.updatedAt.toISOString() };
}

export function targetsOf(row: { targetData: number | null; targetModel: number | null; targetCode: number | null }): Targets {
  const targets: Targets = {};
  if (row.targetData !== null) targets.data = row.targetData as Level;
  if (row.targetModel !== null) targets.model = row.targetModel as Level;
  if (row.targetCode !== null) targets.code = row.targetCode as Level;
  return targets;
}

export async function findAssessment(id: string): Promise<AssessmentView | null> {
  const row = await db().assessment.findUnique({
    where: { id },
    include: { team: { select: { id: true, organizationId: true, name: true, slug: true } }, answers: { select: answerSelect } },
  });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    team: row.team,
    questionnaire: await questionnaireOfVersion(db(), row.questionnaireVersionId),
    targets: targetsOf(row),
    answers: row.answers.map(toStoredAnswer),
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
  };
}

/** Resumes the team's draft, or starts one on the given version, pre-filled from the last submitted assessment when retaking. */
export async function startAssessment(options: { teamId: string; questionnaireVersionId: string; prefillFromLatest: boolean; createdById?: string }): Promise<{ id: string; resumed: boolean }> {
  return db().$transaction(async (tx) => {
    // One draft per team: two starts at the same moment take turns, and the second resumes the first's.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start-assessment:${options.teamId}`}))`;
    const draft = await tx.assessment.findFirst({ where: { teamId: options.teamId, status: "draft" }, orderBy: { createdAt: "desc" }, select: { id: true } });
    if (draft) return { id: draft.id, resumed: true };
    const previous = options.prefillFromLatest
      ? await tx.assessment.findFirst({
          where: { teamId: options.teamId, status: "submitted", questionnaireVersionId: options.questionnaireVersionId },
          orderBy: { submittedAt: "desc" },
          include: { answers: true },
        })
      : null;
    const created = await tx.assessment.create({
      data: {
        teamId: options.teamId,
        questionnaireVersionId: options.questionnaireVersionId,
        createdById: options.createdById ?? null,
        targetData: previous?.targetData ?? null,
        targetModel: previous?.targetModel ?? null,
        targetCode: previous?.targetCode ?? null,
      },
      select: { id: true },
    });
    if (previous) {
      await tx.answer.createMany({
        data: previous.answers.map(({ questionId, status, optionId, naReason, naReasonText, note, evidenceUrl }) => ({ assessmentId: created.id, questionId, status, optionId, naReason, naReasonText, note, evidenceUrl })),
      });
    }
    return { id: created.id, resumed: false };
  });
}

export interface AnswerPatch {
  questionId: string;
  answer?: Answer | null;
  note?: string | null;
  evidenceUrl?: string | null;
}

/**
 * Locks the assessment row and checks it can still change. Saves take turns on one assessment
 * (they also touch its updatedAt) and wait for, or are refused after, a submit.
 */
async function lockDraft(tx: Prisma.TransactionClient, id: string, mode: "save" | "submit") {
  const rows = await tx.$queryRawUnsafe<{ status: string; versionId: string }[]>(
    `SELECT status::text AS status, "questionnaireVersionId" AS "versionId" FROM "Assessment" WHERE id = $1 FOR ${mode === "save" ? "NO KEY UPDATE" : "UPDATE"}`,
    id,
  );
  const row = rows[0];
  if (!row) throw new AppError("not-found", "This assessment does not exist.");
  if (row.status !== "draft") throw new AppError("conflict", "This assessment has been submitted and can no longer change.");
  return questionnaireOfVersion(tx, row.versionId);
}

// An assessment's questionnaire version never changes: remember it (a lookup saved per autosave).
const versionOfAssessment = new Map<string, string>();

async function questionnaireOfAssessment(assessmentId: string): Promise<Questionnaire> {
  let versionId = versionOfAssessment.get(assessmentId);
  if (!versionId) {
    const row = await db().assessment.findUnique({ where: { id: assessmentId }, select: { questionnaireVersionId: true } });
    if (!row) throw new AppError("not-found", "This assessment does not exist.");
    versionId = row.questionnaireVersionId;
    if (versionOfAssessment.size > 100_000) versionOfAssessment.clear();
    versionOfAssessment.set(assessmentId, versionId);
  }
  return questionnaireOfVersion(db(), versionId);
}

function isQuestionOf(questionnaire: Questionnaire, questionId: string): boolean {
  return scoredQuestions(questionnaire).some((q) => q.id === questionId) || questionnaire.context.questions.some((q) => q.id === questionId);
}

/**
 * Saves one question's answer, note or evidence link in one statement: it touches the
 * assessment only while it is a draft (waiting for, or refused after, a concurrent submit) and
 * upserts the answer row; the last write wins and bumps the revision. Fields the patch leaves
 * out keep their stored values.
 */
export async function saveAnswer(assessmentId: string, patch: AnswerPatch): Promise<StoredAnswer> {
  const questionnaire = await questionnaireOfAssessment(assessmentId);
  const problems = patch.answer ? [...findAnswerProblems(questionnaire, [patch.answer]), ...answerRuleProblems(questionnaire, [patch.answer])] : isQuestionOf(questionnaire, patch.questionId) ? [] : [`unknown question "${patch.questionId}"`];
  if (problems.length > 0) throw new AppError("bad-request", `Cannot save: ${problems.join("; ")}.`);
  const answer = patch.answer ? answerToRow(patch.answer) : { status: null, optionId: null, naReason: null, naReasonText: null };
  const setAnswer = patch.answer !== undefined;
  const setNote = patch.note !== undefined;
  const setEvidence = patch.evidenceUrl !== undefined;
  const rows = await db().$queryRaw<(Omit<AnswerRow, "updatedAt"> & { updatedAt: Date | string })[]>`
    WITH draft AS (
      UPDATE "Assessment" SET "updatedAt" = now() WHERE id = ${assessmentId} AND status = 'draft' RETURNING id
    )
    INSERT INTO "Answer" (id, "assessmentId", "questionId", status, "optionId", "naReason", "naReasonText", note, "evidenceUrl", "updatedAt")
    SELECT ${randomUUID()}, draft.id, ${patch.questionId}, ${answer.status}::"AnswerStatus", ${answer.optionId}, ${answer.naReason}::"NaReason",
           ${answer.naReasonText}, ${patch.note ?? null}, ${patch.evidenceUrl ?? null}, now()
    FROM draft
    ON CONFLICT ("assessmentId", "questionId") DO UPDATE SET
      status = CASE WHEN ${setAnswer} THEN EXCLUDED.status ELSE "Answer".status END,
      "optionId" = CASE WHEN ${setAnswer} THEN EXCLUDED."optionId" ELSE "Answer"."optionId" END,
      "naReason" = CASE WHEN ${setAnswer} THEN EXCLUDED."naReason" ELSE "Answer"."naReason" END,
      "naReasonText" = CASE WHEN ${setAnswer} THEN EXCLUDED."naReasonText" ELSE "Answer"."naReasonText" END,
      note = CASE WHEN ${setNote} THEN EXCLUDED.note ELSE "Answer".note END,
      "evidenceUrl" = CASE WHEN ${setEvidence} THEN EXCLUDED."evidenceUrl" ELSE "Answer"."evidenceUrl" END,
      revision = "Answer".revision + 1,
      "updatedAt" = now()
    RETURNING "questionId", status, "optionId", "naReason", "naReasonText", note, "evidenceUrl", revision, "updatedAt"`;
  const row = rows[0];
  if (!row) throw new AppError("conflict", "This assessment has been submitted and can no longer change.");
  return toStoredAnswer({ ...row, updatedAt: new Date(row.updatedAt) });
}

export async function setTargets(assessmentId: string, targets: Partial<Record<ObjectId, Level | null>>): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockDraft(tx, assessmentId, "save");
    await tx.assessment.update({
      where: { id: assessmentId },
      data: {
        ...(targets.data !== undefined ? { targetData: targets.data } : {}),
        ...(targets.model !== undefined ? { targetModel: targets.model } : {}),
        ...(targets.code !== undefined ? { targetCode: targets.code } : {}),
      },
    });
  });
}

/** Freezes the answers and stores the computed result with the questionnaire and engine versions, in one transaction. */
export async function submitAssessment(assessmentId: string, submittedById?: string): Promise<AssessmentResult> {
  return db().$transaction(async (tx) => {
    const questionnaire = await lockDraft(tx, assessmentId, "submit");
    const row = await tx.assessment.findUniqueOrThrow({
      where: { id: assessmentId },
      include: { answers: { select: answerSelect }, team: { select: { ownershipModel: true, structure: true } } },
    });
    const answers = row.answers.map((a) => rowToAnswer(a)).filter((a): a is Answer => a !== null);
    const result = scoreAssessment(questionnaire, { answers: withTeamContext(questionnaire, answers, row.team), targets: targetsOf(row) });
    await saveAssessmentResult(tx, { assessmentId, result });
    await tx.assessment.update({ where: { id: assessmentId }, data: { status: "submitted", submittedAt: new Date(), submittedById: submittedById ?? null } });
    return result;
  });
}

export interface ResultView {
  assessment: AssessmentView;
  result: AssessmentResult;
  engineVersion: string;
  previous: { id: string; submittedAt: Date; result: AssessmentResult } | null;
  /** The team's draft in progress, if any: a retake resumes it. */
  teamDraftId: string | null;
}

export async function findResult(assessmentId: string): Promise<ResultView | null> {
  const assessment = await findAssessment(assessmentId);
  if (!assessment || assessment.status !== "submitted" || !assessment.submittedAt) return null;
  const stored = await db().assessmentResult.findUnique({ where: { assessmentId }, select: { result: true, engineVersion: true } });
  if (!stored) return null;
  const previous = await db().assessment.findFirst({
    where: { teamId: assessment.team.id, status: "submitted", submittedAt: { lt: assessment.submittedAt } },
    orderBy: { submittedAt: "desc" },
    select: { id: true, submittedAt: true, result: { select: { result: true } } },
  });
  const draft = await db().assessment.findFirst({ where: { teamId: assessment.team.id, status: "draft" }, select: { id: true } });
  return {
    assessment,
    teamDraftId: draft?.id ?? null,
    result: assessmentResultSchema.parse(stored.result),
    engineVersion: stored.engineVersion,
    previous: previous?.submittedAt && previous.result ? { id: previous.id, submittedAt: previous.submittedAt, result: assessmentResultSchema.parse(previous.result.result) } : null,
  };
}

export async function findTeam(id: string) {
  return db().team.findUnique({ where: { id }, select: { id: true, organizationId: true, name: true } });
}

/** What deciding access to an assessment needs: its team and organisation, and its status. */
export async function findAssessmentOwner(id: string) {
  return db().assessment.findUnique({ where: { id }, select: { id: true, status: true, team: { select: { id: true, organizationId: true } } } });
}

export async function findLatestQuestionnaireVersionId(questionnaireId: string): Promise<string | null> {
  const rows = await db().questionnaireVersion.findMany({ where: { questionnaireId }, select: { id: true, version: true } });
  return rows.sort((a, b) => Number(b.version) - Number(a.version))[0]?.id ?? null;
}
