import "server-only";
import { assessmentAccess, type Access, type Viewer } from "@/domain/access/policy";
import { findResult, type ResultView } from "@/server/repositories/assessments";

/** A submitted assessment's result with what the viewer may do; null when missing or not readable by the viewer. */
export async function getResult(viewer: Viewer, assessmentId: string): Promise<(ResultView & { access: Exclude<Access, "hidden"> }) | null> {
  const view = await findResult(assessmentId);
  if (!view) return null;
  const access = assessmentAccess(viewer, view.assessment);
  return access === "hidden" ? null : { ...view, access };
}
