"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#2f54c9", "#b45309", "#047857", "#9333ea", "#be123c"];

/** The compared teams' scores side by side, one bar per team for each object. */
export function CompareChart({
  teams,
  rows,
}: {
  teams: string[];
  rows: ({ object: string } & Record<string, number | string | null>)[];
}) {
  const described = rows
    .map(
      (r) =>
        `${r.object}: ${teams.map((t) => `${t} ${typeof r[t] === "number" ? r[t].toFixed(2) : "no score"}`).join(", ")}`,
    )
    .join("; ");
  return (
    <figure className="h-72 w-full" aria-label={`Scores by object. ${described}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
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
    </figure>
  );
}
