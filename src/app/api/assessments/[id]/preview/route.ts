import { withViewer } from "@/features/auth/session";
import { getLevelPreview } from "@/features/assessment/queries";
import { assessmentIdSchema } from "@/lib/ids";
import { notFound, respond } from "@/lib/route";

/** The levels the draft's saved answers give now, for the review step before submitting. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("This assessment does not exist.");
  return withViewer(request, (viewer) => respond(() => getLevelPreview(viewer, id.data)));
}
