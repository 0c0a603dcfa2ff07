import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { formatDate } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { TeamMilestone } from "../history";

const OBJECTS = ["data", "model", "code"] as const;

/** A team's submitted assessments, newest first: levels and scores, links to the results and the PDF. */
export function MilestonesTable({ teamName, submitted }: { teamName: string; submitted: TeamMilestone[] }) {
  return (
    <DataTable caption={`Submitted assessments of ${teamName}, newest first`} data-testid="milestones">
      <TableHead>
        <tr>
          <ColumnHeader>Submitted</ColumnHeader>
          <ColumnHeader>Data</ColumnHeader>
          <ColumnHeader>Model</ColumnHeader>
          <ColumnHeader>Code</ColumnHeader>
          <ColumnHeader>Weakest</ColumnHeader>
          <ColumnHeader>
            <span className="sr-only">Links</span>
          </ColumnHeader>
        </tr>
      </TableHead>
      <tbody>
        {[...submitted].reverse().map((a) => (
          <TableRow key={a.id}>
            <RowHeader>{formatDate(a.submittedAt)}</RowHeader>
            {OBJECTS.map((o) => (
              <Cell key={o}>
                {a.objects[o] ? `L${a.objects[o].level} · ${a.objects[o].score.toFixed(2)}` : "–"}
              </Cell>
            ))}
            <Cell>L{a.weakestLevel}</Cell>
            <Cell className="whitespace-nowrap">
              <TextLink href={paths.results(a.id)}>
                Results<span className="sr-only"> of {formatDate(a.submittedAt)}</span>
              </TextLink>{" "}
              ·{" "}
              <DownloadLink href={paths.api.reportPdf(a.id)}>
                PDF<span className="sr-only"> report of {formatDate(a.submittedAt)}</span>
              </DownloadLink>
            </Cell>
          </TableRow>
        ))}
      </tbody>
    </DataTable>
  );
}
