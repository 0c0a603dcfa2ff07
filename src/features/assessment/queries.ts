import "server-only";
import { cache } from "react";
import { assessmentAccess, type Access, type Viewer } from "@/domain/access/policy";
import { evidenceByQuestion } from "@/domain/evidence/explain";
import { isV2 } from "@/domain/questionnaire/questionnaire";
import { ruleExplanations } from "@/server/questionnaires/evidence-rules";
import {
  findAnswersForScoring,
  findAssessment,
  findAssessmentOwner,
  type AssessmentView,
} from "@/server/repositories/assessments";
import { findLatestEvidenceScan } from "@/server/repositories/evidence-scans";
import { findReviewCadence } from "@/server/repositories/organizations";
import { questionnaireOfVersion } from "@/server/repositories/questionnaire-versions";
import { AppError } from "@/lib/errors";
import { scoreDraft } from "./draft-scoring";
import type { DraftEvidence, LevelPreview } from "./schemas";

/** The assessment with what the viewer may do with it; null when it does not exist or the viewer may not read it. */
export const getAssessment = cache(
  async (
    viewer: Viewer,
    id: string,
  ): Promise<{
    assessment: AssessmentView;
    access: Exclude<Access, "hidden">;
    evidence: DraftEvidence | null;
    reviewCadenceDays: number;
  } | null> => {
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
  },
);

const MISSING = "This assessment does not exist.";

/**
 * The levels the draft's saved answers give now, for the review step: the engine the submit uses,
 * on the same answers, context and targets. Only a lead who may submit it asks; a submitted
 * assessment has its results instead.
 */
export async function getLevelPreview(viewer: Viewer, id: string): Promise<LevelPreview> {
  const owner = await findAssessmentOwner({ id });
  const access = owner ? assessmentAccess(viewer, owner) : "hidden";
  if (!owner || access === "hidden") throw new AppError("not-found", MISSING);
  if (access === "read") throw new AppError("forbidden", "Only a lead of this team can preview its levels.");
  if (owner.status !== "draft")
    throw new AppError("conflict", "This assessment is submitted; see its results.");
  const [questionnaire, loaded] = await Promise.all([
    questionnaireOfVersion({ versionId: owner.questionnaireVersionId }),
    findAnswersForScoring({ assessmentId: id }),
  ]);
  const { result } = scoreDraft(questionnaire, loaded);
  const titleOf = (object: string) => questionnaire.objects.find((o) => o.id === object)?.title ?? object;
  return {
    objects: result.objects.map((o) => ({
      id: o.object,
      title: titleOf(o.object),
      level: o.level,
      score: o.score,
      target: o.target,
      gap: o.gap,
    })),
    weakest: { level: result.overall.weakestLevel, objects: result.overall.weakestObjects.map(titleOf) },
    preProduction: result.overall.preProduction ?? false,
    answers: loaded.answers.length,
  };
}
