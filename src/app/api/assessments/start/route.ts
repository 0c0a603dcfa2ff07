import { withViewer } from "@/features/auth/session";
import { startAssessmentForTeam } from "@/features/assessment/mutations";
import { startAssessmentSchema } from "@/features/assessment/schemas";
import { handleJson } from "@/lib/route";

export function POST(request: Request) {
  return withViewer(request, (viewer) =>
    handleJson(request, startAssessmentSchema, (input) => startAssessmentForTeam(viewer, input)),
  );
}
