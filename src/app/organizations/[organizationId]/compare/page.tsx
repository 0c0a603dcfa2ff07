import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { getViewer, requireViewer } from "@/features/auth/session";
import { comparisonRows, requestedTeams } from "@/features/dashboard/compare";
import { CompareChart } from "@/features/dashboard/components/compare-chart";
import { ComparisonTable } from "@/features/dashboard/components/comparison-table";
import { getComparison, getDashboardTitle } from "@/features/dashboard/queries";
import { compareQuerySchema } from "@/features/dashboard/schemas";
import { uuidSchema } from "@/lib/ids";
import { paths } from "@/lib/paths";

type Params = { params: Promise<{ organizationId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = uuidSchema.safeParse((await params).organizationId);
  const name = id.success ? await getDashboardTitle(await getViewer(), id.data) : null;
  return { title: name ? `${name} · compare teams` : "Compare teams" };
}

/** Two to five teams side by side: a chart of their scores and a table of where they differ. */
export default async function ComparePage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ team?: string | string[] }> }) {
  const rawId = (await params).organizationId;
  const viewer = await requireViewer(`/organizations/${rawId}/dashboard`);
  const id = uuidSchema.safeParse(rawId);
  const parsed = compareQuerySchema.safeParse({ team: requestedTeams((await searchParams).team) });
  const comparison = id.success
    ? await getComparison(viewer, id.data, parsed.success ? parsed.data.team : [])
    : null;
  if (!comparison) notFound();
  const back = paths.dashboard(comparison.organizationId);
  const teams = comparison.teams.filter((t) => t.assessmentId);
  if (!parsed.success || teams.length < 2) {
    return (
      <section className="space-y-3">
        <PageTitle>Compare teams</PageTitle>
        <p className="text-slate-700">
          {parsed.success
            ? "Tick two to five teams with a submitted assessment on the dashboard to compare them."
            : parsed.error.issues[0]?.message}
        </p>
        <TextLink href={back}>Back to the dashboard</TextLink>
      </section>
    );
  }
  return (
    <div className="space-y-8">
      <PageHeader eyebrow={comparison.name} title={`Compare ${teams.length} teams`} spacing={1}>
        <p className="text-slate-700">
          Each team&apos;s latest submitted assessment; differences are against {teams[0]?.name}.
        </p>
        <TextLink href={back} className="text-sm">
          Back to the dashboard
        </TextLink>
      </PageHeader>
      <CompareChart teams={teams.map((t) => t.name)} rows={comparisonRows(teams)} />
      <ComparisonTable teams={teams} />
    </div>
  );
}
