import { cn } from "@/lib/cn";

/** A grey block where content is loading; screen readers hear "Loading" once, from the block's label. */
export function Skeleton({
  className,
  label = "Loading",
  ...rest
}: {
  className?: string;
  label?: string;
  "data-testid"?: string;
}) {
  return (
    <div
      role="status"
      aria-label={label}
      className={cn("animate-pulse rounded-lg bg-slate-200", className)}
      data-testid={rest["data-testid"]}
    />
  );
}
