import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { asLevel, levelTone } from "@/components/ui/level";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { paths } from "@/lib/paths";
import { OBJECTS } from "../compare";
import type { dashboardHref } from "../links";
import type { DashboardTeamRow } from "../queries";
import type { DashboardQuery, SortKey } from "../schemas";

/** The first column stays in view while the table scrolls sideways on a phone, narrow enough there that the weakest link and the three objects fit beside it. */
const PINNED = "sticky left-0 z-10 shadow-[1px_0_0_0_var(--color-slate-200)]";

/**
 * Teams × objects from each team's latest submitted assessment: the weakest link first, then each
 * object's level as colour and text with its score (a link to the team's results), the mean as a
 * secondary measure, and the assessment's age (faded and marked when overdue for reassessment).
 * Headers sort through the URL; checkboxes pick teams to compare.
 */
export function Heatmap({
  teams,
  medianMean,
  query,
  hrefFor,
}: {
  teams: DashboardTeamRow[];
  medianMean: number | null;
  query: DashboardQuery;
  hrefFor: (sort: SortKey, dir: "asc" | "desc") => ReturnType<typeof dashboardHref>;
}) {
  const header = (key: SortKey, label: string, className?: string) => {
    const active = query.sort === key;
    const nextDir = active && query.dir === "asc" ? "desc" : "asc";
    return (
      <ColumnHeader
        padded={false}
        className={cn("px-1.5 py-2 font-semibold sm:px-2", className)}
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
      caption="Each team's latest levels, the weakest link first; sortable by each column"
      tableClassName="sm:min-w-[52rem]"
      data-testid="heatmap"
    >
      <TableHead>
        <tr>
          {header("name", "Team", cn(PINNED, "bg-slate-50"))}
          {header("weakest", "Weakest")}
          {OBJECTS.map((o) => header(o.id, o.title))}
          {header("evidenced", "Evidenced")}
          {header("coverage", "Practice in place")}
          {header("mean", "Mean score")}
          {header("assessed", "Assessed")}
        </tr>
      </TableHead>
      <tbody>
        {teams.map((team) => (
          <TableRow key={team.teamId} data-team={team.name}>
            <RowHeader
              padded={false}
              className={cn(PINNED, "max-w-[6.5rem] bg-white px-2 py-1.5 sm:w-40 sm:max-w-none")}
            >
              <span className="flex items-start gap-1.5 sm:gap-2">
                <input
                  type="checkbox"
                  name="team"
                  value={team.teamId}
                  aria-label={`Compare ${team.name}`}
                  className="mt-0.5 h-4 w-4 shrink-0"
                  disabled={!team.assessmentId}
                />
                <span className="min-w-0">
                  <TextLink href={paths.team(team.teamId)} className="break-words">
                    {team.name}
                  </TextLink>
                  <span className="block text-xs font-normal text-slate-600">{team.businessUnit}</span>
                </span>
              </span>
            </RowHeader>
            {team.assessmentId ? <AssessedCells team={team} medianMean={medianMean} /> : <NotAssessed />}
          </TableRow>
        ))}
      </tbody>
    </DataTable>
  );
}

function AssessedCells({ team, medianMean }: { team: DashboardTeamRow; medianMean: number | null }) {
  const faded = team.overdue;
  const delta = team.meanScore !== null && medianMean !== null ? team.meanScore - medianMean : null;
  const results = team.assessmentId ? paths.results(team.assessmentId) : null;
  return (
    <>
      <Cell
        padded={false}
        className={cn(
          "px-1.5 py-1.5 font-semibold sm:px-2",
          team.weakestLevel !== null && levelTone({ level: asLevel(team.weakestLevel), faded }),
        )}
        data-testid="weakest"
        data-level={String(team.weakestLevel ?? "")}
      >
        {team.weakestLevel !== null ? `L${team.weakestLevel}` : "–"}
      </Cell>
      {OBJECTS.map((o) => {
        const cell = team.objects[o.id];
        return (
          <Cell
            padded={false}
            key={o.id}
            className={cn(
              "px-1.5 py-1.5 whitespace-nowrap sm:px-2",
              cell ? levelTone({ level: asLevel(cell.level), faded }) : "text-slate-600",
              faded && "italic",
            )}
            data-object={o.id}
            data-level={String(cell?.level ?? "")}
          >
            {cell && results ? (
              <a
                href={results}
                className="block underline decoration-1 underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2"
                aria-label={`L${cell.level} ${cell.score.toFixed(2)}: ${team.name}'s ${o.title} results`}
              >
                <strong>L{cell.level}</strong>{" "}
                <span className="block sm:inline">{cell.score.toFixed(2)}</span>
              </a>
            ) : (
              <span title="Too few of its questions apply to this team to rate it">not assessable</span>
            )}
          </Cell>
        );
      })}
      <Cell padded={false} className="px-1.5 py-1.5 sm:px-2" data-testid="evidenced">
        {team.evidencedWeakestLevel !== null ? (
          `L${team.evidencedWeakestLevel}`
        ) : (
          <span title="No repository scan at the team's latest assessment">–</span>
        )}
      </Cell>
      <Cell padded={false} className="px-1.5 py-1.5 sm:px-2">
        {team.coverage !== null ? `${Math.round(team.coverage * 100)}%` : "–"}
      </Cell>
      <Cell padded={false} className="px-1.5 py-1.5 text-slate-700 sm:px-2">
        {team.meanScore !== null ? team.meanScore.toFixed(2) : "–"}
        {delta !== null && (
          <span className="ml-1 text-xs" title="Difference from the median of the teams shown">
            ({delta >= 0 ? "+" : "−"}
            {Math.abs(delta).toFixed(2)})
          </span>
        )}
      </Cell>
      <Cell padded={false} className="px-1.5 py-1.5 whitespace-nowrap sm:px-2">
        {team.submittedAt ? formatDate(team.submittedAt) : "–"}
        {team.overdue && (
          <span
            className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-800"
            title="Older than the organisation's review cadence"
          >
            overdue
          </span>
        )}
      </Cell>
    </>
  );
}

/** A team without a submitted assessment: what happens next, instead of a row of dashes. */
function NotAssessed() {
  return (
    <Cell
      colSpan={8}
      padded={false}
      className="px-1.5 py-1.5 text-slate-700 sm:px-2"
      data-testid="not-assessed"
    >
      {/* On a phone the message wraps within the screen beside the pinned team, not across every column. */}
      <span className="block max-w-[14rem] sm:max-w-none">
        Not assessed yet: the team&apos;s lead starts the assessment from their start page. No lead? An admin
        adds one on the organisation page.
      </span>
    </Cell>
  );
}
