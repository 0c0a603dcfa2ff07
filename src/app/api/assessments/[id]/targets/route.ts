import { withViewer } from "@/features/auth/session";
import { saveTargets } from "@/features/assessment/mutations";
import { targetsPatchSchema } from "@/features/assessment/schemas";
import { assessmentIdSchema } from "@/lib/ids";
import { handleJson, notFound } from "@/lib/route";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("This assessment does not exist.");
  return withViewer(request, (viewer) =>
    handleJson(request, targetsPatchSchema, (targets) => saveTargets(viewer, id.data, targets)),
  );
}
