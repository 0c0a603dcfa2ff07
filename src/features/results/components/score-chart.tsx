"use client";

import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { levelColour } from "@/components/ui/level-palette";

export interface ScoreBar {
  object: string;
  score: number;
  /** Colours the bar (the level palette); null when the object is not assessable. */
  level: number | null;
  target: number | null;
}

/** Scores of the three objects on the 0–4 scale, each bar in its level's colour, with each target as a marker. Receives ready data. */
export function ScoreChart({ data }: { data: ScoreBar[] }) {
  return (
    <figure
      className="h-64 w-full"
      aria-label={`Scores: ${data.map((d) => `${d.object} ${d.score.toFixed(2)}${d.target !== null ? ` (target L${d.target})` : ""}`).join(", ")}`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="object" />
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tickFormatter={(v: number) => `L${v}`} width={36} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(2) : String(v))} />
          <Legend />
          <Bar dataKey="score" name="Score" fill="#475569" radius={[4, 4, 0, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.object} fill={levelColour(d.level).fill} stroke="#475569" />
            ))}
          </Bar>
          <Scatter dataKey="target" name="Target" fill="#172a66" shape="diamond" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
