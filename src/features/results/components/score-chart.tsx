"use client";

import { ChartNumbers, LazyChart } from "@/components/charts/lazy-chart";

const loadScoreChartDrawing = () => import("./score-chart-drawing").then((m) => m.default);

export interface ScoreBar {
  object: string;
  score: number;
  /** Colours the bar (the level palette); null when the object is not assessable. */
  level: number | null;
  target: number | null;
}

/**
 * Scores of the three objects on the 0–4 scale, each bar in its level's colour, with each target as
 * a marker. Receives ready data. The numbers come first, as a table, and stay for screen readers;
 * the chart replaces them on screen once it scrolls into view.
 */
export function ScoreChart({ data }: { data: ScoreBar[] }) {
  return (
    <figure className="w-full" data-testid="score-chart">
      <figcaption className="sr-only">Scores by object, on the scale of levels 0 to 4</figcaption>
      <LazyChart
        className="h-64"
        label="Scores by object"
        numbers={
          <ChartNumbers
            series={["Score", "Target"]}
            rows={data.map((d) => ({
              key: d.object,
              label: d.object,
              values: [d.score.toFixed(2), d.target !== null ? `L${d.target}` : "none"],
            }))}
          />
        }
        load={loadScoreChartDrawing}
        props={{ data }}
      />
    </figure>
  );
}
