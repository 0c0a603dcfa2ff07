import "server-only";
import { assessmentAccess, type Access, type Viewer } from "@/domain/access/policy";
import { findAssessment, type AssessmentView } from "@/server/repositories/assessments";

/** The assessment with what the viewer may do with it; null when it does not exist or the viewer may not read it. */
export async function getAssessment(
  viewer: Viewer,
  id: string,
): Promise<{ assessment: AssessmentView; access: Exclude<Access, "hidden"> } | null> {
  const assessment = await findAssessment({ id });
  if (!assessment) return null;
  const access = assessmentAccess(viewer, assessment);
  return access === "hidden" ? null : { assessment, access };
}
