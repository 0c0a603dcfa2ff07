import "server-only";
import type { ObjectId } from "@/domain/questionnaire/schema";
import { Prisma } from "@/generated/prisma/client";
import type { OwnershipModel } from "@/domain/team";
import { db } from "@/server/db/client";

/**
 * The managers' dashboard, aggregated in SQL over each team's latest submitted assessment as the
 * database keeps it in one row per team (LatestResult: levels, scores, open risks, the change since
 * the previous assessment; see prisma/schema.prisma): level counts, the organisation's median, the
 * risks most teams share, and, from the teams' histories, the organisation's state at the end of
 * each quarter. Nothing loads every assessment.
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

export interface DashboardAggregates {
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

/**
 * Each filtered team's latest submitted assessment, as a CTE named `latest` (also used by
 * dashboard-headline.ts): the team's LatestResult row, with `id` the assessment's id and `version`
 * its questionnaire version.
 */
export function latestCte(organizationId: string, filters: DashboardFilters): Prisma.Sql {
  const version = filters.questionnaireVersion
    ? Prisma.sql`AND l."questionnaireVersion" = ${filters.questionnaireVersion}`
    : Prisma.empty;
  return Prisma.sql`
    latest AS (
      SELECT l.*, l."assessmentId" AS id, l."questionnaireVersion" AS version
      FROM "LatestResult" l JOIN "Team" t ON t.id = l."teamId"
      WHERE ${teamConditions(organizationId, filters)} ${version}
    )`;
}

type QuarterRow = { quarter: string } & Record<ObjectId, number | null> & Record<`${ObjectId}Teams`, number>;

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
  overdue: boolean;
  dataLevel: number | null;
  dataScore: string | null;
  dataTarget: number | null;
  modelLevel: number | null;
  modelScore: string | null;
  modelTarget: number | null;
  codeLevel: number | null;
  codeScore: string | null;
  codeTarget: number | null;
}

