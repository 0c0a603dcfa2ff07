import type { ProgressPoint } from "@/components/charts/progress-chart";
import type { Dashboard } from "./queries";

/** The median score per object at the end of each quarter, as one chart point per quarter. */
export function quarterPoints(quarters: Dashboard["quarters"]): ProgressPoint[] {
  const labels = [...new Set(quarters.map((q) => q.quarter))];
  return labels.map((label) => ({
    label,
    ...Object.fromEntries(quarters.filter((q) => q.quarter === label).map((q) => [q.object, q.medianScore])),
  }));
}
