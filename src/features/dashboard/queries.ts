import "server-only";
import { canReadWholeOrganization, type Viewer } from "@/domain/access/policy";
import {
  loadDashboardAggregates,
  loadDashboardTeams,
  loadMedianMean,
  loadTeamsForComparison,
  streamDashboardTeams,
  type DashboardAggregates,
  type DashboardTeamRow,
  type DashboardTeamsPage,
} from "@/server/repositories/dashboard";
import { loadDashboardHeadline, type DashboardHeadline } from "@/server/repositories/dashboard-headline";
import { findOrganizationName } from "@/server/repositories/organizations";
import {
  findLatestQuestionnaireVersionId,
  questionnaireOfVersion,
} from "@/server/repositories/questionnaire-versions";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import { env } from "@/lib/env";
import { TEAMS_PER_PAGE, type DashboardQuery } from "./schemas";

export type { DashboardAggregates, DashboardHeadline, DashboardTeamRow, DashboardTeamsPage };

/** The aggregates with the first rows of the table in its order, and how many teams it holds in all. */
export type Dashboard = DashboardAggregates & { teams: DashboardTeamRow[]; totalTeams: number };

/**
 * The dashboard of an organisation with its first `rows` teams in the page's order (the PDF), for
 * its admins and managers; null for anyone else (the page answers "not found").
 */
export async function getDashboard(
  viewer: Viewer,
  organizationId: string,
  query: DashboardQuery,
  rows: number,
) {
  const name = await readableOrganizationName(viewer, organizationId);
  if (!name) return null;
  const filters = filtersOf(query);
  const [aggregates, table, headline, titles] = await Promise.all([
    loadDashboardAggregates({ organizationId, filters }),
    loadDashboardTeams({ organizationId, filters, order: query, page: 1, pageSize: rows }),
    loadDashboardHeadline({ organizationId, filters }),
    riskTitles(),
  ]);
  const dashboard: Dashboard = { ...aggregates, teams: table.teams, totalTeams: table.total };
  return { organizationId, name, headline, ...dashboard, riskTitles: titles };
}

/**
 * Every row of the dashboard's table (for the CSV), with the same authorisation, filters and order
 * as the page, as batches read one after the other; null for anyone who may not see it.
 */
export async function getDashboardTableStream(viewer: Viewer, organizationId: string, query: DashboardQuery) {
  const name = await readableOrganizationName(viewer, organizationId);
  if (!name) return null;
  const filters = filtersOf(query);
  const medianMean = await loadMedianMean({ organizationId, filters });
  return { name, medianMean, batches: () => streamDashboardTeams({ organizationId, filters, order: query }) };
}

/**
 * The dashboard page's widgets, each a promise of its own data so that each streams in its own
 * Suspense boundary: the table (with the team count and the median), the aggregates (filters'
 * choices, spread of levels, shared risks, quarters) and the risks' titles. Null, at once, when
 * the viewer may not see the organisation (the page answers "not found" before streaming).
 */
export async function getDashboardWidgets(viewer: Viewer, organizationId: string, query: DashboardQuery) {
  const name = await readableOrganizationName(viewer, organizationId);
  if (!name) return null;
  const filters = filtersOf(query);
  const table = loadDashboardTeams({
    organizationId,
    filters,
    order: query,
    page: query.page,
    pageSize: TEAMS_PER_PAGE,
  });
  const headline = loadDashboardHeadline({ organizationId, filters });
  const aggregates = holdWidgetsBack().then(() => loadDashboardAggregates({ organizationId, filters }));
  const titles = riskTitles();
  // Each widget awaits its promise; a failure is reported there (error.tsx), not as an unhandled rejection here.
  for (const promise of [table, headline, aggregates, titles]) void promise.catch(() => undefined);
  return {
    organizationId,
    name,
    filtered: Boolean(query.unit || query.ownership || query.version),
    table,
    headline,
    aggregates,
    riskTitles: titles,
  };
}

export type DashboardWidgets = NonNullable<Awaited<ReturnType<typeof getDashboardWidgets>>>;

/** DASHBOARD_WIDGET_DELAY_MS (0 but in the streaming test) holds the aggregate widgets back, to show that the table does not wait for them. */
function holdWidgetsBack(): Promise<void> {
  const ms = env().DASHBOARD_WIDGET_DELAY_MS;
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export async function getComparison(viewer: Viewer, organizationId: string, teamIds: string[]) {
  const name = await readableOrganizationName(viewer, organizationId);
  if (!name) return null;
  return { organizationId, name, teams: await loadTeamsForComparison({ organizationId, teamIds }) };
}

/** The organisation's name for a page title, when the viewer may see its dashboard. */
export async function getDashboardTitle(viewer: Viewer | null, organizationId: string) {
  return viewer ? readableOrganizationName(viewer, organizationId) : null;
}

function filtersOf(query: DashboardQuery) {
  return { businessUnit: query.unit, ownershipModel: query.ownership, questionnaireVersion: query.version };
}

/** The organisation's name when the viewer may see all of it (admins, managers); null otherwise or when it does not exist. */
async function readableOrganizationName(viewer: Viewer, organizationId: string): Promise<string | null> {
  return canReadWholeOrganization(viewer, organizationId) ? findOrganizationName({ organizationId }) : null;
}

/** Risk ids → titles, from the current questionnaire (risk ids are stable across versions). */
async function riskTitles(): Promise<Record<string, string>> {
  const versionId = await findLatestQuestionnaireVersionId({ questionnaireId: CURRENT_QUESTIONNAIRE_ID });
  if (!versionId) return {};
  const questionnaire = await questionnaireOfVersion({ versionId });
  return Object.fromEntries(questionnaire.risks.map((r) => [r.id, r.title]));
}
