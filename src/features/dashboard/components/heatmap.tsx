import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { asLevel, levelTone } from "@/components/ui/level";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { paths } from "@/lib/paths";
import { OBJECTS } from "../compare";
import type { dashboardHref } from "../links";
import type { DashboardTeamRow } from "../queries";
import { STALE_AFTER_DAYS, type DashboardQuery, type SortKey } from "../schemas";

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
  medianMean,
  query,
  hrefFor,
  now,
}: {
  teams: DashboardTeamRow[];
  medianMean: number | null;
  query: DashboardQuery;
  hrefFor: (sort: SortKey, dir: "asc" | "desc") => ReturnType<typeof dashboardHref>;
  now: Date;
}) {
  const header = (key: SortKey, label: string) => {
    const active = query.sort === key;
    const nextDir = active && query.dir === "asc" ? "desc" : "asc";
    return (
      <ColumnHeader
        className="px-2 font-semibold"
        aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        <TextLink href={hrefFor(key, nextDir)} className="decoration-dotted">
          {label}
          {active ? (query.dir === "asc" ? " ↑" : " ↓") : ""}
        </TextLink>
      </ColumnHeader>
    );
  };
  return (
    <DataTable
      caption="Each team's latest levels by object; sortable by each column"
      tableClassName="min-w-[55rem]"
      data-testid="heatmap"
    >
      <TableHead>
        <tr>
          <ColumnHeader className="w-10 px-2">
            <span className="sr-only">Compare</span>
          </ColumnHeader>
          {header("name", "Team")}
          {OBJECTS.map((o) => header(o.id, o.title))}
          {header("weakest", "Weakest")}
          {header("evidenced", "Evidenced")}
          {header("coverage", "Practice in place")}
          {header("mean", "Mean vs median")}
          {header("assessed", "Assessed")}
        </tr>
      </TableHead>
      <tbody>
        {teams.map((team) => {
          const age = team.submittedAt ? daysSince(team.submittedAt, now) : null;
          const stale = age !== null && age > STALE_AFTER_DAYS;
          const delta = team.meanScore !== null && medianMean !== null ? team.meanScore - medianMean : null;
          return (
            <TableRow key={team.teamId} data-team={team.name}>
              <Cell className="px-2 py-1.5 text-center">
                <input
                  type="checkbox"
                  name="team"
                  value={team.teamId}
                  aria-label={`Compare ${team.name}`}
                  className="h-4 w-4"
                  disabled={!team.assessmentId}
                />
              </Cell>
              <RowHeader className="px-2 py-1.5">
                <TextLink href={paths.team(team.teamId)}>{team.name}</TextLink>
                <span className="block text-xs font-normal text-slate-600">{team.businessUnit}</span>
              </RowHeader>
              {OBJECTS.map((o) => {
                const cell = team.objects[o.id];
                return (
                  <Cell
                    key={o.id}
                    className={cn(
                      "px-2 py-1.5",
                      cell ? levelTone({ level: asLevel(cell.level), faded: stale }) : "text-slate-600",
                      stale && "italic",
                    )}
                    data-object={o.id}
                    data-level={String(cell?.level ?? "")}
                  >
                    {cell ? (
                      <>
                        <strong>L{cell.level}</strong> <span>{cell.score.toFixed(2)}</span>
                      </>
                    ) : team.assessmentId ? (
                      <span title="Too few of its questions apply to this team to rate it">
                        not assessable
                      </span>
                    ) : (
                      "–"
                    )}
                  </Cell>
                );
              })}
              <Cell className="px-2 py-1.5">
                {team.weakestLevel !== null ? `L${team.weakestLevel}` : "–"}
              </Cell>
              <Cell className="px-2 py-1.5" data-testid="evidenced">
                {team.evidencedWeakestLevel !== null ? (
                  `L${team.evidencedWeakestLevel}`
                ) : (
                  <span title="No repository scan at the team's latest assessment">–</span>
                )}
              </Cell>
              <Cell className="px-2 py-1.5">
                {team.coverage !== null ? `${Math.round(team.coverage * 100)}%` : "–"}
              </Cell>
              <Cell className="px-2 py-1.5">
                {team.meanScore !== null ? team.meanScore.toFixed(2) : "–"}
                {delta !== null && (
                  <span className={`ml-1 text-xs ${delta >= 0 ? "text-emerald-800" : "text-red-800"}`}>
                    ({delta >= 0 ? "+" : "−"}
                    {Math.abs(delta).toFixed(2)})
                  </span>
                )}
              </Cell>
              <Cell className="px-2 py-1.5 whitespace-nowrap">
                {team.submittedAt ? (
                  formatDate(team.submittedAt)
                ) : (
                  <span className="text-slate-600">never</span>
                )}
                {stale && (
                  <span className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-800">stale</span>
                )}
              </Cell>
            </TableRow>
          );
        })}
      </tbody>
    </DataTable>
  );
}
