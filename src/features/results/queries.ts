import "server-only";
import { cache } from "react";
import { assessmentAccess, canReadWholeOrganization, type Access, type Viewer } from "@/domain/access/policy";
import type { AssessmentResult } from "@/domain/scoring/result";
import { ruleExplanations } from "@/server/questionnaires/evidence-rules";
import { findPreviousResult, findStoredResult } from "@/server/repositories/assessment-results";
import { findAssessment, findTeamDraftId, type AssessmentView } from "@/server/repositories/assessments";
import { findOrganizationName } from "@/server/repositories/organizations";
import { buildEvidenceView, type EvidenceView } from "./evidence-view";
import { buildResultView } from "./view";

export interface SubmittedResult {
  assessment: AssessmentView;
  result: AssessmentResult;
  engineVersion: string;
  previous: { id: string; submittedAt: Date; result: AssessmentResult } | null;
  /** The team's draft in progress, if any: a retake resumes it. */
  teamDraftId: string | null;
  access: Exclude<Access, "hidden">;
  /** The claimed result beside the evidenced one, when the team had a repository scan at submission. */
  evidence: EvidenceView | null;
}

/** A submitted assessment's result with what the viewer may do; null when missing or not readable by the viewer. */
export async function getResult(viewer: Viewer, assessmentId: string): Promise<SubmittedResult | null> {
  const assessment = await findAssessment({ id: assessmentId });
  if (!assessment || assessment.status !== "submitted" || !assessment.submittedAt) return null;
  const access = assessmentAccess(viewer, assessment);
  if (access === "hidden") return null;
  const [stored, previous, teamDraftId] = await Promise.all([
    findStoredResult({ assessmentId }),
    findPreviousResult({ teamId: assessment.team.id, before: assessment.submittedAt }),
    findTeamDraftId({ teamId: assessment.team.id }),
  ]);
  if (!stored) return null;
  return {
    assessment,
    result: stored.result,
    engineVersion: stored.engineVersion,
    previous,
    teamDraftId,
    access,
    evidence: stored.evidenced
      ? buildEvidenceView({
          questionnaire: assessment.questionnaire,
          result: stored.result,
          evidenced: stored.evidenced,
          explanations: ruleExplanations(assessment.questionnaire),
          notes: new Map(assessment.answers.map((a) => [a.questionId, a.note])),
        })
      : null,
  };
}

/**
 * The results page's data: the result and, in words, its view in the chosen lens (or the one it
 * was taken in), with the organisation for the breadcrumbs. Cached per request, so the page title
 * (generateMetadata) and the page read it once.
 */
export const getResultPage = cache(async (viewer: Viewer, assessmentId: string, lens: string | undefined) => {
  const found = await getResult(viewer, assessmentId);
  if (!found) return null;
  const { assessment, result } = found;
  const view = buildResultView({
    questionnaire: assessment.questionnaire,
    result,
    answers: assessment.answers,
    lens: lens ?? result.lens ?? null,
  });
  const { organizationId } = assessment.team;
  const organization = {
    id: organizationId,
    name: (await findOrganizationName({ organizationId })) ?? "Organisation",
    /** Managers and admins read the whole organisation on its dashboard; others go back to their teams. */
    wholeOrganization: canReadWholeOrganization(viewer, organizationId),
  };
  return { ...found, view, organization };
});
