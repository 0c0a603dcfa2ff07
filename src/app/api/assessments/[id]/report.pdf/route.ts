import { withViewer } from "@/features/auth/session";
import { renderAssessmentReport } from "@/features/results/report";
import { paperSizeOf, pdfOrFailure } from "@/lib/pdf-response";
import { assessmentIdSchema } from "@/lib/ids";
import { notFound } from "@/lib/route";

/** The assessment's PDF report: ?paper=a4|letter (A4 by default), ?lens= for the plan's tools. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = assessmentIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("This assessment does not exist.");
  return withViewer(request, async (viewer) => {
    const search = new URL(request.url).searchParams;
    return pdfOrFailure(
      () =>
        renderAssessmentReport(viewer, id.data, {
          paper: paperSizeOf(search.get("paper")),
          lens: search.get("lens"),
        }),
      "This assessment does not exist or is not submitted yet.",
    );
  });
}
