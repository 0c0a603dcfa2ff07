"use client";

import { ChartNumbers, LazyChart } from "@/components/charts/lazy-chart";

const loadCompareChartDrawing = () => import("./compare-chart-drawing").then((m) => m.default);

export type CompareRow = { object: string } & Record<string, number | string | null>;

/**
 * The compared teams' scores side by side, one bar per team for each object. The numbers come
 * first, as a table, and stay for screen readers; the chart replaces them on screen once it
 * scrolls into view.
 */
export function CompareChart({ teams, rows }: { teams: string[]; rows: CompareRow[] }) {
  return (
    <figure className="w-full" data-testid="compare-chart">
      <figcaption className="sr-only">Scores by object and team, on the scale of levels 0 to 4</figcaption>
      <LazyChart
        className="h-72"
        label="Scores by object and team"
        numbers={
          <ChartNumbers
            series={teams}
            rows={rows.map((r) => ({
              key: r.object,
              label: r.object,
              values: teams.map((t) => {
                const score = r[t];
                return typeof score === "number" ? score.toFixed(2) : "no score";
              }),
            }))}
          />
        }
        load={loadCompareChartDrawing}
        props={{ teams, rows }}
      />
    </figure>
  );
}
