import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/features/auth/session";
import { DashboardFilters } from "@/features/dashboard/components/dashboard-filters";
import { DashboardHeader } from "@/features/dashboard/components/dashboard-header";
import {
  DistributionWidget,
  ProgressWidget,
  SharedRisksWidget,
} from "@/features/dashboard/components/dashboard-widgets";
import {
  DistributionSkeleton,
  FiltersSkeleton,
  ProgressSkeleton,
  SharedRisksSkeleton,
  TableSkeleton,
} from "@/features/dashboard/components/skeletons";
import { TeamsTable } from "@/features/dashboard/components/teams-table";
import { getDashboardWidgets } from "@/features/dashboard/queries";
import { dashboardQuerySchema, firstValues } from "@/features/dashboard/schemas";
import { uuidSchema } from "@/lib/ids";

export const metadata: Metadata = { title: "Dashboard" };

/** The managers' view: every team's latest levels, how they spread, what they share, how they move; each widget streams in as its data arrives. */
export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ organizationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const rawId = (await params).organizationId;
  const viewer = await requireViewer(`/organizations/${rawId}/dashboard`);
  const id = uuidSchema.safeParse(rawId);
  const query = dashboardQuerySchema.parse(firstValues(await searchParams));
  const widgets = id.success ? await getDashboardWidgets(viewer, id.data, query) : null;
  if (!widgets) notFound();
  return (
    <div className="space-y-10">
      <DashboardHeader widgets={widgets} query={query} />
      <Suspense fallback={<FiltersSkeleton />}>
        <DashboardFilters widgets={widgets} query={query} />
      </Suspense>
      <Section id="heatmap" title="Teams by object">
        <Suspense fallback={<TableSkeleton />}>
          <TeamsTable widgets={widgets} query={query} now={new Date()} />
        </Suspense>
      </Section>
      <div className="grid gap-10 lg:grid-cols-2">
        <Section id="distribution" title="Levels across teams">
          <Suspense fallback={<DistributionSkeleton />}>
            <DistributionWidget widgets={widgets} />
          </Suspense>
        </Section>
        <Section id="shared-risks" title="Risks most teams share">
          <Suspense fallback={<SharedRisksSkeleton />}>
            <SharedRisksWidget widgets={widgets} />
          </Suspense>
        </Section>
      </div>
      <Section id="progress" title="Progress per quarter">
        <p className="text-sm text-slate-700">
          Median score per object at the end of each quarter, each team counted with its latest assessment by
          then.
        </p>
        <Suspense fallback={<ProgressSkeleton />}>
          <ProgressWidget widgets={widgets} />
        </Suspense>
      </Section>
    </div>
  );
}
