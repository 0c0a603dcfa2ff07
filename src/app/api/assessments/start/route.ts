import { startAssessmentForTeam } from "@/features/assessment/mutations";
import { startAssessmentSchema } from "@/features/assessment/schemas";
import { handleJson } from "@/lib/route";

export function POST(request: Request) {
  return handleJson(request, startAssessmentSchema, startAssessmentForTeam);
}
