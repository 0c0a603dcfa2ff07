"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";

export interface ScoreBar {
  object: string;
  score: number;
  target: number | null;
}

/** Scores of the three objects on the 0–4 scale, with each target as a marker. Receives ready data. */
export function ScoreChart({ data }: { data: ScoreBar[] }) {
  return (
    <figure className="h-64 w-full" aria-label={`Scores: ${data.map((d) => `${d.object} ${d.score.toFixed(2)}${d.target !== null ? ` (target L${d.target})` : ""}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="object" />
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tickFormatter={(v: number) => `L${v}`} width={36} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(2) : String(v))} />
          <Legend />
          <Bar dataKey="score" name="Score" fill="#2f54c9" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          <Scatter dataKey="target" name="Target" fill="#b45309" shape="diamond" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
