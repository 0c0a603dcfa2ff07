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
 * dashboard-headline.ts). It and the per-assessment rows joined to it (objects, risks) are read
 * through LATERAL subqueries, i.e. one index lookup per team: the planner would otherwise hash
 * whole tables, whose size grows with every organisation's history, not with the teams counted.
 * (OFFSET 0 keeps a LATERAL subquery from being flattened into a plain join.)
 */
export function latestCte(organizationId: string, filters: DashboardFilters): Prisma.Sql {
  const version = filters.questionnaireVersion
    ? Prisma.sql`AND qv.version = ${filters.questionnaireVersion}`
    : Prisma.empty;
  return Prisma.sql`
    latest_any AS (
      SELECT a.id, t.id AS "teamId", a."submittedAt", a."questionnaireVersionId"
      FROM "Team" t CROSS JOIN LATERAL (
        SELECT a.id, a."submittedAt", a."questionnaireVersionId" FROM "Assessment" a
        WHERE a."teamId" = t.id AND a.status = 'submitted' ORDER BY a."submittedAt" DESC LIMIT 1
      ) a
      WHERE ${teamConditions(organizationId, filters)}
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

/** The dashboard's aggregate widgets: each a fixed-size answer computed in SQL, whatever the number of teams. */
export async function loadDashboardAggregates(options: {
  organizationId: string;
  filters: DashboardFilters;
}): Promise<DashboardAggregates> {
  const { organizationId, filters } = options;
  const latest = latestCte(organizationId, filters);
  const [distributionRows, medianRows, riskRows, quarterRows, businessUnits, versions] = await Promise.all([
    db().$queryRaw<{ object: ObjectId; level: number; teams: number }[]>`
      WITH ${latest}
      SELECT o.object::text AS object, o.level::int AS level, count(*)::int AS teams
      FROM latest l CROSS JOIN LATERAL (SELECT * FROM "ObjectResult" o WHERE o."assessmentId" = l.id OFFSET 0) o
      GROUP BY o.object, o.level`,
    db().$queryRaw<{ object: ObjectId | "mean"; median: number | null }[]>`
      WITH ${latest}
      SELECT o.object::text AS object, percentile_cont(0.5) WITHIN GROUP (ORDER BY o.score)::float8 AS median
      FROM latest l CROSS JOIN LATERAL (SELECT * FROM "ObjectResult" o WHERE o."assessmentId" = l.id OFFSET 0) o GROUP BY o.object
      UNION ALL
      SELECT 'mean', percentile_cont(0.5) WITHIN GROUP (ORDER BY r."meanScore")::float8
      FROM latest l JOIN "AssessmentResult" r ON r."assessmentId" = l.id`,
    // The most shared risks, the most severe first among equally shared ones (the enum orders high < medium < low).
    db().$queryRaw<SharedRisk[]>`
      WITH ${latest}
      SELECT rr."riskId", min(rr.severity)::text AS severity, count(*)::int AS teams,
             to_json((array_agg(json_build_object('teamId', t.id, 'name', t.name, 'assessmentId', l.id) ORDER BY t.name))[1:${Prisma.raw(String(SHARED_RISK_TEAMS_NAMED))}]) AS named
      FROM latest l CROSS JOIN LATERAL (SELECT * FROM "ResultRisk" rr WHERE rr."assessmentId" = l.id OFFSET 0) rr JOIN "Team" t ON t.id = l."teamId"
      GROUP BY rr."riskId" ORDER BY teams DESC, min(rr.severity), rr."riskId" LIMIT 8`,
    // The organisation at the end of each quarter: every team counted with its latest assessment by then.
    db().$queryRaw<{ quarter: string; object: ObjectId; medianScore: number; teams: number }[]>`
      -- Each submitted assessment is its team's latest from its date until the team's next one (lead()).
      WITH submitted AS (
        SELECT a.id, a."submittedAt", a."questionnaireVersionId",
               lead(a."submittedAt") OVER (PARTITION BY a."teamId" ORDER BY a."submittedAt", a.id) AS "supersededAt"
        FROM "Assessment" a JOIN "Team" t ON t.id = a."teamId"
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
        SELECT q.starts, s.id FROM quarters q
        JOIN submitted s ON s."submittedAt" < q.starts + interval '3 months'
          AND (s."supersededAt" IS NULL OR s."supersededAt" >= q.starts + interval '3 months')
        ${filters.questionnaireVersion ? Prisma.sql`JOIN "QuestionnaireVersion" qv ON qv.id = s."questionnaireVersionId" AND qv.version = ${filters.questionnaireVersion}` : Prisma.empty}
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
 * each with its latest submitted assessment (found through the team/status/submittedAt index),
 * its levels, and the count of every filtered team and of the assessed ones (before the limit).
 * Only the rows returned fetch their per-object details.
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
    ? Prisma.sql`AND l.version = ${filters.questionnaireVersion}`
    : Prisma.empty;
  const score = (object: ObjectId) =>
    Prisma.sql`(SELECT o.score FROM "ObjectResult" o WHERE o."assessmentId" = l.id AND o.object = ${Prisma.raw(`'${object}'`)}::"MaturityObject")`;
  const objectScore = OBJECTS.includes(order.sort as ObjectId)
    ? Prisma.sql`, ${score(order.sort as ObjectId)} AS ${Prisma.raw(`"${order.sort}Score"`)}`
    : Prisma.empty;
  const page = limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  return Prisma.sql`
      WITH base AS (
        SELECT t.id AS "teamId", t.name, t."businessUnit", t."ownershipModel"::text AS "ownershipModel",
               l.id AS "assessmentId", l."submittedAt", l.version,
               r."weakestLevel"::int AS "weakestLevel", r."evidencedWeakestLevel"::int AS "evidencedWeakestLevel",
               r."meanScore", r.coverage,
               coalesce(l."submittedAt" < ${now.toISOString()}::timestamp - org."reviewCadenceDays" * interval '1 day', false) AS overdue
               ${objectScore}
        FROM "Team" t
        JOIN "Organization" org ON org.id = t."organizationId"
        LEFT JOIN LATERAL (
          SELECT a.id, a."submittedAt", qv.version FROM "Assessment" a
          JOIN "QuestionnaireVersion" qv ON qv.id = a."questionnaireVersionId"
          WHERE a."teamId" = t.id AND a.status = 'submitted' ORDER BY a."submittedAt" DESC LIMIT 1
        ) l ON true
        LEFT JOIN "AssessmentResult" r ON r."assessmentId" = l.id
        WHERE ${teamConditions(organizationId, filters)} ${version}
      ),
      page AS (
        SELECT b.*, count(*) OVER ()::int AS total, count(b."assessmentId") OVER ()::int AS assessed
        FROM base b ORDER BY ${orderBy(order)} ${page}
      )
      SELECT b."teamId", b.name, b."businessUnit", b."ownershipModel", b."assessmentId", b."submittedAt", b.version,
             b."weakestLevel", b."evidencedWeakestLevel", b."meanScore"::text AS "meanScore", b.coverage::text AS coverage,
             b.overdue, b.total, b.assessed,
             (SELECT json_agg(json_build_object('object', o.object, 'level', o.level, 'score', o.score::text, 'target', o.target))
                FROM "ObjectResult" o WHERE o."assessmentId" = b."assessmentId") AS objects
      FROM page b ORDER BY ${orderBy(order)}`;
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
    objects: Object.fromEntries(
      OBJECTS.map((object) => {
        const o = row.objects?.find((x) => x.object === object);
        return [object, o ? { level: o.level, score: Number(o.score), target: o.target } : null];
      }),
    ) as DashboardTeamRow["objects"],
  };
}

/** The median of the filtered teams' mean scores (what each row's mean is compared with). */
export function medianMeanSql(organizationId: string, filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`
      WITH ${latestCte(organizationId, filters)}
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r."meanScore")::float8 AS median
      FROM latest l JOIN "AssessmentResult" r ON r."assessmentId" = l.id`;
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
