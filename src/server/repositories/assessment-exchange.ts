import "server-only";
import { randomUUID } from "node:crypto";
import { scoredQuestions, type Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Answer, Targets } from "@/domain/scoring/answers";
import { answerRuleProblems, findAnswerProblems, scoreAssessment } from "@/domain/scoring/engine";
import { assessmentResultSchema, type AssessmentResult } from "@/domain/scoring/result";
import { withTeamContext } from "@/domain/scoring/team-context";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db/client";
import { answerToRow } from "./answer-rows";
import { saveAssessmentResult } from "./assessment-results";
import { answerSelect, targetsOf, toStoredAnswer } from "./assessments";
import { insertTeam, isUniqueViolation, type NewTeam } from "./memberships";

/** Submitted assessments out of and into the database as whole units (see domain/scoring/exchange.ts). */

/** Everything an export holds about a submitted assessment (see domain/scoring/exchange.ts). */
export async function findAssessmentForExport(assessmentId: string) {
  const row = await db().assessment.findUnique({
    where: { id: assessmentId },
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

/**
 * Stores an imported assessment as submitted, in one transaction: into the organisation's team of
 * that name (created when missing), with the answers re-scored by this engine. Two imports creating
 * the same new team at once: one succeeds, the other is refused with a conflict.
 */
export async function importSubmittedAssessment(options: {
  organizationId: string;
  userId: string;
  team: NewTeam;
  questionnaireVersionId: string;
  questionnaire: Questionnaire;
  createdAt: Date;
  submittedAt: Date;
  targets: Targets;
  answers: { questionId: string; answer: Answer | null; note: string | null; evidenceUrl: string | null }[];
}): Promise<{ assessmentId: string; teamId: string; result: AssessmentResult }> {
  const known = new Set([...scoredQuestions(options.questionnaire).map((q) => q.id), ...options.questionnaire.context.questions.map((q) => q.id)]);
  const unknown = options.answers.find((a) => !known.has(a.questionId));
  const answers = options.answers.flatMap((a) => (a.answer ? [a.answer] : []));
  const problems = unknown ? [`unknown question "${unknown.questionId}"`] : [...findAnswerProblems(options.questionnaire, answers), ...answerRuleProblems(options.questionnaire, answers)];
  if (problems.length > 0) {
    throw new AppError("bad-request", `The export's answers do not fit questionnaire ${options.questionnaire.id} v${options.questionnaire.version}: ${problems[0]}`);
  }
  const result = scoreAssessment(options.questionnaire, { answers: withTeamContext(options.questionnaire, answers, options.team), targets: options.targets });
  return db()
    .$transaction(async (tx) => {
      // The team of exactly that name; a name that only slugs alike is another team.
      const existing = await tx.team.findUnique({
        where: { organizationId_name: { organizationId: options.organizationId, name: options.team.name } },
        select: { id: true },
      });
      const teamId = existing?.id ?? (await insertTeam(tx, options.organizationId, options.team)).id;
      const assessmentId = randomUUID();
      await tx.assessment.create({
        data: {
          id: assessmentId,
          teamId,
          questionnaireVersionId: options.questionnaireVersionId,
          status: "submitted",
          createdAt: options.createdAt,
          submittedAt: options.submittedAt,
          createdById: options.userId,
          submittedById: options.userId,
          targetData: options.targets.data ?? null,
          targetModel: options.targets.model ?? null,
          targetCode: options.targets.code ?? null,
        },
      });
      await tx.answer.createMany({
        data: options.answers.map((a) => ({
          assessmentId,
          questionId: a.questionId,
          ...(a.answer ? answerToRow(a.answer) : { status: null }),
          note: a.note,
          evidenceUrl: a.evidenceUrl,
        })),
      });
      await saveAssessmentResult(tx, { assessmentId, result });
      return { assessmentId, teamId, result };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new AppError(
          "conflict",
          `The team “${options.team.name}” was created at the same moment by another import. Import this file again.`,
        );
      throw error;
    });
}
