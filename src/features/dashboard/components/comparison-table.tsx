import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { asLevel, levelTone } from "@/components/ui/level";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { paths } from "@/lib/paths";
import { comparisonMeasures } from "../compare";
import type { DashboardTeamRow } from "../queries";

/** The first column stays in view while the table scrolls sideways on a phone. */
const PINNED = "sticky left-0 z-10 shadow-[1px_0_0_0_var(--color-slate-200)]";

/** The compared teams side by side, one row per measure, each with its difference from the first team; each team's name links to its history. */
export function ComparisonTable({ teams }: { teams: DashboardTeamRow[] }) {
  return (
    <DataTable
      caption="Levels and scores of the compared teams"
      data-testid="comparison"
      tableClassName="min-w-[36rem]"
    >
      <TableHead>
        <tr>
          <ColumnHeader className={`${PINNED} bg-slate-50`}>
            <span className="sr-only">Measure</span>
          </ColumnHeader>
          {teams.map((t) => (
            <ColumnHeader key={t.teamId}>
              <TextLink href={paths.team(t.teamId)}>{t.name}</TextLink>
            </ColumnHeader>
          ))}
        </tr>
      </TableHead>
      <tbody>
        {comparisonMeasures(teams).map(({ label, cell, level }) => (
          <TableRow key={label}>
            <RowHeader className={`${PINNED} bg-white`}>{label}</RowHeader>
            {teams.map((t) => {
              const l = level?.(t) ?? null;
              return (
                <Cell key={t.teamId} className={cn(l !== null && levelTone({ level: asLevel(l) }))}>
                  {cell(t)}
                </Cell>
              );
            })}
          </TableRow>
        ))}
      </tbody>
    </DataTable>
  );
}
