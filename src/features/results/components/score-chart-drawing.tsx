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
import type { ScoreBar } from "./score-chart";

/** The recharts drawing of the score chart, loaded only when the chart comes into view (see LazyChart). */
export default function ScoreChartDrawing({ data }: { data: ScoreBar[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        accessibilityLayer={false}
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
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
  );
}
