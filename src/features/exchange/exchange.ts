import "server-only";
import { assessmentAccess, canManageOrganization, canReadOrganization, type Viewer } from "@/domain/access/policy";
import { ASSESSMENT_EXPORT_FORMAT, importDateProblem, type AssessmentExport } from "@/domain/scoring/exchange";
import { AppError } from "@/lib/errors";
import { findAssessmentForExport, importSubmittedAssessment } from "@/server/repositories/assessment-exchange";
import { findQuestionnaireVersion } from "@/server/repositories/questionnaire-versions";
import { db } from "@/server/db/client";

/** Moving a submitted assessment between organisations (or installations) as JSON. */

export async function exportAssessment(viewer: Viewer, assessmentId: string): Promise<{ json: AssessmentExport; filename: string } | null> {
  const found = await findAssessmentForExport(assessmentId);
  if (!found || assessmentAccess(viewer, found) === "hidden") return null;
  const json: AssessmentExport = {
    format: ASSESSMENT_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    organization: { name: found.team.organization.name },
    team: { name: found.team.name, businessUnit: found.team.businessUnit, ownershipModel: found.team.ownershipModel, structure: found.team.structure },
    questionnaire: { id: found.questionnaire.questionnaireId, version: found.questionnaire.version, contentHash: found.questionnaire.contentHash },
    assessment: { createdAt: found.createdAt.toISOString(), submittedAt: found.submittedAt.toISOString(), targets: found.targets },
    answers: found.answers.map((a) => ({ questionId: a.questionId, answer: a.answer, note: a.note, evidenceUrl: a.evidenceUrl })),
    result: found.result,
  };
  return { json, filename: `${found.team.name} assessment ${found.submittedAt.toISOString().slice(0, 10)}.json` };
}

/** Admins import into their organisation; anyone else is refused before the file is read. */
export function assertCanImport(viewer: Viewer, organizationId: string): void {
  if (!canReadOrganization(viewer, organizationId)) throw new AppError("not-found", "This organisation does not exist.");
  if (!canManageOrganization(viewer, organizationId)) throw new AppError("forbidden", "Only an admin of this organisation can import assessments.");
}

export async function importAssessment(viewer: Viewer, organizationId: string, data: AssessmentExport) {
  assertCanImport(viewer, organizationId);
  const dateProblem = importDateProblem(data, new Date());
  if (dateProblem) throw new AppError("bad-request", dateProblem);
  const version = await findQuestionnaireVersion(db(), { id: data.questionnaire.id, version: data.questionnaire.version });
  if (!version) throw new AppError("conflict", `This installation does not have questionnaire ${data.questionnaire.id} v${data.questionnaire.version}, which the export was taken with.`);
  if (version.contentHash !== data.questionnaire.contentHash) {
    throw new AppError("conflict", `Questionnaire ${data.questionnaire.id} v${data.questionnaire.version} differs here from the one the export was taken with (content hashes differ).`);
  }
  const imported = await importSubmittedAssessment({
    organizationId,
    userId: viewer.userId,
    team: data.team,
    questionnaireVersionId: version.rowId,
    questionnaire: version.questionnaire,
    createdAt: new Date(data.assessment.createdAt),
    submittedAt: new Date(data.assessment.submittedAt),
    targets: data.assessment.targets,
    answers: data.answers,
  });
  return { assessmentId: imported.assessmentId, teamId: imported.teamId, weakestLevel: imported.result.overall.weakestLevel };
}
