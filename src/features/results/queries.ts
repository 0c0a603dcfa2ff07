import "server-only";
import { assessmentAccess, type Access, type Viewer } from "@/domain/access/policy";
import { findResult, type ResultView } from "@/server/repositories/assessments";
import { buildResultView } from "./view";

/** A submitted assessment's result with what the viewer may do; null when missing or not readable by the viewer. */
export async function getResult(viewer: Viewer, assessmentId: string): Promise<(ResultView & { access: Exclude<Access, "hidden"> }) | null> {
  const view = await findResult(assessmentId);
  if (!view) return null;
  const access = assessmentAccess(viewer, view.assessment);
  return access === "hidden" ? null : { ...view, access };
}

/** The results page's data: the result and, in words, its view in the chosen lens (or the one it was taken in). */
export async function getResultPage(viewer: Viewer, assessmentId: string, lens: string | undefined) {
  const found = await getResult(viewer, assessmentId);
  if (!found) return null;
  const { assessment, result } = found;
  const view = buildResultView({ questionnaire: assessment.questionnaire, result, answers: assessment.answers, lens: lens ?? result.lens ?? null });
  return { ...found, view };
}
