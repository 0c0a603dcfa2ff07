import { saveTargets } from "@/features/assessment/mutations";
import { targetsPatchSchema } from "@/features/assessment/schemas";
import { assessmentIdSchema } from "@/lib/ids";
import { handleJson, notFound } from "@/lib/route";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("This assessment does not exist.");
  return handleJson(request, targetsPatchSchema, (targets) => saveTargets(id.data, targets));
}
