import "server-only";
import { assessmentAccess, type Access, type Viewer } from "@/domain/access/policy";
import type { AssessmentResult } from "@/domain/scoring/result";
import { findPreviousResult, findStoredResult } from "@/server/repositories/assessment-results";
import { findAssessment, findTeamDraftId, type AssessmentView } from "@/server/repositories/assessments";

export interface SubmittedResult {
  assessment: AssessmentView;
  result: AssessmentResult;
  engineVersion: string;
  previous: { id: string; submittedAt: Date; result: AssessmentResult } | null;
  /** The team's draft in progress, if any: a retake resumes it. */
  teamDraftId: string | null;
  access: Exclude<Access, "hidden">;
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
  return { assessment, result: stored.result, engineVersion: stored.engineVersion, previous, teamDraftId, access };
}
