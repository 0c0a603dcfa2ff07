"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ProgressPoint {
  label: string;
  data?: number;
  model?: number;
  code?: number;
}

const SERIES = [
  { key: "data", name: "Data", colour: "#2f54c9" },
  { key: "model", name: "Model", colour: "#b45309" },
  { key: "code", name: "Code", colour: "#047857" },
] as const;

/** A chart draws this many points at most, the latest ones, whatever it is given. */
export const MAX_CHART_POINTS = 40;

/** Scores per object over time (quarters or assessments); the figure's label carries the numbers for screen readers. */
export function ProgressChart({ points: all, label }: { points: ProgressPoint[]; label: string }) {
  const points = all.slice(-MAX_CHART_POINTS);
  const described = points
    .map(
      (p) =>
        `${p.label}: ${SERIES.map((s) =>
          p[s.key] !== undefined ? `${s.name} ${p[s.key]?.toFixed(2)}` : null,
        )
          .filter(Boolean)
          .join(", ")}`,
    )
    .join("; ");
  return (
    <figure className="h-64 w-full" aria-label={`${label}. ${described}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={24} />
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tickFormatter={(v: number) => `L${v}`} width={36} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(2) : String(v))} />
          <Legend />
          {SERIES.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={s.colour}
              strokeWidth={2}
              dot
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
