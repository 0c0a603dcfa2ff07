"use client";

import { ChartNumbers, LazyChart } from "./lazy-chart";
import { SERIES, type ProgressPoint } from "./progress-series";

export type { ProgressPoint } from "./progress-series";

const loadProgressChartDrawing = () => import("./progress-chart-drawing").then((m) => m.default);

/** A chart draws this many points at most, the latest ones, whatever it is given. */
export const MAX_CHART_POINTS = 40;

const value = (v: number | undefined) => (v !== undefined ? v.toFixed(2) : "–");

/**
 * Scores per object over time (quarters or assessments). The numbers come first, as a table, and
 * stay for screen readers; the line chart replaces them on screen once it scrolls into view.
 */
export function ProgressChart({ points: all, label }: { points: ProgressPoint[]; label: string }) {
  const points = all.slice(-MAX_CHART_POINTS);
  // One point is not a trend: the values, written out, say more than a lone dot per line.
  const [only] = points;
  if (points.length === 1 && only)
    return (
      <figure className="space-y-2" data-testid="single-point">
        <figcaption className="text-sm text-slate-700">
          {label}: only {only.label} so far, so there is no trend yet.
        </figcaption>
        <dl className="flex flex-wrap gap-3">
          {SERIES.map((s) => (
            <div key={s.key} className="rounded-md border border-slate-200 bg-white px-3 py-2">
              <dt className="text-sm text-slate-700">{s.name}</dt>
              <dd className="text-xl font-semibold">{value(only[s.key])}</dd>
            </div>
          ))}
        </dl>
      </figure>
    );
  return (
    <figure className="w-full" data-testid="progress-chart">
      <figcaption className="sr-only">{label}</figcaption>
      <LazyChart
        className="h-64"
        label={label}
        numbers={
          <ChartNumbers
            series={SERIES.map((s) => s.name)}
            rows={points.map((p, i) => ({
              key: `${i}-${p.label}`,
              label: p.label,
              values: SERIES.map((s) => value(p[s.key])),
            }))}
          />
        }
        load={loadProgressChartDrawing}
        props={{ points }}
      />
    </figure>
  );
}
