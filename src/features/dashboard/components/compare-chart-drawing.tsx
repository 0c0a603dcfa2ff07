"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CompareRow } from "./compare-chart";

const COLOURS = ["#2f54c9", "#b45309", "#047857", "#9333ea", "#be123c"];

/** The recharts drawing of the comparison chart, loaded only when the chart comes into view (see LazyChart). */
export default function CompareChartDrawing({ teams, rows }: { teams: string[]; rows: CompareRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="object" />
        <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tickFormatter={(v: number) => `L${v}`} width={36} />
        <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(2) : String(v))} />
        <Legend />
        {teams.map((team, i) => (
          <Bar
            key={team}
            dataKey={team}
            name={team}
            fill={COLOURS[i % COLOURS.length]}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
