import "server-only";
import {
  assessmentAccess,
  canManageOrganization,
  canReadOrganization,
  type Viewer,
} from "@/domain/access/policy";
import { scoredQuestions } from "@/domain/questionnaire/questionnaire";
import { answerRuleProblems, findAnswerProblems, scoreAssessment } from "@/domain/scoring/engine";
import {
  ASSESSMENT_EXPORT_FORMAT,
  importDateProblem,
  type AssessmentExport,
} from "@/domain/scoring/exchange";
import { withTeamContext } from "@/domain/scoring/team-context";
import { exportFileName } from "@/lib/export-files";
import { AppError } from "@/lib/errors";
import { transaction } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/errors";
import { saveAssessmentResult } from "@/server/repositories/assessment-results";
import { findAssessmentForExport, insertAssessment } from "@/server/repositories/assessments";
import { findQuestionnaireVersion } from "@/server/repositories/questionnaire-versions";
import { findTeamByName, insertTeam } from "@/server/repositories/teams";

/** Moving a submitted assessment between organisations (or installations) as JSON. */

export async function exportAssessment(
  viewer: Viewer,
  assessmentId: string,
): Promise<{ json: AssessmentExport; filename: string } | null> {
  const found = await findAssessmentForExport({ id: assessmentId });
  if (!found || assessmentAccess(viewer, found) === "hidden") return null;
  const json: AssessmentExport = {
    format: ASSESSMENT_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    organization: { name: found.team.organization.name },
    team: {
      name: found.team.name,
      businessUnit: found.team.businessUnit,
      ownershipModel: found.team.ownershipModel,
      structure: found.team.structure,
    },
    questionnaire: {
      id: found.questionnaire.questionnaireId,
      version: found.questionnaire.version,
      contentHash: found.questionnaire.contentHash,
    },
    assessment: {
      createdAt: found.createdAt.toISOString(),
      submittedAt: found.submittedAt.toISOString(),
      targets: found.targets,
    },
    answers: found.answers.map((a) => ({
      questionId: a.questionId,
      answer: a.answer,
      note: a.note,
      evidenceUrl: a.evidenceUrl,
    })),
    result: found.result,
  };
  return {
    json,
    filename: exportFileName(found.team.name, "assessment", found.submittedAt, "json"),
  };
}

/** Admins import into their organisation; anyone else is refused before the file is read. */
export function assertCanImport(viewer: Viewer, organizationId: string): void {
  if (!canReadOrganization(viewer, organizationId))
    throw new AppError("not-found", "This organisation does not exist.");
  if (!canManageOrganization(viewer, organizationId))
    throw new AppError("forbidden", "Only an admin of this organisation can import assessments.");
}

/**
 * Stores an exported assessment as submitted: the answers must fit the same questionnaire version
 * here, and are scored again by this engine rather than trusting the file's result. Into the
 * organisation's team of that name (created when missing), in one transaction; two imports
 * creating the same new team at once: one succeeds, the other is refused with a conflict.
 */
export async function importAssessment(viewer: Viewer, organizationId: string, data: AssessmentExport) {
  assertCanImport(viewer, organizationId);
  const dateProblem = importDateProblem(data, new Date());
  if (dateProblem) throw new AppError("bad-request", dateProblem);
  const version = await findQuestionnaireVersion({
    id: data.questionnaire.id,
    version: data.questionnaire.version,
  });
  if (!version)
    throw new AppError(
      "conflict",
      `This installation does not have questionnaire ${data.questionnaire.id} v${data.questionnaire.version}, which the export was taken with.`,
    );
  if (version.contentHash !== data.questionnaire.contentHash) {
    throw new AppError(
      "conflict",
      `Questionnaire ${data.questionnaire.id} v${data.questionnaire.version} differs here from the one the export was taken with (content hashes differ).`,
    );
  }
  const { questionnaire } = version;
  const known = new Set([
    ...scoredQuestions(questionnaire).map((q) => q.id),
    ...questionnaire.context.questions.map((q) => q.id),
  ]);
  const unknown = data.answers.find((a) => !known.has(a.questionId));
  const answers = data.answers.flatMap((a) => (a.answer ? [a.answer] : []));
  const problems = unknown
    ? [`unknown question "${unknown.questionId}"`]
    : [...findAnswerProblems(questionnaire, answers), ...answerRuleProblems(questionnaire, answers)];
  if (problems.length > 0) {
    throw new AppError(
      "bad-request",
      `The export's answers do not fit questionnaire ${questionnaire.id} v${questionnaire.version}: ${problems[0]}`,
    );
  }
  const result = scoreAssessment(questionnaire, {
    answers: withTeamContext(questionnaire, answers, data.team),
    targets: data.assessment.targets,
  });
  const imported = await transaction(async (tx) => {
    const existing = await findTeamByName({ organizationId, name: data.team.name }, tx);
    const teamId = existing?.id ?? (await insertTeam({ organizationId, team: data.team }, tx)).id;
    const { id: assessmentId } = await insertAssessment(
      {
        teamId,
        questionnaireVersionId: version.rowId,
        status: "submitted",
        createdAt: new Date(data.assessment.createdAt),
        submittedAt: new Date(data.assessment.submittedAt),
        createdById: viewer.userId,
        targets: data.assessment.targets,
        answers: data.answers,
      },
      tx,
    );
    await saveAssessmentResult({ assessmentId, result }, tx);
    return { assessmentId, teamId };
  }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw new AppError(
        "conflict",
        `The team “${data.team.name}” was created at the same moment by another import. Import this file again.`,
      );
    throw error;
  });
  return { ...imported, weakestLevel: result.overall.weakestLevel };
}
