import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Section } from "@/components/ui/section";
import { getViewer, requireViewer } from "@/features/auth/session";
import { DashboardFilters } from "@/features/dashboard/components/dashboard-filters";
import { DashboardHeader } from "@/features/dashboard/components/dashboard-header";
import {
  DistributionWidget,
  ProgressWidget,
  SharedRisksWidget,
} from "@/features/dashboard/components/dashboard-widgets";
import { HeadlineStrip } from "@/features/dashboard/components/headline-strip";
import {
  DistributionSkeleton,
  FiltersSkeleton,
  HeadlineSkeleton,
  ProgressSkeleton,
  SharedRisksSkeleton,
  TableSkeleton,
} from "@/features/dashboard/components/skeletons";
import { TeamsTable } from "@/features/dashboard/components/teams-table";
import { getDashboardTitle, getDashboardWidgets } from "@/features/dashboard/queries";
import { dashboardQuerySchema, firstValues } from "@/features/dashboard/schemas";
import { uuidSchema } from "@/lib/ids";

type Params = { params: Promise<{ organizationId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = uuidSchema.safeParse((await params).organizationId);
  const name = id.success ? await getDashboardTitle(await getViewer(), id.data) : null;
  return { title: name ? `${name} · dashboard` : "Dashboard" };
}

/** The managers' view: how the organisation is doing, every team's latest levels, how they spread, what they share, how they move; each widget streams in as its data arrives. */
export default async function DashboardPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const rawId = (await params).organizationId;
  const viewer = await requireViewer(`/organizations/${rawId}/dashboard`);
  const id = uuidSchema.safeParse(rawId);
  const query = dashboardQuerySchema.parse(firstValues(await searchParams));
  const widgets = id.success ? await getDashboardWidgets(viewer, id.data, query) : null;
  if (!widgets) notFound();
  return (
    <div className="space-y-10">
      <DashboardHeader widgets={widgets} query={query} />
      <Suspense fallback={<HeadlineSkeleton />}>
        <HeadlineStrip widgets={widgets} />
      </Suspense>
      <Suspense fallback={<FiltersSkeleton />}>
        <DashboardFilters widgets={widgets} query={query} />
      </Suspense>
      <Section id="heatmap" title="Teams by weakest link and object">
        <Suspense fallback={<TableSkeleton />}>
          <TeamsTable widgets={widgets} query={query} />
        </Suspense>
      </Section>
      <div className="grid gap-10 lg:grid-cols-2">
        <Suspense fallback={<DistributionSkeleton />}>
          <DistributionWidget widgets={widgets} />
        </Suspense>
        <Suspense fallback={<SharedRisksSkeleton />}>
          <SharedRisksWidget widgets={widgets} />
        </Suspense>
      </div>
      <Suspense fallback={<ProgressSkeleton />}>
        <ProgressWidget widgets={widgets} />
      </Suspense>
    </div>
  );
}
