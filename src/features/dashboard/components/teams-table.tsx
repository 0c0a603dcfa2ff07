import { LevelLegend } from "@/components/ui/level-legend";
import { TextLink } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";
import { dashboardHref } from "../links";
import type { DashboardWidgets } from "../queries";
import { TEAMS_PER_PAGE, type DashboardQuery } from "../schemas";
import { CompareButton } from "./compare-button";
import { Heatmap } from "./heatmap";

/** The heatmap of the teams (a page of them), what it compares with, and the form that compares the ticked teams. */
export async function TeamsTable({ widgets, query }: { widgets: DashboardWidgets; query: DashboardQuery }) {
  const { teams: shown, medianMean, page, pages, total } = await widgets.table;
  if (total === 0) return <NoTeams widgets={widgets} />;
  const first = (page - 1) * TEAMS_PER_PAGE + 1;
  const last = first + shown.length - 1;
  const href = (overrides: Partial<DashboardQuery>) =>
    dashboardHref(widgets.organizationId, query, overrides);
  return (
    <>
      <p className="max-w-3xl text-sm text-slate-700">
        Each team&apos;s latest assessment: its weakest object first (a team is as mature as its weakest
        link), then each object&apos;s level and score; a cell opens the team&apos;s results. The mean score
        is compared with the median of the teams shown
        {medianMean !== null ? ` (${medianMean.toFixed(2)})` : ""}. Assessments overdue for a retake are
        faded.
      </p>
      <LevelLegend />
      <form method="get" action={paths.compare(widgets.organizationId)} className="space-y-3">
        <Heatmap
          teams={shown}
          medianMean={medianMean}
          query={query}
          hrefFor={(sort, dir) => href({ sort, dir, page: 1 })}
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <CompareButton />
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

/** No row to show: either the filters match no team, or the organisation has none yet. */
function NoTeams({ widgets }: { widgets: DashboardWidgets }) {
  return widgets.filtered ? (
    <p className="text-slate-700" data-testid="no-teams">
      No teams match these filters.{" "}
      <TextLink href={paths.dashboard(widgets.organizationId)}>Clear filters</TextLink> to see every team.
    </p>
  ) : (
    <p className="text-slate-700" data-testid="no-teams">
      This organisation has no teams yet. An admin adds them on the organisation page.
    </p>
  );
}
