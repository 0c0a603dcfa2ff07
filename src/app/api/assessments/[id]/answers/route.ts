import { withViewer } from "@/features/auth/session";
import { saveAnswerPatch } from "@/features/assessment/mutations";
import { getAssessment } from "@/features/assessment/queries";
import { answerPatchSchema } from "@/features/assessment/schemas";
import { AppError } from "@/lib/errors";
import { assessmentIdSchema } from "@/lib/ids";
import { handleJson, notFound, respond } from "@/lib/route";

type Context = { params: Promise<{ id: string }> };
const MISSING = "This assessment does not exist.";

export async function POST(request: Request, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound(MISSING);
  return withViewer(request, (viewer) =>
    handleJson(request, answerPatchSchema, (patch) => saveAnswerPatch(viewer, id.data, patch)),
  );
}

/** The stored answers, for a tab that regains focus to pick up another tab's newer answers. */
export async function GET(request: Request, { params }: Context) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound(MISSING);
  return withViewer(request, (viewer) =>
    respond(async () => {
      const found = await getAssessment(viewer, id.data);
      if (!found) throw new AppError("not-found", MISSING);
      return { status: found.assessment.status, answers: found.assessment.answers };
    }),
  );
}
