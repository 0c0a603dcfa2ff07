import { csvLines } from "@/lib/csv";
import { isoDate } from "@/lib/export-files";
import { formatOwnershipModel } from "@/lib/format";
import type { DashboardTeamRow } from "./queries";

/** The dashboard table as CSV rows: one per team, the same numbers the heatmap shows, in words a reader knows (no enum values) and ISO dates. */
export const DASHBOARD_CSV_HEADER = [
  "Team",
  "Business unit",
  "Ownership",
  "Assessed",
  "Questionnaire version",
  "Data level",
  "Data score",
  "Model level",
  "Model score",
  "Code level",
  "Code score",
  "Weakest level",
  "Practice in place",
  "Mean score",
  "Difference from median",
  "Overdue for reassessment",
  "Evidenced weakest level",
] as const;

export function dashboardRows(
  teams: DashboardTeamRow[],
  medianMean: number | null,
): (string | number | null)[][] {
  return teams.map((t) => {
    return [
      t.name,
      t.businessUnit,
      formatOwnershipModel(t.ownershipModel),
      t.submittedAt ? isoDate(t.submittedAt) : null,
      t.questionnaireVersion,
      ...(["data", "model", "code"] as const).flatMap((o) => [
        t.objects[o]?.level ?? null,
        t.objects[o]?.score.toFixed(2) ?? null,
      ]),
      t.weakestLevel,
      t.coverage?.toFixed(2) ?? null,
      t.meanScore?.toFixed(2) ?? null,
      t.meanScore !== null && medianMean !== null ? (t.meanScore - medianMean).toFixed(2) : null,
      t.submittedAt ? (t.overdue ? "yes" : "no") : null,
      t.evidencedWeakestLevel,
    ];
  });
}

/**
 * The dashboard CSV written as its rows are read: the header, then one batch of team rows per
 * pull (the stream asks for more only as the client reads), so the server holds one batch at a
 * time whatever the number of teams. The bytes are those of toCsv(DASHBOARD_CSV_HEADER, all rows).
 */
export function dashboardCsvStream(
  batches: AsyncIterator<DashboardTeamRow[]>,
  medianMean: number | null,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(csvLines([DASHBOARD_CSV_HEADER])));
      },
      async pull(controller) {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(csvLines(dashboardRows(next.value, medianMean))));
      },
      async cancel() {
        await batches.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
