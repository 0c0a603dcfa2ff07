import { formatDate } from "@/lib/format";
import type { DashboardTeamRow } from "./queries";

export const OBJECTS = [
  { id: "data", title: "Data" },
  { id: "model", title: "Model" },
  { id: "code", title: "Code" },
] as const;

/** The chart's rows: one per object, each compared team's score in its own column. */
export function comparisonRows(teams: DashboardTeamRow[]) {
  return OBJECTS.map((o) => ({
    object: o.title,
    ...Object.fromEntries(teams.map((t) => [t.name, t.objects[o.id]?.score ?? null])),
  }));
}

const delta = (value: number | null | undefined, against: number | null | undefined) =>
  value === null || value === undefined || against === null || against === undefined || value === against
    ? ""
    : ` (${value > against ? "+" : "−"}${Math.abs(value - against).toFixed(2)})`;

export type Measure = [label: string, cell: (team: DashboardTeamRow) => string];

/** The table's rows: how each measure reads for a team, with its difference from the reference team (the first). */
export function comparisonMeasures(teams: DashboardTeamRow[]): Measure[] {
  const [reference] = teams;
  const vsReference = (
    t: DashboardTeamRow,
    value: number | null | undefined,
    against: number | null | undefined,
  ) => (t === reference ? "" : delta(value, against));
  return [
    ...OBJECTS.map(({ id, title }): Measure => [
      title,
      (t) => {
        const cell = t.objects[id];
        return cell
          ? `L${cell.level} · ${cell.score.toFixed(2)}${vsReference(t, cell.score, reference?.objects[id]?.score)}`
          : "–";
      },
    ]),
    ["Weakest link", (t) => `L${t.weakestLevel}`],
    [
      "Mean score",
      (t) => `${t.meanScore?.toFixed(2) ?? "–"}${vsReference(t, t.meanScore, reference?.meanScore)}`,
    ],
    ["Assessed", (t) => (t.submittedAt ? formatDate(t.submittedAt) : "–")],
  ];
}

/** The teams asked for in the URL (?team=…&team=…), each once. */
export function requestedTeams(team: string | string[] | undefined): string[] {
  return [...new Set(Array.isArray(team) ? team : team ? [team] : [])];
}
