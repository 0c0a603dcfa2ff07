import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/features/auth/session";
import { LevelDistribution } from "@/features/dashboard/components/distribution";
import { Heatmap } from "@/features/dashboard/components/heatmap";
import { ProgressChart, type ProgressPoint } from "@/components/charts/progress-chart";
import { getDashboard } from "@/features/dashboard/queries";
import { dashboardQuerySchema, firstValues, TEAMS_PER_PAGE, type DashboardQuery } from "@/features/dashboard/schemas";
import { buttonClass, LabelledSelect, secondaryButtonClass } from "@/components/ui/form";
import { formatOwnershipModel } from "@/lib/format";
import { uuidSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

type SearchParams = Record<string, string | string[] | undefined>;

function queryString(query: DashboardQuery, overrides: Partial<DashboardQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.unit) params.set("unit", merged.unit);
  if (merged.ownership) params.set("ownership", merged.ownership);
  if (merged.version) params.set("version", merged.version);
  if (merged.sort !== "name") params.set("sort", merged.sort);
  if (merged.dir !== "asc") params.set("dir", merged.dir);
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The managers' view: every team's latest levels, how they spread, what they share, how they move. */
export default async function DashboardPage({ params, searchParams }: { params: Promise<{ organizationId: string }>; searchParams: Promise<SearchParams> }) {
  const rawId = (await params).organizationId;
  const viewer = await requireViewer(`/organizations/${rawId}/dashboard`);
  const id = uuidSchema.safeParse(rawId);
  const query = dashboardQuerySchema.parse(firstValues(await searchParams));
  const dashboard = id.success ? await getDashboard(viewer, id.data, query) : null;
  if (!dashboard) notFound();
  const base = `/organizations/${dashboard.organizationId}`;
  const assessed = dashboard.teams.filter((t) => t.assessmentId).length;
  const pages = Math.max(1, Math.ceil(dashboard.teams.length / TEAMS_PER_PAGE));
  const page = Math.min(query.page, pages);
  const shown = dashboard.teams.slice((page - 1) * TEAMS_PER_PAGE, page * TEAMS_PER_PAGE);
  const quarters = [...new Set(dashboard.quarters.map((q) => q.quarter))];
  const progress: ProgressPoint[] = quarters.map((quarter) => ({
    label: quarter,
    ...Object.fromEntries(dashboard.quarters.filter((q) => q.quarter === quarter).map((q) => [q.object, q.medianScore])),
  }));

  return (
    <div className="space-y-10">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">{dashboard.name}</p>
          <h1 className="text-3xl font-bold tracking-tight text-brand-900">Dashboard</h1>
          <p className="text-slate-700">
            {dashboard.teams.length} teams shown, {assessed} with a submitted assessment. Each team counts with its latest one.
          </p>
        </div>
        <p className="flex flex-wrap gap-3 text-sm">
          <a href={`/api${base}/dashboard.csv${queryString(query)}`} className={secondaryButtonClass} download>
            Download CSV
          </a>
          <a href={`/api${base}/dashboard.pdf${queryString(query)}`} className={secondaryButtonClass} download>
            Download PDF
          </a>
        </p>
      </header>

      <form method="get" action={`${base}/dashboard`} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Filter teams">
        <LabelledSelect label="Business unit" name="unit" defaultValue={query.unit ?? ""} options={[["", "All"], ...dashboard.facets.businessUnits.map((u) => [u, u] as const)]} />
        <LabelledSelect label="Ownership" name="ownership" defaultValue={query.ownership ?? ""} options={[["", "All"], ...(["end_to_end", "shared", "hand_off"] as const).map((o) => [o, formatOwnershipModel(o)] as const)]} />
        <LabelledSelect label="Questionnaire version" name="version" defaultValue={query.version ?? ""} options={[["", "All"], ...dashboard.facets.questionnaireVersions.map((v) => [v, `v${v}`] as const)]} />
        {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
        {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        {(query.unit || query.ownership || query.version) && (
          <Link href={`${base}/dashboard` as Route} className="py-2 text-sm text-brand-700 underline">
            Clear filters
          </Link>
        )}
      </form>

      <section aria-labelledby="heatmap-heading" className="space-y-3">
        <h2 id="heatmap-heading" className="text-2xl font-semibold">
          Teams by object
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">
          Level and score of each object in the team&apos;s latest assessment; the mean is compared with the median of the teams shown
          {dashboard.median.mean !== null ? ` (${dashboard.median.mean.toFixed(2)})` : ""}. Assessments older than six months are faded and marked stale. Tick two to five teams to compare them.
        </p>
        <form method="get" action={`${base}/compare`} className="space-y-3">
          <Heatmap teams={shown} median={dashboard.median} query={query} now={new Date()} hrefFor={(sort, dir) => `${base}/dashboard${queryString(query, { sort, dir, page: 1 })}`} />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <button type="submit" className={buttonClass}>
              Compare selected teams
            </button>
            {pages > 1 && (
              <nav aria-label="Pages of teams" className="flex items-center gap-3 text-sm">
                {page > 1 && (
                  <Link href={`${base}/dashboard${queryString(query, { page: page - 1 })}` as Route} className="text-brand-700 underline">
                    Previous
                  </Link>
                )}
                <span>
                  Teams {(page - 1) * TEAMS_PER_PAGE + 1}–{Math.min(page * TEAMS_PER_PAGE, dashboard.teams.length)} of {dashboard.teams.length}
                </span>
                {page < pages && (
                  <Link href={`${base}/dashboard${queryString(query, { page: page + 1 })}` as Route} className="text-brand-700 underline">
                    Next
                  </Link>
                )}
              </nav>
            )}
          </div>
        </form>
      </section>

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="distribution-heading" className="space-y-3">
          <h2 id="distribution-heading" className="text-2xl font-semibold">
            Levels across teams
          </h2>
          <LevelDistribution distribution={dashboard.distribution} />
        </section>
        <section aria-labelledby="shared-risks-heading" className="space-y-3">
          <h2 id="shared-risks-heading" className="text-2xl font-semibold">
            Risks most teams share
          </h2>
          {dashboard.sharedRisks.length === 0 ? (
            <p className="text-slate-700">No open risks in the teams shown.</p>
          ) : (
            <ol className="space-y-1 text-sm" data-testid="shared-risks">
              {dashboard.sharedRisks.map((risk) => (
                <li key={risk.riskId} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                  <span>{dashboard.riskTitles[risk.riskId] ?? risk.riskId}</span>
                  <span className="whitespace-nowrap text-slate-700">
                    {risk.teams} of {assessed} teams
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <section aria-labelledby="progress-heading" className="space-y-3">
        <h2 id="progress-heading" className="text-2xl font-semibold">
          Progress per quarter
        </h2>
        <p className="text-sm text-slate-700">Median score per object at the end of each quarter, each team counted with its latest assessment by then.</p>
        {progress.length > 0 ? <ProgressChart points={progress} label="Median score per object and quarter" /> : <p className="text-slate-700">No submitted assessments yet.</p>}
      </section>
    </div>
  );
}
