import { withViewer } from "@/features/auth/session";
import { submit } from "@/features/assessment/mutations";
import { assessmentIdSchema } from "@/lib/ids";
import { notFound, respond } from "@/lib/route";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("This assessment does not exist.");
  return withViewer(request, (viewer) => respond(() => submit(viewer, id.data)));
}
