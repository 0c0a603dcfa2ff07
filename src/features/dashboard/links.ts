import { paths } from "@/lib/paths";
import type { DashboardQuery } from "./schemas";

/** The dashboard's query string: filters, sort and page, each left out when it is the default. */
export function dashboardSearch(query: DashboardQuery, overrides: Partial<DashboardQuery> = {}) {
  const merged = { ...query, ...overrides };
  return {
    unit: merged.unit,
    ownership: merged.ownership,
    version: merged.version,
    sort: merged.sort === "name" ? undefined : merged.sort,
    dir: merged.dir === "asc" ? undefined : merged.dir,
    page: merged.page > 1 ? merged.page : undefined,
  };
}

/** The dashboard page with the current query changed by `overrides`. */
export function dashboardHref(
  organizationId: string,
  query: DashboardQuery,
  overrides: Partial<DashboardQuery> = {},
) {
  return paths.dashboard(organizationId, dashboardSearch(query, overrides));
}
