import "server-only";
import { assessmentAccess, type Access, type Viewer } from "@/domain/access/policy";
import { evidenceByQuestion } from "@/domain/evidence/explain";
import { isV2 } from "@/domain/questionnaire/questionnaire";
import { ruleExplanations } from "@/server/questionnaires/evidence-rules";
import { findAssessment, type AssessmentView } from "@/server/repositories/assessments";
import { findLatestEvidenceScan } from "@/server/repositories/evidence-scans";
import { findReviewCadence } from "@/server/repositories/organizations";
import type { DraftEvidence } from "./schemas";

/** The assessment with what the viewer may do with it; null when it does not exist or the viewer may not read it. */
export async function getAssessment(
  viewer: Viewer,
  id: string,
): Promise<{
  assessment: AssessmentView;
  access: Exclude<Access, "hidden">;
  evidence: DraftEvidence | null;
  reviewCadenceDays: number;
} | null> {
  const assessment = await findAssessment({ id });
  if (!assessment) return null;
  const access = assessmentAccess(viewer, assessment);
  if (access === "hidden") return null;
  const [scan, reviewCadenceDays] = await Promise.all([
    isV2(assessment.questionnaire)
      ? findLatestEvidenceScan({ teamId: assessment.team.id, questionnaire: assessment.questionnaire })
      : null,
    findReviewCadence({ organizationId: assessment.team.organizationId }),
  ]);
  const { questionnaire } = assessment;
  const evidence =
    scan && isV2(questionnaire)
      ? {
          scannedAt: scan.document.scannedAt,
          receivedAt: scan.receivedAt.toISOString(),
          folders: scan.document.folders.map((f) => f.name),
          complete: scan.document.limits.complete,
          byQuestion: Object.fromEntries(
            evidenceByQuestion(questionnaire, ruleExplanations(questionnaire), scan.document),
          ),
        }
      : null;
  return { assessment, access, evidence, reviewCadenceDays };
}
