import { Suspense } from "react";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/lib/paths";
import { dashboardSearch } from "../links";
import type { DashboardWidgets } from "../queries";
import type { DashboardQuery } from "../schemas";

/** The title, the downloads (with the page's filters and order), and how many teams the table holds once it has loaded. */
export function DashboardHeader({ widgets, query }: { widgets: DashboardWidgets; query: DashboardQuery }) {
  const search = dashboardSearch(query);
  const download = buttonVariants({ variant: "secondary", size: "sm" });
  return (
    <PageHeader
      eyebrow={widgets.name}
      title="Dashboard"
      actions={
        <p className="flex flex-wrap gap-3 text-sm">
          <a href={paths.api.dashboardCsv(widgets.organizationId, search)} className={download} download>
            Download CSV
          </a>
          <a href={paths.api.dashboardPdf(widgets.organizationId, search)} className={download} download>
            Download PDF
          </a>
        </p>
      }
    >
      <Suspense fallback={<p className="text-slate-700">Counting teams…</p>}>
        <TeamCount table={widgets.table} />
      </Suspense>
    </PageHeader>
  );
}

async function TeamCount({ table }: { table: DashboardWidgets["table"] }) {
  const { total, assessed } = await table;
  return (
    <p className="text-slate-700">
      {total} teams shown, {assessed} with a submitted assessment. Each team counts with its latest one.
    </p>
  );
}
