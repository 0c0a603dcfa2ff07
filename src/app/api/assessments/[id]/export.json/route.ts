import { withViewer } from "@/features/auth/session";
import { exportAssessment } from "@/features/exchange/exchange";
import { attachment } from "@/lib/export-files";
import { assessmentIdSchema } from "@/lib/ids";
import { notFound } from "@/lib/route";

/** A submitted assessment with its answers and result as JSON, for import elsewhere. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("This assessment does not exist.");
  return withViewer(request, async (viewer) => {
    const exported = await exportAssessment(viewer, id.data);
    if (!exported) return notFound("This assessment does not exist or is not submitted yet.");
    return new Response(JSON.stringify(exported.json, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": attachment(exported.filename),
        "cache-control": "private, no-store",
      },
    });
  });
}
