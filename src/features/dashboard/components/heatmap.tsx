import type { Route } from "next";
import Link from "next/link";
import type { ObjectId } from "@/domain/questionnaire/schema";
import { formatDate } from "@/lib/format";
import type { DashboardTeamRow } from "../queries";
import { STALE_AFTER_DAYS, type DashboardQuery, type SortKey } from "../schemas";
import { LEVEL_CELL } from "./level-style";

const OBJECTS: { id: ObjectId; title: string }[] = [
  { id: "data", title: "Data" },
  { id: "model", title: "Model" },
  { id: "code", title: "Code" },
];

function daysSince(date: Date, now: Date): number {
  return Math.floor((now.getTime() - date.getTime()) / 86_400_000);
}

/**
 * Teams × objects from each team's latest submitted assessment: the level as colour and text, the
 * score in the cell, the distance to the organisation's median, the age of the assessment (stale
 * after STALE_AFTER_DAYS). Headers sort through the URL; checkboxes pick teams to compare.
 */
export function Heatmap({
  teams,
  median,
  query,
  hrefFor,
  now,
}: {
  teams: DashboardTeamRow[];
  median: { mean: number | null };
  query: DashboardQuery;
  hrefFor: (sort: SortKey, dir: "asc" | "desc") => string;
  now: Date;
}) {
  const header = (key: SortKey, label: string) => {
    const active = query.sort === key;
    const nextDir = active && query.dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" className="px-2 py-2 text-left font-semibold" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={hrefFor(key, nextDir) as Route} className="text-brand-700 underline decoration-dotted">
          {label}
          {active ? (query.dir === "asc" ? " ↑" : " ↓") : ""}
        </Link>
      </th>
    );
  };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[50rem] text-sm" data-testid="heatmap">
        <caption className="sr-only">Each team&apos;s latest levels by object; sortable by each column</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="w-10 px-2 py-2">
              <span className="sr-only">Compare</span>
            </th>
            {header("name", "Team")}
            {OBJECTS.map((o) => header(o.id, o.title))}
            {header("weakest", "Weakest")}
            {header("coverage", "Practice in place")}
            {header("mean", "Mean vs median")}
            {header("assessed", "Assessed")}
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => {
            const age = team.submittedAt ? daysSince(team.submittedAt, now) : null;
            const stale = age !== null && age > STALE_AFTER_DAYS;
            const delta = team.meanScore !== null && median.mean !== null ? team.meanScore - median.mean : null;
            return (
              <tr key={team.teamId} className="border-b border-slate-100 last:border-0" data-team={team.name}>
                <td className="px-2 py-1.5 text-center">
                  <input type="checkbox" name="team" value={team.teamId} aria-label={`Compare ${team.name}`} className="h-4 w-4" disabled={!team.assessmentId} />
                </td>
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  <Link href={`/teams/${team.teamId}` as Route} className="text-brand-700 underline">
                    {team.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">{team.businessUnit}</span>
                </th>
                {OBJECTS.map((o) => {
                  const cell = team.objects[o.id];
                  return (
                    <td key={o.id} className={`px-2 py-1.5 ${cell ? LEVEL_CELL[cell.level] : "text-slate-500"} ${stale ? "opacity-60" : ""}`} data-object={o.id} data-level={cell?.level ?? ""}>
                      {cell ? (
                        <>
                          <strong>L{cell.level}</strong> <span className="text-slate-800">{cell.score.toFixed(2)}</span>
                        </>
                      ) : team.assessmentId ? (
                        <span title="Too few of its questions apply to this team to rate it">not assessable</span>
                      ) : (
                        "–"
                      )}
                    </td>
                  );
                })}
                <td className="px-2 py-1.5">{team.weakestLevel !== null ? `L${team.weakestLevel}` : "–"}</td>
                <td className="px-2 py-1.5">{team.coverage !== null ? `${Math.round(team.coverage * 100)}%` : "–"}</td>
                <td className="px-2 py-1.5">
                  {team.meanScore !== null ? team.meanScore.toFixed(2) : "–"}
                  {delta !== null && (
                    <span className={`ml-1 text-xs ${delta >= 0 ? "text-emerald-800" : "text-red-800"}`}>
                      ({delta >= 0 ? "+" : "−"}
                      {Math.abs(delta).toFixed(2)})
                    </span>
                  )}
                </td>
                <td className="px-2 py-1.5 whitespace-nowrap">
                  {team.submittedAt ? formatDate(team.submittedAt) : <span className="text-slate-600">never</span>}
                  {stale && <span className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-800">stale</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
