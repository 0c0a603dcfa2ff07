import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";
import { dashboardHref } from "../links";
import { pageOfTeams } from "../paging";
import type { DashboardWidgets } from "../queries";
import type { DashboardQuery } from "../schemas";
import { Heatmap } from "./heatmap";

/** The heatmap of the teams (a page of them), what it compares with, and the form that compares the ticked teams. */
export async function TeamsTable({
  widgets,
  query,
  now,
}: {
  widgets: DashboardWidgets;
  query: DashboardQuery;
  now: Date;
}) {
  const { teams, medianMean } = await widgets.table;
  const { page, pages, shown, first, last, total } = pageOfTeams(teams, query.page);
  const href = (overrides: Partial<DashboardQuery>) =>
    dashboardHref(widgets.organizationId, query, overrides);
  return (
    <>
      <p className="max-w-3xl text-sm text-slate-700">
        Level and score of each object in the team&apos;s latest assessment; the mean is compared with the
        median of the teams shown
        {medianMean !== null ? ` (${medianMean.toFixed(2)})` : ""}. Assessments older than six months are
        faded and marked stale. Tick two to five teams to compare them.
      </p>
      <form method="get" action={paths.compare(widgets.organizationId)} className="space-y-3">
        <Heatmap
          teams={shown}
          medianMean={medianMean}
          query={query}
          now={now}
          hrefFor={(sort, dir) => href({ sort, dir, page: 1 })}
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Button type="submit">Compare selected teams</Button>
          {pages > 1 && (
            <nav aria-label="Pages of teams" className="flex items-center gap-3 text-sm">
              {page > 1 && <TextLink href={href({ page: page - 1 })}>Previous</TextLink>}
              <span>
                Teams {first}–{last} of {total}
              </span>
              {page < pages && <TextLink href={href({ page: page + 1 })}>Next</TextLink>}
            </nav>
          )}
        </div>
      </form>
    </>
  );
}
