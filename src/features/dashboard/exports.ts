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
