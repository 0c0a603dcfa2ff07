import { withApiCaller } from "@/features/api/caller";
import { readAssessment } from "@/features/api/queries";
import { assessmentIdSchema } from "@/lib/ids";
import { notFound, respond } from "@/lib/route";

export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).assessmentId);
  if (!id.success) return notFound("This assessment does not exist.");
  return withApiCaller(request, (viewer) => respond(() => readAssessment(viewer, id.data)));
}
