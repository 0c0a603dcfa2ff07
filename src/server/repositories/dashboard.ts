import "server-only";
import type { ObjectId } from "@/domain/questionnaire/schema";
import { Prisma } from "@/generated/prisma/client";
import type { OwnershipModel } from "@/domain/team";
import { db } from "@/server/db/client";

/**
 * The managers' dashboard, aggregated in SQL: each team's latest submitted assessment (one row per
 * team, served by the team/status/submittedAt index), level counts, the organisation's median,
 * the risks most teams share and the organisation's state at the end of each quarter. Nothing
 * loads every assessment.
 */

export interface DashboardFilters {
  /** Only these teams (the comparison view). */
  teamIds?: string[];
  businessUnit?: string;
  ownershipModel?: OwnershipModel;
  questionnaireVersion?: string;
}

export interface DashboardTeamRow {
  teamId: string;
  name: string;
  businessUnit: string;
  ownershipModel: OwnershipModel;
  assessmentId: string | null;
  submittedAt: Date | null;
  questionnaireVersion: string | null;
  weakestLevel: number | null;
  /** The weakest level as the team's repositories evidence it (null without a scan). */
  evidencedWeakestLevel: number | null;
  meanScore: number | null;
  /** Share of the practice in place (engine 2 results; null for engine 1). */
  coverage: number | null;
  /** The latest assessment is older than the organisation's review cadence (false without one). */
  overdue: boolean;
  objects: Record<ObjectId, { level: number; score: number; target: number | null } | null>;
}

/** A risk open in several teams: how severe, how many teams, and the first of them by name. */
export interface SharedRisk {
  riskId: string;
  severity: "high" | "medium" | "low";
  teams: number;
  /** Up to SHARED_RISK_TEAMS_NAMED teams, by name, each with its latest assessment (for a link). */
  named: { teamId: string; name: string; assessmentId: string }[];
}

/** How many teams a shared risk names; the rest are counted. */
export const SHARED_RISK_TEAMS_NAMED = 6;

export interface Dashboard {
  teams: DashboardTeamRow[];
  distribution: Record<ObjectId, number[]>;
  median: Record<ObjectId, number | null> & { mean: number | null };
  sharedRisks: SharedRisk[];
  quarters: { quarter: string; object: ObjectId; medianScore: number; teams: number }[];
  facets: { businessUnits: string[]; questionnaireVersions: string[] };
}

const OBJECTS: ObjectId[] = ["data", "model", "code"];

/** The progress series covers ten years at most: enough for a trend, bounded whatever the dates stored. */
export const QUARTERS_SHOWN = 40;

export function teamConditions(organizationId: string, filters: DashboardFilters): Prisma.Sql {
  const conditions = [Prisma.sql`t."organizationId" = ${organizationId}`];
  if (filters.teamIds)
    conditions.push(
      filters.teamIds.length > 0 ? Prisma.sql`t.id IN (${Prisma.join(filters.teamIds)})` : Prisma.sql`false`,
    );
  if (filters.businessUnit) conditions.push(Prisma.sql`t."businessUnit" = ${filters.businessUnit}`);
  if (filters.ownershipModel)
    conditions.push(Prisma.sql`t."ownershipModel" = ${filters.ownershipModel}::"OwnershipModel"`);
  return Prisma.join(conditions, " AND ");
}

/** Each filtered team's latest submitted assessment, as a CTE named `latest` (also used by dashboard-headline.ts). */
export function latestCte(organizationId: string, filters: DashboardFilters): Prisma.Sql {
  const version = filters.questionnaireVersion
    ? Prisma.sql`AND qv.version = ${filters.questionnaireVersion}`
    : Prisma.empty;
  return Prisma.sql`
    latest_any AS (
      SELECT DISTINCT ON (a."teamId") a.id, a."teamId", a."submittedAt", a."questionnaireVersionId"
      FROM "Assessment" a JOIN "Team" t ON t.id = a."teamId"
      WHERE ${teamConditions(organizationId, filters)} AND a.status = 'submitted'
      ORDER BY a."teamId", a."submittedAt" DESC
    ),
    latest AS (
      SELECT l.*, qv.version FROM latest_any l JOIN "QuestionnaireVersion" qv ON qv.id = l."questionnaireVersionId"
      WHERE true ${version}
    )`;
}

interface TeamRowSql {
  teamId: string;
  name: string;
  businessUnit: string;
  ownershipModel: DashboardTeamRow["ownershipModel"];
  assessmentId: string | null;
  submittedAt: Date | null;
  version: string | null;
  weakestLevel: number | null;
  evidencedWeakestLevel: number | null;
  meanScore: string | null;
  coverage: string | null;
  objects: { object: ObjectId; level: number; score: string; target: number | null }[] | null;
  overdue: boolean;
}

