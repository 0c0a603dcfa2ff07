import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";
import { comparisonMeasures } from "../compare";
import type { DashboardTeamRow } from "../queries";

/** The compared teams side by side, one row per measure, each with its difference from the first team. */
export function ComparisonTable({ teams }: { teams: DashboardTeamRow[] }) {
  return (
    <DataTable caption="Levels and scores of the compared teams" data-testid="comparison">
      <TableHead>
        <tr>
          <ColumnHeader>
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
        {comparisonMeasures(teams).map(([label, cell]) => (
          <TableRow key={label}>
            <RowHeader>{label}</RowHeader>
            {teams.map((t) => (
              <Cell key={t.teamId}>{cell(t)}</Cell>
            ))}
          </TableRow>
        ))}
      </tbody>
    </DataTable>
  );
}