/** The dashboard's aggregate widgets: each a fixed-size answer computed in SQL, whatever the number of teams. */
export async function loadDashboardAggregates(options: {
  organizationId: string;
  filters: DashboardFilters;
}): Promise<DashboardAggregates> {
  const { organizationId, filters } = options;
  const latest = latestCte(organizationId, filters);
  const [distributionRows, [medians], riskRows, quarterRows, businessUnits, versions] = await Promise.all([
    db().$queryRaw<{ object: ObjectId; level: number; teams: number }[]>`
      WITH ${latest}
      SELECT v.object, v.level::int AS level, count(*)::int AS teams
      FROM latest l CROSS JOIN LATERAL (VALUES ('data', l."dataLevel"), ('model', l."modelLevel"), ('code', l."codeLevel")) AS v(object, level)
      WHERE v.level IS NOT NULL
      GROUP BY v.object, v.level`,
    db().$queryRaw<Record<ObjectId | "mean", number | null>[]>`
      WITH ${latest}
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY l."dataScore")::float8 AS data,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY l."modelScore")::float8 AS model,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY l."codeScore")::float8 AS code,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY l."meanScore")::float8 AS mean
      FROM latest l`,
    // The most shared risks, the most severe first among equally shared ones (the enum orders
    // high < medium < low), each naming its first teams by name. (Arrays unnested in the select
    // list: one call for all rows rather than one LATERAL scan per row.)
    db().$queryRaw<SharedRisk[]>`
      WITH ${latest},
      open AS (SELECT unnest(l."riskIds") AS "riskId", unnest(l."riskSeverities") AS severity FROM latest l),
      shared AS (
        SELECT o."riskId", min(o.severity) AS severity, count(*)::int AS teams FROM open o
        GROUP BY o."riskId" ORDER BY teams DESC, min(o.severity), o."riskId" LIMIT 8
      )
      SELECT s."riskId", s.severity::text AS severity, s.teams,
             (SELECT json_agg(json_build_object('teamId', n."teamId", 'name', n.name, 'assessmentId', n.id) ORDER BY n.name)
                FROM (SELECT l."teamId", t.name, l.id FROM latest l JOIN "Team" t ON t.id = l."teamId"
                      WHERE s."riskId" = ANY (l."riskIds") ORDER BY t.name LIMIT ${Prisma.raw(String(SHARED_RISK_TEAMS_NAMED))}) n) AS named
      FROM shared s ORDER BY s.teams DESC, s.severity, s."riskId"`,
    // The organisation at the end of each quarter: every team counted with its latest assessment by then.
    db().$queryRaw<QuarterRow[]>`
      WITH timeline AS (
        SELECT h.* FROM "ResultTimeline" h JOIN "Team" t ON t.id = h."teamId"
        WHERE ${teamConditions(organizationId, filters)}
      ),
      -- The last QUARTERS_SHOWN quarters at most, however far back the assessments go.
      shown AS (
        SELECT greatest(date_trunc('quarter', min("submittedAt")), date_trunc('quarter', max("submittedAt")) - ${QUARTERS_SHOWN - 1} * interval '3 months') AS first,
               date_trunc('quarter', max("submittedAt")) AS last
        FROM timeline
      ),
      -- An assessment is its team's latest at the end of each quarter from its own until the last one
      -- to end before its successor arrived. As in the heatmap, a version filter keeps the teams whose
      -- latest assessment (by then) is on it. (The series in the select list, not a LATERAL join: one
      -- function call for all rows rather than one scan set up per row.)
      state AS (
        SELECT generate_series(
                 greatest(date_trunc('quarter', h."submittedAt"), shown.first),
                 least(date_trunc('quarter', h."supersededAt") - interval '3 months', shown.last),
                 interval '3 months') AS starts,
               h."dataScore", h."modelScore", h."codeScore"
        FROM timeline h CROSS JOIN shown
        ${filters.questionnaireVersion ? Prisma.sql`WHERE h."questionnaireVersion" = ${filters.questionnaireVersion}` : Prisma.empty}
      )
      SELECT to_char(s.starts, 'YYYY-"Q"Q') AS quarter,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY s."dataScore")::float8 AS data,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY s."modelScore")::float8 AS model,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY s."codeScore")::float8 AS code,
             count(s."dataScore")::int AS "dataTeams", count(s."modelScore")::int AS "modelTeams",
             count(s."codeScore")::int AS "codeTeams"
      FROM state s GROUP BY s.starts ORDER BY s.starts`,
    db().team.findMany({
      where: { organizationId },
      distinct: ["businessUnit"],
      orderBy: { businessUnit: "asc" },
      select: { businessUnit: true },
    }),
    // The versions the filter can keep teams for: those of some team's latest assessment.
    db().$queryRaw<{ version: string }[]>`
      SELECT DISTINCT l."questionnaireVersion" AS version FROM "LatestResult" l JOIN "Team" t ON t.id = l."teamId"
      WHERE t."organizationId" = ${organizationId} ORDER BY version`,
  ]);

  const distribution = Object.fromEntries(OBJECTS.map((o) => [o, [0, 0, 0, 0, 0]])) as Record<
    ObjectId,
    number[]
  >;
  for (const row of distributionRows) {
    const counts = distribution[row.object];
    if (counts && row.level >= 0 && row.level <= 4) counts[row.level] = row.teams;
  }
  return {
    distribution,
    median: {
      data: medians?.data ?? null,
      model: medians?.model ?? null,
      code: medians?.code ?? null,
      mean: medians?.mean ?? null,
    },
    sharedRisks: riskRows,
    // One row per quarter and object the quarter has scores for.
    quarters: quarterRows.flatMap((row) =>
      OBJECTS.flatMap((object) => {
        const medianScore = row[object];
        const teams = row[`${object}Teams`];
        return medianScore === null || teams === 0
          ? []
          : [{ quarter: row.quarter, object, medianScore, teams }];
      }),
    ),
    facets: {
      businessUnits: businessUnits.map((b) => b.businessUnit),
      questionnaireVersions: versions.map((v) => v.version),
    },
  };
}

export interface TeamOrder {
  sort: DashboardSortKey;
  dir: "asc" | "desc";
}

export type DashboardSortKey = "name" | ObjectId | "weakest" | "evidenced" | "coverage" | "mean" | "assessed";

