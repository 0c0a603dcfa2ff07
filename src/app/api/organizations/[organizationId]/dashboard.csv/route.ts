import { withViewer } from "@/features/auth/session";
import { dashboardCsvStream } from "@/features/dashboard/exports";
import { getDashboardTableStream } from "@/features/dashboard/queries";
import { dashboardQuerySchema } from "@/features/dashboard/schemas";
import { exportFileName } from "@/lib/export-files";
import { csvResponse } from "@/lib/csv";
import { uuidSchema } from "@/lib/ids";
import { notFound } from "@/lib/route";

/** The dashboard table, with the same filters and order as the page, as CSV streamed in batches of rows. */
export async function GET(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const id = uuidSchema.safeParse((await params).organizationId);
  if (!id.success) return notFound("This organisation does not exist.");
  return withViewer(request, async (viewer) => {
    const query = dashboardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const dashboard = await getDashboardTableStream(viewer, id.data, query);
    if (!dashboard) return notFound("This organisation does not exist.");
    const today = new Date();
    return csvResponse(
      exportFileName(dashboard.name, "dashboard", today, "csv"),
      dashboardCsvStream(dashboard.batches(), dashboard.medianMean),
    );
  });
}
