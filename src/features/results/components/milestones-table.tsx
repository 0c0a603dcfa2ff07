import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { formatDate } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { TeamMilestone } from "../history";

const OBJECTS = ["data", "model", "code"] as const;

const OBJECT_TITLES = { data: "Data", model: "Model", code: "Code" } as const;

const levelAndScore = (value: { level: number; score: number } | undefined) =>
  value ? `L${value.level} · ${value.score.toFixed(2)}` : "–";

/**
 * A team's submitted assessments, newest first: levels and scores, links to the results and the
 * PDF. A table from the small breakpoint up; on a phone one card per assessment, so that its links
 * stay in view rather than beyond a sideways scroll.
 */
export function MilestonesTable({ teamName, submitted }: { teamName: string; submitted: TeamMilestone[] }) {
  const newestFirst = [...submitted].reverse();
  return (
    <>
      <ol
        className="space-y-2 sm:hidden"
        data-testid="milestone-cards"
        aria-label={`Submitted assessments of ${teamName}, newest first`}
      >
        {newestFirst.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="flex items-baseline justify-between gap-2">
              <span className="font-semibold">{formatDate(a.submittedAt)}</span>
              <span>Weakest L{a.weakestLevel}</span>
            </p>
            <dl className="mt-1 grid grid-cols-3 gap-1">
              {OBJECTS.map((o) => (
                <div key={o}>
                  <dt className="text-xs text-slate-600">{OBJECT_TITLES[o]}</dt>
                  <dd>{levelAndScore(a.objects[o])}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 flex gap-4">
              <TextLink href={paths.results(a.id)}>
                Results<span className="sr-only"> of {formatDate(a.submittedAt)}</span>
              </TextLink>
              <DownloadLink href={paths.api.reportPdf(a.id)}>
                PDF<span className="sr-only"> report of {formatDate(a.submittedAt)}</span>
              </DownloadLink>
            </p>
          </li>
        ))}
      </ol>
      <DataTable
        caption={`Submitted assessments of ${teamName}, newest first`}
        data-testid="milestones"
        className="hidden sm:block"
      >
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
          {newestFirst.map((a) => (
            <TableRow key={a.id}>
              <RowHeader>{formatDate(a.submittedAt)}</RowHeader>
              {OBJECTS.map((o) => (
                <Cell key={o}>{levelAndScore(a.objects[o])}</Cell>
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
    </>
  );
}