/** The value each sortable column sorts by, over the columns of `base` in teamsSql. */
const SORT_VALUE: Record<DashboardSortKey, Prisma.Sql> = {
  name: Prisma.sql`lower(b.name) COLLATE "C"`,
  data: Prisma.sql`b."dataScore"`,
  model: Prisma.sql`b."modelScore"`,
  code: Prisma.sql`b."codeScore"`,
  weakest: Prisma.sql`b."weakestLevel"`,
  evidenced: Prisma.sql`b."evidencedWeakestLevel"`,
  coverage: Prisma.sql`b.coverage`,
  mean: Prisma.sql`b."meanScore"`,
  assessed: Prisma.sql`b."submittedAt"`,
};

/**
 * The order of the heatmap: the column's value in the chosen direction, teams without one last
 * (by name); equal values by name in the same direction, then by id, so that every page boundary
 * is stable. Names compare by code point (COLLATE "C"), lower-cased.
 */
function orderBy(order: TeamOrder): Prisma.Sql {
  const value = SORT_VALUE[order.sort];
  const dir = Prisma.raw(order.dir === "desc" ? "DESC" : "ASC");
  return Prisma.sql`${value} ${dir} NULLS LAST, CASE WHEN ${value} IS NULL THEN lower(b.name) COLLATE "C" END ASC, b.name COLLATE "C" ${dir}, b."teamId" ${dir}`;
}

/**
 * The filtered teams in the heatmap's order, `limit` of them from `offset` (all without a limit),
 * each with its latest submitted assessment and its levels, and the count of every filtered team
 * and of the assessed ones (before the limit).
 */
export function teamsSql(options: {
  organizationId: string;
  filters: DashboardFilters;
  order: TeamOrder;
  now: Date;
  limit?: number;
  offset?: number;
}): Prisma.Sql {
  const { organizationId, filters, order, now, limit, offset = 0 } = options;
  // With a questionnaire-version filter, teams whose latest assessment is on another version drop out.
  const version = filters.questionnaireVersion
    ? Prisma.sql`AND l."questionnaireVersion" = ${filters.questionnaireVersion}`
    : Prisma.empty;
  const page = limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  return Prisma.sql`
      WITH base AS (
        SELECT t.id AS "teamId", t.name, t."businessUnit", t."ownershipModel"::text AS "ownershipModel",
               l."assessmentId", l."submittedAt", l."questionnaireVersion" AS version,
               l."weakestLevel"::int AS "weakestLevel", l."evidencedWeakestLevel"::int AS "evidencedWeakestLevel",
               l."meanScore", l.coverage,
               coalesce(l."submittedAt" < ${now.toISOString()}::timestamp - org."reviewCadenceDays" * interval '1 day', false) AS overdue,
               l."dataLevel"::int AS "dataLevel", l."dataScore", l."dataTarget"::int AS "dataTarget",
               l."modelLevel"::int AS "modelLevel", l."modelScore", l."modelTarget"::int AS "modelTarget",
               l."codeLevel"::int AS "codeLevel", l."codeScore", l."codeTarget"::int AS "codeTarget"
        FROM "Team" t
        JOIN "Organization" org ON org.id = t."organizationId"
        LEFT JOIN "LatestResult" l ON l."teamId" = t.id
        WHERE ${teamConditions(organizationId, filters)} ${version}
      )
      SELECT b."teamId", b.name, b."businessUnit", b."ownershipModel", b."assessmentId", b."submittedAt", b.version,
             b."weakestLevel", b."evidencedWeakestLevel", b."meanScore"::text AS "meanScore", b.coverage::text AS coverage,
             b.overdue, b."dataLevel", b."dataScore"::text AS "dataScore", b."dataTarget",
             b."modelLevel", b."modelScore"::text AS "modelScore", b."modelTarget",
             b."codeLevel", b."codeScore"::text AS "codeScore", b."codeTarget",
             count(*) OVER ()::int AS total, count(b."assessmentId") OVER ()::int AS assessed
      FROM base b ORDER BY ${orderBy(order)} ${page}`;
}

function teamRow(row: TeamRowSql): DashboardTeamRow {
  return {
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
    objects: {
      data: objectOf(row.dataLevel, row.dataScore, row.dataTarget),
      model: objectOf(row.modelLevel, row.modelScore, row.modelTarget),
      code: objectOf(row.codeLevel, row.codeScore, row.codeTarget),
    },
  };
}

