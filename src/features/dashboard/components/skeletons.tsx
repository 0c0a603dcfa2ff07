import { Skeleton } from "@/components/ui/skeleton";

/** What stands in for each dashboard widget while its data loads: its shape, so the page does not jump. */
export const HeadlineSkeleton = () => <Skeleton className="h-32 w-full" label="Loading the headline" />;
export const FiltersSkeleton = () => <Skeleton className="h-[4.6rem] w-full" label="Loading the filters" />;
export const TableSkeleton = () => (
  <Skeleton className="h-64 w-full" label="Loading the teams" data-testid="table-skeleton" />
);
export const DistributionSkeleton = () => (
  <Skeleton className="h-40 w-full" label="Loading the levels across teams" />
);
export const SharedRisksSkeleton = () => (
  <Skeleton className="h-40 w-full" label="Loading the shared risks" />
);
export const ProgressSkeleton = () => (
  <Skeleton
    className="h-64 w-full"
    label="Loading the progress per quarter"
    data-testid="progress-skeleton"
  />
);
