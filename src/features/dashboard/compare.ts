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

export interface Measure {
  label: string;
  cell: (team: DashboardTeamRow) => string;
  /** The level the cell shows, to colour it (none for the mean and the date). */
  level?: (team: DashboardTeamRow) => number | null;
}

/** The table's rows, the weakest link first: how each measure reads for a team, with its difference from the reference team (the first). */
export function comparisonMeasures(teams: DashboardTeamRow[]): Measure[] {
  const [reference] = teams;
  const vsReference = (
    t: DashboardTeamRow,
    value: number | null | undefined,
    against: number | null | undefined,
  ) => (t === reference ? "" : delta(value, against));
  return [
    {
      label: "Weakest link",
      cell: (t) => (t.weakestLevel === null ? "–" : `L${t.weakestLevel}`),
      level: (t) => t.weakestLevel,
    },
    ...OBJECTS.map(({ id, title }): Measure => ({
      label: title,
      cell: (t) => {
        const cell = t.objects[id];
        return cell
          ? `L${cell.level} · ${cell.score.toFixed(2)}${vsReference(t, cell.score, reference?.objects[id]?.score)}`
          : "not assessable";
      },
      level: (t) => t.objects[id]?.level ?? null,
    })),
    {
      label: "Mean score",
      cell: (t) => `${t.meanScore?.toFixed(2) ?? "–"}${vsReference(t, t.meanScore, reference?.meanScore)}`,
    },
    { label: "Assessed", cell: (t) => (t.submittedAt ? formatDate(t.submittedAt) : "–") },
  ];
}

/** The teams asked for in the URL (?team=…&team=…), each once. */
export function requestedTeams(team: string | string[] | undefined): string[] {
  return [...new Set(Array.isArray(team) ? team : team ? [team] : [])];
}
