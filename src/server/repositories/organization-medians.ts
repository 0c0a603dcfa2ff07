import "server-only";
import type { ObjectId } from "@/domain/questionnaire/primitives";
import { db } from "@/server/db/client";

/**
 * The organisation's median per object, over each team's latest submitted assessment (its
 * LatestResult row): what one team's report sets its levels against. The median level is the
 * middle team's level (a level that exists), the median score the usual median.
 */
export interface OrganizationMedianRows {
  teams: number;
  objects: Partial<Record<ObjectId, { score: number; level: number }>>;
}

export async function findOrganizationMedians(options: {
  organizationId: string;
}): Promise<OrganizationMedianRows> {
  const rows = await db().$queryRaw<{ object: ObjectId; score: number; level: number; teams: number }[]>`
    WITH latest AS (
      SELECT l.* FROM "LatestResult" l JOIN "Team" t ON t.id = l."teamId"
      WHERE t."organizationId" = ${options.organizationId}
    )
    SELECT v.object,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY v.score)::float8 AS score,
      percentile_disc(0.5) WITHIN GROUP (ORDER BY v.level)::int AS level,
      (SELECT count(*)::int FROM latest) AS teams
    FROM latest l
    CROSS JOIN LATERAL (VALUES ('data', l."dataLevel", l."dataScore"), ('model', l."modelLevel", l."modelScore"),
                               ('code', l."codeLevel", l."codeScore")) AS v(object, level, score)
    WHERE v.level IS NOT NULL
    GROUP BY v.object`;
  return {
    teams: rows[0]?.teams ?? 0,
    objects: Object.fromEntries(rows.map((r) => [r.object, { score: r.score, level: r.level }])),
  };
}
