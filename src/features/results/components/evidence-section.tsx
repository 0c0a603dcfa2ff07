import { Cell, ColumnHeader, DataTable, RowHeader, TableHead, TableRow } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import type { EvidenceView } from "../evidence-view";

const level = (value: number | null) => (value === null ? "not assessable" : `L${value}`);

/**
 * Claimed and evidenced: each object's level as the team answered and as its repositories show,
 * the share of answers the evidence backs, and every disagreement with the rule behind it and the
 * team's note.
 */
export function EvidenceSection({ evidence }: { evidence: EvidenceView }) {
  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-slate-700">
        From the scan of {formatDate(new Date(evidence.scannedAt))}
        {evidence.backedShare !== null &&
          `: ${Math.round(evidence.backedShare * 100)}% of the answers are backed by what the repositories show`}
        . The evidenced level scores every answer limited to what the evidence supports.
      </p>
      <DataTable caption="Claimed and evidenced levels" className="max-w-xl" data-testid="claimed-evidenced">
        <TableHead>
          <TableRow>
            <ColumnHeader>Object</ColumnHeader>
            <ColumnHeader>Claimed</ColumnHeader>
            <ColumnHeader>Evidenced</ColumnHeader>
          </TableRow>
        </TableHead>
        <tbody>
          {evidence.objects.map((o) => (
            <TableRow key={o.id} data-object={o.id}>
              <RowHeader>{o.title}</RowHeader>
              <Cell>{level(o.claimed)}</Cell>
              <Cell>{level(o.evidenced)}</Cell>
            </TableRow>
          ))}
          <TableRow>
            <RowHeader>Weakest link</RowHeader>
            <Cell className="font-medium">{level(evidence.weakest.claimed)}</Cell>
            <Cell className="font-medium">{level(evidence.weakest.evidenced)}</Cell>
          </TableRow>
        </tbody>
      </DataTable>
      <h3 className="text-lg font-semibold">
        {evidence.disagreements.length === 0
          ? "No disagreements: the answers and the repositories agree."
          : `${evidence.disagreements.length} disagreement${evidence.disagreements.length === 1 ? "" : "s"}`}
      </h3>
      <ul className="space-y-3" data-testid="disagreements">
        {evidence.disagreements.map((d) => (
          <li
            key={d.questionId}
            className="max-w-3xl rounded-md border border-amber-200 bg-amber-50 p-3 text-sm"
          >
            <p className="font-medium">
              {d.object}: {d.question}
            </p>
            <p className="mt-1">
              Answered “{d.claimed}”; the repositories show “{d.evidence}” ({d.confidence} confidence): the
              answer {d.direction}. {d.why}
            </p>
            <p className="mt-1 text-slate-700">{d.note ? `The team's note: ${d.note}` : "No note."}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
