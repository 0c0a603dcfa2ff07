import type { DashboardTeamRow } from "@/server/repositories/dashboard";
import { STALE_AFTER_DAYS } from "./schemas";

/** The dashboard table as CSV rows: one per team, the same numbers the heatmap shows. */
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
  "Stale",
  "Evidenced weakest level",
] as const;

export function dashboardRows(
  teams: DashboardTeamRow[],
  medianMean: number | null,
  now: Date,
): (string | number | null)[][] {
  return teams.map((t) => {
    const stale = t.submittedAt
      ? (now.getTime() - t.submittedAt.getTime()) / 86_400_000 > STALE_AFTER_DAYS
      : null;
    return [
      t.name,
      t.businessUnit,
      t.ownershipModel,
      t.submittedAt ? t.submittedAt.toISOString().slice(0, 10) : null,
      t.questionnaireVersion,
      ...(["data", "model", "code"] as const).flatMap((o) => [
        t.objects[o]?.level ?? null,
        t.objects[o]?.score.toFixed(2) ?? null,
      ]),
      t.weakestLevel,
      t.coverage?.toFixed(2) ?? null,
      t.meanScore?.toFixed(2) ?? null,
      t.meanScore !== null && medianMean !== null ? (t.meanScore - medianMean).toFixed(2) : null,
      stale === null ? null : stale ? "yes" : "no",
      t.evidencedWeakestLevel,
    ];
  });
}
