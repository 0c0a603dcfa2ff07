import "server-only";
import { z } from "zod";
import { allowsScope, assessmentAccess, type Viewer } from "@/domain/access/policy";
import { evidencedAnswers } from "@/domain/evidence/evidenced";
import { findingsDocumentSchema, type FindingsDocument } from "@/domain/evidence/findings";
import { isV2 } from "@/domain/questionnaire/questionnaire";
import { AppError } from "@/lib/errors";
import { findAssessment } from "@/server/repositories/assessments";
import { findLatestEvidenceScan, saveEvidenceScan } from "@/server/repositories/evidence-scans";

/** Evidence from a team's repositories, posted to a draft by the scanner (with a token) or uploaded on the answering page. */

/** The body of a post: the scanner's findings document, nothing else (no file contents ever travel). */
export const evidencePostSchema = z.object({ findings: findingsDocumentSchema }).strict();

/** A findings document is a few hundred kilobytes at most (2,000 findings of 20 locations). */
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;

export async function postEvidence(viewer: Viewer, assessmentId: string, document: FindingsDocument) {
  const assessment = await findAssessment({ id: assessmentId });
  const access = assessment ? assessmentAccess(viewer, assessment) : "hidden";
  if (!assessment || access === "hidden") throw new AppError("not-found", "This assessment does not exist.");
  if (!allowsScope(viewer, "evidence:write")) throw new AppError("forbidden", 'This token does not have the "evidence:write" scope.');
  if (access !== "write") throw new AppError("forbidden", "Only a lead of this team can add evidence to its assessment.");
  if (assessment.status !== "draft") throw new AppError("conflict", "This assessment has been submitted: evidence goes to a draft. Start a retake and post it there.");
  const { questionnaire } = assessment;
  if (document.questionnaire.id !== questionnaire.id || document.questionnaire.version !== questionnaire.version) {
    throw new AppError(
      "conflict",
      `The scan was made for questionnaire ${document.questionnaire.id} v${document.questionnaire.version}; this assessment is on v${questionnaire.version}. Scan again with the app's current scanner (GET /scanner.mjs).`,
    );
  }
  const saved = await saveEvidenceScan({ assessmentId, uploadedById: viewer.userId, document });
  const answers = assessment.answers.flatMap((a) => (a.answer ? [a.answer] : []));
  const compared = isV2(questionnaire) ? evidencedAnswers(questionnaire, answers, document) : null;
  return {
    receivedAt: saved.receivedAt.toISOString(),
    findings: document.findings.length,
    suggestions: document.suggestions.filter((s) => s.status === "suggested").length,
    disagreements: compared?.disagreements.length ?? 0,
  };
}

/** The newest scan of a draft, for the answering page (null when none was posted). */
export async function latestEvidence(viewer: Viewer, assessmentId: string) {
  const assessment = await findAssessment({ id: assessmentId });
  if (!assessment || assessmentAccess(viewer, assessment) === "hidden") return null;
  return findLatestEvidenceScan({ assessmentId });
}