export async function loadDashboard(options: {
  organizationId: string;
  filters: DashboardFilters;
  /** The moment "overdue" is measured from. */
  now?: Date;
}): Promise<Dashboard> {
  const { organizationId, filters, now = new Date() } = options;
  const latest = latestCte(organizationId, filters);
  const [teams, distributionRows, medianRows, riskRows, quarterRows, businessUnits, versions] =
    await Promise.all([
      queryTeams(organizationId, filters, now),
      db().$queryRaw<{ object: ObjectId; level: number; teams: number }[]>`
      WITH ${latest}
      SELECT o.object::text AS object, o.level::int AS level, count(*)::int AS teams
      FROM latest l JOIN "ObjectResult" o ON o."assessmentId" = l.id
      GROUP BY o.object, o.level`,
      db().$queryRaw<{ object: ObjectId | "mean"; median: number | null }[]>`
      WITH ${latest}
      SELECT o.object::text AS object, percentile_cont(0.5) WITHIN GROUP (ORDER BY o.score)::float8 AS median
      FROM latest l JOIN "ObjectResult" o ON o."assessmentId" = l.id GROUP BY o.object
      UNION ALL
      SELECT 'mean', percentile_cont(0.5) WITHIN GROUP (ORDER BY r."meanScore")::float8
      FROM latest l JOIN "AssessmentResult" r ON r."assessmentId" = l.id`,
      // The most shared risks, the most severe first among equally shared ones (the enum orders high < medium < low).
      db().$queryRaw<SharedRisk[]>`
      WITH ${latest}
      SELECT rr."riskId", min(rr.severity)::text AS severity, count(*)::int AS teams,
             to_json((array_agg(json_build_object('teamId', t.id, 'name', t.name, 'assessmentId', l.id) ORDER BY t.name))[1:${Prisma.raw(String(SHARED_RISK_TEAMS_NAMED))}]) AS named
      FROM latest l JOIN "ResultRisk" rr ON rr."assessmentId" = l.id JOIN "Team" t ON t.id = l."teamId"
      GROUP BY rr."riskId" ORDER BY teams DESC, min(rr.severity), rr."riskId" LIMIT 8`,
      // The organisation at the end of each quarter: every team counted with its latest assessment by then.
      db().$queryRaw<{ quarter: string; object: ObjectId; medianScore: number; teams: number }[]>`
      WITH submitted AS (
        SELECT a.id, a."teamId", a."submittedAt", a."questionnaireVersionId" FROM "Assessment" a
        JOIN "Team" t ON t.id = a."teamId"
        WHERE ${teamConditions(organizationId, filters)} AND a.status = 'submitted'
      ),
      -- The last QUARTERS_SHOWN quarters at most, however far back the assessments go.
      quarters AS (
        SELECT generate_series(
          greatest(date_trunc('quarter', min("submittedAt")), date_trunc('quarter', max("submittedAt")) - ${QUARTERS_SHOWN - 1} * interval '3 months'),
          date_trunc('quarter', max("submittedAt")),
          interval '3 months') AS starts FROM submitted
      ),
      -- As in the heatmap, a version filter keeps the teams whose latest assessment (by then) is on it.
      state AS (
        SELECT q.starts, l.id FROM quarters q
        CROSS JOIN LATERAL (
          SELECT DISTINCT ON (s."teamId") s.id, s."questionnaireVersionId" FROM submitted s
          WHERE s."submittedAt" < q.starts + interval '3 months'
          ORDER BY s."teamId", s."submittedAt" DESC
        ) l
        ${filters.questionnaireVersion ? Prisma.sql`JOIN "QuestionnaireVersion" qv ON qv.id = l."questionnaireVersionId" AND qv.version = ${filters.questionnaireVersion}` : Prisma.empty}
      )
      SELECT to_char(s.starts, 'YYYY-"Q"Q') AS quarter, o.object::text AS object,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY o.score)::float8 AS "medianScore", count(*)::int AS teams
      FROM state s JOIN "ObjectResult" o ON o."assessmentId" = s.id
      GROUP BY s.starts, o.object ORDER BY s.starts, o.object`,
      db().team.findMany({
        where: { organizationId },
        distinct: ["businessUnit"],
        orderBy: { businessUnit: "asc" },
        select: { businessUnit: true },
      }),
      db().$queryRaw<{ version: string }[]>`
      SELECT DISTINCT qv.version FROM "Assessment" a JOIN "Team" t ON t.id = a."teamId"
      JOIN "QuestionnaireVersion" qv ON qv.id = a."questionnaireVersionId"
      WHERE t."organizationId" = ${organizationId} AND a.status = 'submitted' ORDER BY qv.version`,
    ]);

  const distribution = Object.fromEntries(OBJECTS.map((o) => [o, [0, 0, 0, 0, 0]])) as Record<
    ObjectId,
    number[]
  >;
  for (const row of distributionRows) {
    const counts = distribution[row.object];
    if (counts && row.level >= 0 && row.level <= 4) counts[row.level] = row.teams;
  }
  const medianOf = (key: ObjectId | "mean") => medianRows.find((m) => m.object === key)?.median ?? null;

  return {
    teams,
    distribution,
    median: {
      data: medianOf("data"),
      model: medianOf("model"),
      code: medianOf("code"),
      mean: medianOf("mean"),
    },
    sharedRisks: riskRows,
    quarters: quarterRows,
    facets: {
      businessUnits: businessUnits.map((b) => b.businessUnit),
      questionnaireVersions: versions.map((v) => v.version),
    },
  };
}

