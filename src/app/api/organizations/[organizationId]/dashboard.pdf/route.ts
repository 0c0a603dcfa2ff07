import { withViewer } from "@/features/auth/session";
import { renderDashboardReport } from "@/features/dashboard/report";
import { dashboardQuerySchema } from "@/features/dashboard/schemas";
import { uuidSchema } from "@/lib/ids";
import { paperSizeOf, pdfOrFailure } from "@/lib/pdf-response";
import { notFound } from "@/lib/route";

/** The dashboard on one page (landscape), with the page's filters and order: ?paper=a4|letter. */
export async function GET(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const id = uuidSchema.safeParse((await params).organizationId);
  if (!id.success) return notFound("This organisation does not exist.");
  return withViewer(request, async (viewer) => {
    const search = new URL(request.url).searchParams;
    return pdfOrFailure(
      () =>
        renderDashboardReport(
          viewer,
          id.data,
          dashboardQuerySchema.parse(Object.fromEntries(search)),
          paperSizeOf(search.get("paper")),
        ),
      "This organisation does not exist.",
    );
  });
}
