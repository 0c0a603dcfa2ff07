import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Level, ObjectId } from "@/domain/questionnaire/schema";
import type { Answer, Targets } from "@/domain/scoring/answers";
import { assessmentResultSchema } from "@/domain/scoring/result";
import type { TeamSettings } from "@/domain/team";
import { AppError } from "@/lib/errors";
import { db, inTransaction, type Tx } from "@/server/db/client";
import { answerToRow, rowToAnswer } from "./answer-rows";
import { questionnaireOfVersion } from "./questionnaire-versions";

/** Assessments and their answers: start or resume a draft, save answers one by one, lock, insert whole, read. */

export interface StoredAnswer {
  questionId: string;
  answer: Answer | null;
  note: string | null;
  evidenceUrl: string | null;
  revision: number;
  updatedAt: string;
  /** When a person last chose or confirmed the answer (a retake carries it over). */
  confirmedAt: string | null;
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

export const answerSelect = {
  questionId: true,
  status: true,
  optionId: true,
  naReason: true,
  naReasonText: true,
  note: true,
  evidenceUrl: true,
  revision: true,
  updatedAt: true,
  confirmedAt: true,
} as const;

type AnswerRow = Prisma.AnswerGetPayload<{ select: typeof answerSelect }>;

export function toStoredAnswer(row: AnswerRow): StoredAnswer {
  return {
    questionId: row.questionId,
    answer: rowToAnswer(row),
    note: row.note,
    evidenceUrl: row.evidenceUrl,
    revision: row.revision,
    updatedAt: row.updatedAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  };
}

export function targetsOf(row: {
  targetData: number | null;
  targetModel: number | null;
  targetCode: number | null;
}): Targets {
  const targets: Targets = {};
  if (row.targetData !== null) targets.data = row.targetData;
  if (row.targetModel !== null) targets.model = row.targetModel;
  if (row.targetCode !== null) targets.code = row.targetCode;
  return targets;
}

export async function findAssessment(options: { id: string }): Promise<AssessmentView | null> {
  const row = await db().assessment.findUnique({
    where: { id: options.id },
    include: {
      team: { select: { id: true, organizationId: true, name: true, slug: true } },
      answers: { select: answerSelect },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    team: row.team,
    questionnaire: await questionnaireOfVersion({ versionId: row.questionnaireVersionId }),
    targets: targetsOf(row),
    answers: row.answers.map(toStoredAnswer),
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
  };
}

/** Resumes the team's draft, or starts one on the given version, pre-filled from the last submitted assessment when retaking. */
export async function startAssessment(options: {
  teamId: string;
  questionnaireVersionId: string;
  prefillFromLatest: boolean;
  createdById?: string;
}): Promise<{ id: string; resumed: boolean }> {
  return db().$transaction(async (tx) => {
    // One draft per team: two starts at the same moment take turns, and the second resumes the first's.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start-assessment:${options.teamId}`}))`;
    const draft = await tx.assessment.findFirst({
      where: { teamId: options.teamId, status: "draft" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (draft) return { id: draft.id, resumed: true };
    const previous = options.prefillFromLatest
      ? await tx.assessment.findFirst({
          where: {
            teamId: options.teamId,
            status: "submitted",
            questionnaireVersionId: options.questionnaireVersionId,
          },
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
        data: previous.answers.map(
          ({ questionId, status, optionId, naReason, naReasonText, note, evidenceUrl, confirmedAt }) => ({
            assessmentId: created.id,
            questionId,
            status,
            optionId,
            naReason,
            naReasonText,
            note,
            evidenceUrl,
            confirmedAt,
          }),
        ),
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

/** What deciding access to an assessment and checking an answer against it need: its team, status and questionnaire version. */
export async function findAssessmentOwner(options: { id: string }) {
  return db().assessment.findUnique({
    where: { id: options.id },
    select: {
      id: true,
      status: true,
      questionnaireVersionId: true,
      team: { select: { id: true, organizationId: true } },
    },
  });
}

/** The team's draft in progress, if any. */
export async function findTeamDraftId(options: { teamId: string }): Promise<string | null> {
  const draft = await db().assessment.findFirst({
    where: { teamId: options.teamId, status: "draft" },
    select: { id: true },
  });
  return draft?.id ?? null;
}

/**
 * Locks the assessment row and checks it can still change. Saves take turns on one assessment
 * (they also touch its updatedAt) and wait for, or are refused after, a submit.
 */
export async function lockDraft(
  options: { assessmentId: string; mode: "save" | "submit" },
  tx: Tx,
): Promise<{ questionnaireVersionId: string }> {
  const lock = options.mode === "save" ? Prisma.sql`FOR NO KEY UPDATE` : Prisma.sql`FOR UPDATE`;
  const [row] = await tx.$queryRaw<{ status: string; versionId: string }[]>`
    SELECT status::text AS status, "questionnaireVersionId" AS "versionId" FROM "Assessment" WHERE id = ${options.assessmentId} ${lock}`;
  if (!row) throw new AppError("not-found", "This assessment does not exist.");
  if (row.status !== "draft")
    throw new AppError("conflict", "This assessment has been submitted and can no longer change.");
  return { questionnaireVersionId: row.versionId };
}

/**
 * Saves one question's answer, note or evidence link in one statement: it touches the
 * assessment only while it is a draft (waiting for, or refused after, a concurrent submit) and
 * upserts the answer row; the last write wins and bumps the revision. Fields the patch leaves
 * out keep their stored values. The caller has checked the answer against the questionnaire.
 */
export async function saveAnswer(options: {
  assessmentId: string;
  patch: AnswerPatch;
}): Promise<StoredAnswer> {
  const { assessmentId, patch } = options;
  const saved = await upsertAnswer(
    Prisma.sql`UPDATE "Assessment" SET "updatedAt" = now() WHERE id = ${assessmentId} AND status = 'draft' RETURNING id`,
    patch,
  );
  if (!saved) throw new AppError("conflict", "This assessment has been submitted and can no longer change.");
  return saved;
}

/**
 * The autosave's hot path, authorisation and write in one statement: the answer is saved only if
 * the session token names a live session whose user leads the assessment's team and still belongs
 * to its organisation (memberships are read here, at the moment of the write, so a removal or a
 * changed role counts at once), the assessment is a draft, and it is taken on one of the
 * questionnaire versions the patch was checked against. Null when any of that fails: the caller
 * then finds out which, the slow way, for an honest answer (401, 404, 403, 409 or 400).
 */
export async function saveAnswerAsLead(options: {
  sessionToken: string;
  assessmentId: string;
  versionIds: readonly string[];
  patch: AnswerPatch;
}): Promise<StoredAnswer | null> {
  const { sessionToken, assessmentId, versionIds, patch } = options;
  return upsertAnswer(
    Prisma.sql`UPDATE "Assessment" a SET "updatedAt" = now()
      FROM "Session" s, "Team" t
      WHERE a.id = ${assessmentId} AND a.status = 'draft' AND a."questionnaireVersionId" = ANY(${versionIds}::text[])
        AND s.token = ${sessionToken} AND s."expiresAt" > now()
        AND t.id = a."teamId"
        AND EXISTS (SELECT 1 FROM "TeamMember" tm WHERE tm."teamId" = t.id AND tm."userId" = s."userId" AND tm.role = 'lead')
        AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."organizationId" = t."organizationId" AND m."userId" = s."userId")
      RETURNING a.id`,
    patch,
  );
}

/** Upserts the answer row of the assessment the `draft` statement returns (an UPDATE … RETURNING id); null when it returns none. */
async function upsertAnswer(draft: Prisma.Sql, patch: AnswerPatch): Promise<StoredAnswer | null> {
  const answer = patch.answer
    ? answerToRow(patch.answer)
    : { status: null, optionId: null, naReason: null, naReasonText: null };
  const setAnswer = patch.answer !== undefined;
  const setNote = patch.note !== undefined;
  const setEvidence = patch.evidenceUrl !== undefined;
  const rows = await db().$queryRaw<
    (Omit<AnswerRow, "updatedAt" | "confirmedAt"> & {
      updatedAt: Date | string;
      confirmedAt: Date | string | null;
    })[]
  >`
    WITH draft AS (${draft})
    INSERT INTO "Answer" (id, "assessmentId", "questionId", status, "optionId", "naReason", "naReasonText", note, "evidenceUrl", "updatedAt", "confirmedAt")
    SELECT ${randomUUID()}, draft.id, ${patch.questionId}, ${answer.status}::"AnswerStatus", ${answer.optionId}, ${answer.naReason}::"NaReason",
           ${answer.naReasonText}, ${patch.note ?? null}, ${patch.evidenceUrl ?? null}, now(), CASE WHEN ${setAnswer} THEN now() END
    FROM draft
    ON CONFLICT ("assessmentId", "questionId") DO UPDATE SET
      status = CASE WHEN ${setAnswer} THEN EXCLUDED.status ELSE "Answer".status END,
      "optionId" = CASE WHEN ${setAnswer} THEN EXCLUDED."optionId" ELSE "Answer"."optionId" END,
      "naReason" = CASE WHEN ${setAnswer} THEN EXCLUDED."naReason" ELSE "Answer"."naReason" END,
      "naReasonText" = CASE WHEN ${setAnswer} THEN EXCLUDED."naReasonText" ELSE "Answer"."naReasonText" END,
      note = CASE WHEN ${setNote} THEN EXCLUDED.note ELSE "Answer".note END,
      "evidenceUrl" = CASE WHEN ${setEvidence} THEN EXCLUDED."evidenceUrl" ELSE "Answer"."evidenceUrl" END,
      revision = "Answer".revision + 1,
      "updatedAt" = now(),
      "confirmedAt" = CASE WHEN ${setAnswer} THEN now() ELSE "Answer"."confirmedAt" END
    RETURNING "questionId", status, "optionId", "naReason", "naReasonText", note, "evidenceUrl", revision, "updatedAt", "confirmedAt"`;
  const row = rows[0];
  if (!row) return null;
  return toStoredAnswer({
    ...row,
    updatedAt: new Date(row.updatedAt),
    confirmedAt: row.confirmedAt === null ? null : new Date(row.confirmedAt),
  });
}

export async function setTargets(
  options: { assessmentId: string; targets: Partial<Record<ObjectId, Level | null>> },
  tx?: Tx,
): Promise<void> {
  const { assessmentId, targets } = options;
  await inTransaction(tx, async (tx) => {
    await lockDraft({ assessmentId, mode: "save" }, tx);
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

/** What scoring an assessment needs: its answers, targets and the team settings that answer context questions. */
export async function findAnswersForScoring(
  options: { assessmentId: string },
  tx?: Tx,
): Promise<{
  answers: Answer[];
  notes: Map<string, string>;
  targets: Targets;
  teamId: string;
  team: TeamSettings;
}> {
  const row = await (tx ?? db()).assessment.findUniqueOrThrow({
    where: { id: options.assessmentId },
    include: {
      answers: { select: answerSelect },
      team: { select: { ownershipModel: true, structure: true } },
    },
  });
  return {
    answers: row.answers.map((a) => rowToAnswer(a)).filter((a): a is Answer => a !== null),
    notes: new Map(row.answers.flatMap((a) => (a.note?.trim() ? [[a.questionId, a.note] as const] : []))),
    targets: targetsOf(row),
    teamId: row.teamId,
    team: row.team,
  };
}

export async function markSubmitted(
  options: { assessmentId: string; submittedById: string | null },
  tx: Tx,
): Promise<void> {
  await tx.assessment.update({
    where: { id: options.assessmentId },
    data: { status: "submitted", submittedAt: new Date(), submittedById: options.submittedById },
  });
}

export interface WholeAssessment {
  id?: string;
  teamId: string;
  questionnaireVersionId: string;
  status: "draft" | "submitted";
  createdAt: Date;
  updatedAt?: Date;
  submittedAt: Date | null;
  createdById: string | null;
  targets: Targets;
  answers: {
    id?: string;
    questionId: string;
    answer: Answer | null;
    note: string | null;
    evidenceUrl: string | null;
  }[];
}

/** Inserts an assessment with all its answers at once (an import, the demo); returns its id. */
export async function insertAssessment(assessment: WholeAssessment, tx: Tx): Promise<{ id: string }> {
  const id = assessment.id ?? randomUUID();
  await tx.assessment.create({
    data: {
      id,
      teamId: assessment.teamId,
      questionnaireVersionId: assessment.questionnaireVersionId,
      status: assessment.status,
      createdAt: assessment.createdAt,
      ...(assessment.updatedAt ? { updatedAt: assessment.updatedAt } : {}),
      submittedAt: assessment.submittedAt,
      createdById: assessment.createdById,
      submittedById: assessment.status === "submitted" ? assessment.createdById : null,
      targetData: assessment.targets.data ?? null,
      targetModel: assessment.targets.model ?? null,
      targetCode: assessment.targets.code ?? null,
    },
  });
  await tx.answer.createMany({
    data: assessment.answers.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      assessmentId: id,
      questionId: a.questionId,
      ...(a.answer ? answerToRow(a.answer) : { status: null }),
      note: a.note,
      evidenceUrl: a.evidenceUrl,
      // An answer that arrives whole was last confirmed when its assessment was submitted (or started).
      confirmedAt: a.answer ? (assessment.submittedAt ?? assessment.createdAt) : null,
    })),
  });
  return { id };
}

export async function assessmentExists(options: { id: string }, tx?: Tx): Promise<boolean> {
  return (
    (await (tx ?? db()).assessment.findUnique({ where: { id: options.id }, select: { id: true } })) !== null
  );
}

/** Everything an export holds about a submitted assessment (see domain/scoring/exchange.ts). */
export async function findAssessmentForExport(options: { id: string }) {
  const row = await db().assessment.findUnique({
    where: { id: options.id },
    select: {
      status: true,
      createdAt: true,
      submittedAt: true,
      targetData: true,
      targetModel: true,
      targetCode: true,
      team: {
        select: {
          id: true,
          organizationId: true,
          name: true,
          businessUnit: true,
          ownershipModel: true,
          structure: true,
          organization: { select: { name: true } },
        },
      },
      questionnaireVersion: { select: { questionnaireId: true, version: true, contentHash: true } },
      answers: { select: answerSelect, orderBy: { questionId: "asc" } },
      result: { select: { result: true } },
    },
  });
  if (!row || row.status !== "submitted" || !row.submittedAt || !row.result) return null;
  return {
    team: row.team,
    questionnaire: row.questionnaireVersion,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    targets: targetsOf(row),
    answers: row.answers.map(toStoredAnswer),
    result: assessmentResultSchema.parse(row.result.result),
  };
}
