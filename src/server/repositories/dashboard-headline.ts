import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import { latestCte, teamConditions, type DashboardFilters } from "./dashboard";

/**
 * The dashboard's headline, counted in SQL over each filtered team's latest submitted assessment:
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

/** Each team of `latest` with its previous submitted assessment and how its levels moved, as CTEs `previous` and `change`. */
const changeCtes = Prisma.sql`
  previous AS (
    SELECT l."teamId", l.id, p.id AS "previousId" FROM latest l
    CROSS JOIN LATERAL (
      SELECT a.id FROM "Assessment" a
      WHERE a."teamId" = l."teamId" AND a.status = 'submitted' AND a."submittedAt" < l."submittedAt"
      ORDER BY a."submittedAt" DESC LIMIT 1
    ) p
  ),
  change AS (
    SELECT p."teamId", p.id, p."previousId",
           sum(o.level - po.level)::int AS gained,
           bool_or(o.level > po.level) AS rose,
           bool_or(o.level < po.level) AS fell
    FROM previous p
    CROSS JOIN LATERAL (SELECT * FROM "ObjectResult" o WHERE o."assessmentId" = p.id OFFSET 0) o
    CROSS JOIN LATERAL (SELECT * FROM "ObjectResult" po WHERE po."assessmentId" = p."previousId" AND po.object = o.object OFFSET 0) po
    GROUP BY p."teamId", p.id, p."previousId"
  )`;

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
      WITH ${latest}, ${changeCtes},
      shown AS (
        SELECT t.id, l.id AS "assessmentId", l."submittedAt" FROM "Team" t
        LEFT JOIN latest l ON l."teamId" = t.id
        WHERE ${teamConditions(organizationId, filters)} ${teamFilter}
      )
      SELECT
        (SELECT count(*)::int FROM shown) AS teams,
        (SELECT count("assessmentId")::int FROM shown) AS assessed,
        (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY r."weakestLevel")::int
           FROM latest l JOIN "AssessmentResult" r ON r."assessmentId" = l.id) AS "medianWeakest",
        (SELECT count(*)::int FROM latest l JOIN "AssessmentResult" r ON r."assessmentId" = l.id
           WHERE r."weakestLevel" <= 1) AS "atLowLevels",
        (SELECT count(*)::int FROM latest l
           WHERE l."submittedAt" < ${now.toISOString()}::timestamp - org."reviewCadenceDays" * interval '1 day') AS overdue,
        org."reviewCadenceDays"::int AS "reviewCadenceDays",
        (SELECT count(*)::int FROM latest l CROSS JOIN LATERAL (SELECT * FROM "ResultRisk" rr WHERE rr."assessmentId" = l.id OFFSET 0) rr
           WHERE rr.severity = 'high') AS "highRisks",
        (SELECT count(DISTINCT l."teamId")::int FROM latest l CROSS JOIN LATERAL (SELECT * FROM "ResultRisk" rr WHERE rr."assessmentId" = l.id OFFSET 0) rr
           WHERE rr.severity = 'high') AS "teamsWithHighRisks",
        (SELECT count(*)::int FROM previous) AS "withPrevious",
        (SELECT count(*)::int FROM change WHERE rose AND NOT fell) AS improved
      FROM "Organization" org WHERE org.id = ${organizationId}`,
    db().$queryRaw<ImprovedTeam[]>`
      WITH ${latest}, ${changeCtes}
      SELECT c."teamId", t.name, c.id AS "assessmentId",
             pr."weakestLevel"::int AS "previousWeakest", r."weakestLevel"::int AS weakest,
             c.gained AS "levelsGained"
      FROM change c
      JOIN "Team" t ON t.id = c."teamId"
      JOIN "AssessmentResult" r ON r."assessmentId" = c.id
      JOIN "AssessmentResult" pr ON pr."assessmentId" = c."previousId"
      WHERE c.rose AND NOT c.fell
      ORDER BY c.gained DESC, r."meanScore" - pr."meanScore" DESC, t.name
      LIMIT ${MOST_IMPROVED_SHOWN}`,
  ]);
  if (!counts) throw new Error(`no organisation ${organizationId}`);
  return { ...counts, mostImproved };
}