/** An object's level, score and target; null when the assessment gave it no level (not assessable, or no assessment). */
function objectOf(level: number | null, score: string | null, target: number | null) {
  return level === null || score === null ? null : { level, score: Number(score), target };
}

/** The median of the filtered teams' mean scores (what each row's mean is compared with). */
export function medianMeanSql(organizationId: string, filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
      WITH ${latestCte(organizationId, filters)}
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY l."meanScore")::float8 AS median FROM latest l`;
}

export interface DashboardTeamsPage {
  /** The rows of the page, in order. */
  teams: DashboardTeamRow[];
  /** Every team the filters keep, and how many of them have a submitted assessment. */
  total: number;
  assessed: number;
  /** The page shown (the last one when a later one was asked for), from 1, of `pages`. */
  page: number;
  pages: number;
  medianMean: number | null;
}

/**
 * One page of the heatmap, sorted, filtered and cut in SQL (LIMIT/OFFSET on the stable order),
 * with the total count and the median the rows compare with. A page past the end answers the last.
 */
export async function loadDashboardTeams(options: {
  organizationId: string;
  filters: DashboardFilters;
  order: TeamOrder;
  page: number;
  pageSize: number;
  now?: Date;
}): Promise<DashboardTeamsPage> {
  const { organizationId, filters, order, pageSize, now = new Date() } = options;
  const read = (page: number) =>
    db().$queryRaw<(TeamRowSql & { total: number; assessed: number })[]>(
      teamsSql({ organizationId, filters, order, now, limit: pageSize, offset: (page - 1) * pageSize }),
    );
  const [first, [median]] = await Promise.all([
    read(Math.max(1, options.page)),
    db().$queryRaw<{ median: number | null }[]>(medianMeanSql(organizationId, filters)),
  ]);
  let rows = first;
  let page = Math.max(1, options.page);
  if (rows.length === 0 && page > 1) {
    // Past the end: count, then answer the last page.
    const [count] = await db().$queryRaw<{ total: number }[]>(
      teamsSql({ organizationId, filters, order, now, limit: 1, offset: 0 }),
    );
    page = Math.max(1, Math.ceil((count?.total ?? 0) / pageSize));
    rows = count ? await read(page) : [];
  }
  const total = rows[0]?.total ?? 0;
  return {
    teams: rows.map(teamRow),
    total,
    assessed: rows[0]?.assessed ?? 0,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    medianMean: median?.median ?? null,
  };
}

/**
 * Every filtered team in the heatmap's order, read `batchSize` rows at a time (LIMIT/OFFSET on
 * the stable order), so that an export holds one batch in memory whatever the number of teams.
 */
export async function* streamDashboardTeams(options: {
  organizationId: string;
  filters: DashboardFilters;
  order: TeamOrder;
  batchSize?: number;
  now?: Date;
}): AsyncGenerator<DashboardTeamRow[]> {
  const { organizationId, filters, order, batchSize = 1000, now = new Date() } = options;
  for (let offset = 0; ; offset += batchSize) {
    const rows = await db().$queryRaw<TeamRowSql[]>(
      teamsSql({ organizationId, filters, order, now, limit: batchSize, offset }),
    );
    if (rows.length > 0) yield rows.map(teamRow);
    if (rows.length < batchSize) return;
  }
}

/** The median of the filtered teams' mean scores, alone (for the CSV). */
export async function loadMedianMean(options: {
  organizationId: string;
  filters: DashboardFilters;
}): Promise<number | null> {
  const [median] = await db().$queryRaw<{ median: number | null }[]>(
    medianMeanSql(options.organizationId, options.filters),
  );
  return median?.median ?? null;
}

/** The teams of an organisation with their latest results, for a side-by-side comparison (2–5 ids). */
export async function loadTeamsForComparison(options: {
  organizationId: string;
  teamIds: string[];
}): Promise<DashboardTeamRow[]> {
  const { organizationId, teamIds } = options;
  const teams = (
    await db().$queryRaw<TeamRowSql[]>(
      teamsSql({
        organizationId,
        filters: { teamIds },
        order: { sort: "name", dir: "asc" },
        now: new Date(),
      }),
    )
  ).map(teamRow);
  return teamIds
    .map((id) => teams.find((t) => t.teamId === id))
    .filter((t): t is DashboardTeamRow => t !== undefined);
}
