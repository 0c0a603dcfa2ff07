import "server-only";
import { canReadWholeOrganization, type Viewer } from "@/domain/access/policy";
import type { ObjectId } from "@/domain/questionnaire/schema";
import {
  loadDashboard,
  loadDashboardTable,
  loadTeamsForComparison,
  type Dashboard,
  type DashboardTeamRow,
} from "@/server/repositories/dashboard";
import { loadDashboardHeadline, type DashboardHeadline } from "@/server/repositories/dashboard-headline";
import { findOrganizationName } from "@/server/repositories/organizations";
import {
  findLatestQuestionnaireVersionId,
  questionnaireOfVersion,
} from "@/server/repositories/questionnaire-versions";
import { CURRENT_QUESTIONNAIRE_ID } from "@/server/questionnaires/current";
import { env } from "@/lib/env";
import type { DashboardQuery, SortKey } from "./schemas";

export type { Dashboard, DashboardHeadline, DashboardTeamRow };

/** The dashboard of an organisation, for its admins and managers; null for anyone else (the page answers "not found"). */
export async function getDashboard(viewer: Viewer, organizationId: string, query: DashboardQuery) {
  const name = await readableOrganizationName(viewer, organizationId);
  if (!name) return null;
  const filters = filtersOf(query);
  const [dashboard, headline] = await Promise.all([
    loadDashboard({ organizationId, filters }),
    loadDashboardHeadline({ organizationId, filters }),
  ]);
  return {
    organizationId,
    name,
    headline,
    ...dashboard,
    teams: sortTeams(dashboard.teams, query.sort, query.dir),
    riskTitles: await riskTitles(),
  };
}

/** Only the dashboard's table (for the CSV), with the same authorisation, filters and order as the page. */
export async function getDashboardTable(viewer: Viewer, organizationId: string, query: DashboardQuery) {
  const name = await readableOrganizationName(viewer, organizationId);
  if (!name) return null;
  const table = await loadDashboardTable({ organizationId, filters: filtersOf(query) });
  return { name, medianMean: table.medianMean, teams: sortTeams(table.teams, query.sort, query.dir) };
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
  const table = loadDashboardTable({ organizationId, filters }).then((t) => ({
    ...t,
    teams: sortTeams(t.teams, query.sort, query.dir),
  }));
  const headline = loadDashboardHeadline({ organizationId, filters });
  const aggregates = holdWidgetsBack().then(() => loadDashboard({ organizationId, filters }));
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

const OBJECT_KEYS: readonly SortKey[] = ["data", "model", "code"];

/** Sorts the (already aggregated) team rows; teams without an assessment always come last. */
export function sortTeams(teams: DashboardTeamRow[], sort: SortKey, dir: "asc" | "desc"): DashboardTeamRow[] {
  const value = (t: DashboardTeamRow): number | string | null => {
    if (sort === "name") return t.name.toLowerCase();
    if (OBJECT_KEYS.includes(sort)) return t.objects[sort as ObjectId]?.score ?? null;
    if (sort === "weakest") return t.weakestLevel;
    if (sort === "evidenced") return t.evidencedWeakestLevel;
    if (sort === "mean") return t.meanScore;
    if (sort === "coverage") return t.coverage;
    return t.submittedAt?.getTime() ?? null;
  };
  const sign = dir === "asc" ? 1 : -1;
  return [...teams].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name)) * sign;
  });
}
