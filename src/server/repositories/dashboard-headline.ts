import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import { latestCte, teamConditions, type DashboardFilters } from "./dashboard";

/**
 * The dashboard's headline, counted in SQL over each filtered team's latest submitted assessment
 * (its LatestResult row, which also holds the change since the team's previous one):
 * the median weakest level, the teams at L0–L1, the teams overdue for reassessment (their latest
 * assessment is older than the organisation's review cadence), the open high risks, and the teams
 * that improved on their own previous assessment (some object up a level, none down).
 */

export interface ImprovedTeam {
  teamId: string;
  name: string;
  assessmentId: string;
  previousWeakest: number | null;
  weakest: number | null;
  /** Levels gained over the three objects, against the previous assessment. */
  levelsGained: number;
}

export interface DashboardHeadline {
  /** Teams the filters keep, and how many of them have a submitted assessment. */
  teams: number;
  assessed: number;
  /** The lower median of the assessed teams' weakest levels: a level that some team really is at. */
  medianWeakest: number | null;
  /** Assessed teams whose weakest link is L0 or L1. */
  atLowLevels: number;
  overdue: number;
  reviewCadenceDays: number;
  highRisks: number;
  teamsWithHighRisks: number;
  /** Assessed teams with a previous submitted assessment to compare with. */
  withPrevious: number;
  improved: number;
  /** The most improved first (levels gained, then mean score gained), at most MOST_IMPROVED_SHOWN. */
  mostImproved: ImprovedTeam[];
}

export const MOST_IMPROVED_SHOWN = 5;

export async function loadDashboardHeadline(options: {
  organizationId: string;
  filters: DashboardFilters;
  now?: Date;
}): Promise<DashboardHeadline> {
  const { organizationId, filters, now = new Date() } = options;
  const latest = latestCte(organizationId, filters);
  const teamFilter = filters.questionnaireVersion ? Prisma.sql`AND l.id IS NOT NULL` : Prisma.empty;
  const [[counts], mostImproved] = await Promise.all([
    db().$queryRaw<Omit<DashboardHeadline, "mostImproved">[]>`
      WITH ${latest},
      shown AS (
        SELECT t.id, l.id AS "assessmentId" FROM "Team" t
        LEFT JOIN latest l ON l."teamId" = t.id
        WHERE ${teamConditions(organizationId, filters)} ${teamFilter}
      )
      SELECT
        (SELECT count(*)::int FROM shown) AS teams,
        (SELECT count("assessmentId")::int FROM shown) AS assessed,
        (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY l."weakestLevel")::int FROM latest l) AS "medianWeakest",
        (SELECT count(*)::int FROM latest l WHERE l."weakestLevel" <= 1) AS "atLowLevels",
        (SELECT count(*)::int FROM latest l
           WHERE l."submittedAt" < ${now.toISOString()}::timestamp - org."reviewCadenceDays" * interval '1 day') AS overdue,
        org."reviewCadenceDays"::int AS "reviewCadenceDays",
        (SELECT coalesce(sum(l."highRisks"), 0)::int FROM latest l) AS "highRisks",
        (SELECT count(*)::int FROM latest l WHERE l."highRisks" > 0) AS "teamsWithHighRisks",
        (SELECT count(l."previousAssessmentId")::int FROM latest l) AS "withPrevious",
        (SELECT count(*)::int FROM latest l WHERE l."levelsRose" AND NOT l."levelsFell") AS improved
      FROM "Organization" org WHERE org.id = ${organizationId}`,
    db().$queryRaw<ImprovedTeam[]>`
      WITH ${latest}
      SELECT l."teamId", t.name, l.id AS "assessmentId",
             l."previousWeakestLevel"::int AS "previousWeakest", l."weakestLevel"::int AS weakest,
             l."levelsGained" AS "levelsGained"
      FROM latest l JOIN "Team" t ON t.id = l."teamId"
      WHERE l."levelsRose" AND NOT l."levelsFell"
      ORDER BY l."levelsGained" DESC, l."meanScore" - l."previousMeanScore" DESC, t.name
      LIMIT ${MOST_IMPROVED_SHOWN}`,
  ]);
  if (!counts) throw new Error(`no organisation ${organizationId}`);
  return { ...counts, mostImproved };
}
