import "server-only";
import type { PaperSize } from "@/components/pdf/style";
import type { Viewer } from "@/domain/access/policy";
import { exportFileName } from "@/lib/export-files";
import { formatOwnershipModel } from "@/lib/format";
import { renderPdfInWorker } from "@/lib/pdf/render-in-worker";
import type { DashboardReportProps } from "./components/report-document";
import { getDashboard } from "./queries";
import { DASHBOARD_PDF_ROWS, type DashboardQuery } from "./schemas";

/** The one-page dashboard PDF, for the organisation's admins and managers; null for anyone else. */
export async function renderDashboardReport(
  viewer: Viewer,
  organizationId: string,
  query: DashboardQuery,
  paper: PaperSize,
): Promise<{ pdf: Buffer; filename: string } | null> {
  const dashboard = await getDashboard(viewer, organizationId, query, DASHBOARD_PDF_ROWS);
  if (!dashboard) return null;
  const filters = [
    query.unit,
    query.ownership ? formatOwnershipModel(query.ownership) : null,
    query.version ? `questionnaire v${query.version}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const generatedAt = new Date();
  const props: DashboardReportProps = {
    dashboard,
    organizationName: dashboard.name,
    riskTitles: dashboard.riskTitles,
    filters,
    paper,
    generatedAt,
  };
  const pdf = await renderPdfInWorker({
    module: "features/dashboard/components/report-document.tsx",
    exportName: "DashboardReport",
    props: { ...props },
  });
  return { pdf, filename: exportFileName(dashboard.name, "dashboard", generatedAt, "pdf") };
}