/** One row per filtered team with its latest submitted assessment's levels (none when it has none). */
async function queryTeams(
  organizationId: string,
  filters: DashboardFilters,
  now: Date,
): Promise<DashboardTeamRow[]> {
  const latest = latestCte(organizationId, filters);
  // With a questionnaire-version filter, teams whose latest assessment is on another version drop out.
  const teamFilter = filters.questionnaireVersion ? Prisma.sql`AND l.id IS NOT NULL` : Prisma.empty;
  const teamRows = await db().$queryRaw<TeamRowSql[]>`
      WITH ${latest}
      SELECT t.id AS "teamId", t.name, t."businessUnit", t."ownershipModel"::text AS "ownershipModel",
             l.id AS "assessmentId", l."submittedAt", l.version,
             r."weakestLevel"::int AS "weakestLevel", r."evidencedWeakestLevel"::int AS "evidencedWeakestLevel", r."meanScore"::text AS "meanScore", r.coverage::text AS coverage,
             (SELECT json_agg(json_build_object('object', o.object, 'level', o.level, 'score', o.score::text, 'target', o.target))
                FROM "ObjectResult" o WHERE o."assessmentId" = l.id) AS objects,
             coalesce(l."submittedAt" < ${now.toISOString()}::timestamp - org."reviewCadenceDays" * interval '1 day', false) AS overdue
      FROM "Team" t
      JOIN "Organization" org ON org.id = t."organizationId"
      LEFT JOIN latest l ON l."teamId" = t.id
      LEFT JOIN "AssessmentResult" r ON r."assessmentId" = l.id
      WHERE ${teamConditions(organizationId, filters)} ${teamFilter}
      ORDER BY t.name`;
  return teamRows.map((row) => ({
    teamId: row.teamId,
    name: row.name,
    businessUnit: row.businessUnit,
    ownershipModel: row.ownershipModel,
    assessmentId: row.assessmentId,
    submittedAt: row.submittedAt,
    questionnaireVersion: row.version,
    weakestLevel: row.weakestLevel,
    evidencedWeakestLevel: row.evidencedWeakestLevel,
    meanScore: row.meanScore === null ? null : Number(row.meanScore),
    coverage: row.coverage === null ? null : Number(row.coverage),
    overdue: row.overdue,
    objects: Object.fromEntries(
      OBJECTS.map((object) => {
        const o = row.objects?.find((x) => x.object === object);
        return [object, o ? { level: o.level, score: Number(o.score), target: o.target } : null];
      }),
    ) as DashboardTeamRow["objects"],
  }));
}

/** The dashboard's table alone (CSV export): the team rows and the median of their mean scores. */
export async function loadDashboardTable(options: {
  organizationId: string;
  filters: DashboardFilters;
  now?: Date;
}): Promise<{ teams: DashboardTeamRow[]; medianMean: number | null }> {
  const { organizationId, filters, now = new Date() } = options;
  const latest = latestCte(organizationId, filters);
  const [teams, [median]] = await Promise.all([
    queryTeams(organizationId, filters, now),
    db().$queryRaw<{ median: number | null }[]>`
      WITH ${latest}
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r."meanScore")::float8 AS median
      FROM latest l JOIN "AssessmentResult" r ON r."assessmentId" = l.id`,
  ]);
  return { teams, medianMean: median?.median ?? null };
}

/** The teams of an organisation with their latest results, for a side-by-side comparison (2–5 ids). */
export async function loadTeamsForComparison(options: {
  organizationId: string;
  teamIds: string[];
}): Promise<DashboardTeamRow[]> {
  const { organizationId, teamIds } = options;
  const teams = await queryTeams(organizationId, { teamIds }, new Date());
  return teamIds
    .map((id) => teams.find((t) => t.teamId === id))
    .filter((t): t is DashboardTeamRow => t !== undefined);
}
