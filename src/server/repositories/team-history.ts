import "server-only";
import type { ObjectId } from "@/domain/questionnaire/schema";
import { assessmentResultSchema, type AssessmentResult } from "@/domain/scoring/result";
import { db } from "@/server/db/client";

/** A team's submitted assessments over time, for its history page. */

export interface TeamHistory {
  team: { id: string; organizationId: string; name: string; businessUnit: string; ownershipModel: "hand_off" | "shared" | "end_to_end"; organizationName: string };
  submitted: { id: string; submittedAt: Date; weakestLevel: number; meanScore: number; objects: Record<ObjectId, { level: number; score: number }> }[];
  draftId: string | null;
}

/** A team's submitted assessments, oldest first, with their per-object levels (from the result rows, not the JSON). */
export async function findTeamHistory(teamId: string): Promise<TeamHistory | null> {
  const team = await db().team.findUnique({
    where: { id: teamId },
    select: {
      id: true,
      organizationId: true,
      name: true,
      businessUnit: true,
      ownershipModel: true,
      organization: { select: { name: true } },
      assessments: {
        where: { status: "submitted" },
        orderBy: { submittedAt: "asc" },
        select: { id: true, submittedAt: true, result: { select: { weakestLevel: true, meanScore: true, objects: { select: { object: true, level: true, score: true } } } } },
      },
    },
  });
  if (!team) return null;
  const draft = await db().assessment.findFirst({ where: { teamId, status: "draft" }, select: { id: true } });
  const { organization, assessments, ...rest } = team;
  return {
    team: { ...rest, organizationName: organization.name },
    draftId: draft?.id ?? null,
    submitted: assessments.flatMap((a) =>
      a.submittedAt && a.result
        ? [
            {
              id: a.id,
              submittedAt: a.submittedAt,
              weakestLevel: a.result.weakestLevel,
              meanScore: Number(a.result.meanScore),
              objects: Object.fromEntries(a.result.objects.map((o) => [o.object, { level: o.level, score: Number(o.score) }])) as Record<ObjectId, { level: number; score: number }>,
            },
          ]
        : [],
    ),
  };
}

/** Stored results of assessments of one team, by id (for the difference between two of them). */
export async function findTeamResults(teamId: string, assessmentIds: string[]): Promise<Map<string, { submittedAt: Date; result: AssessmentResult; questionnaireVersionId: string }>> {
  const rows = await db().assessment.findMany({
    where: { teamId, id: { in: assessmentIds }, status: "submitted" },
    select: { id: true, submittedAt: true, questionnaireVersionId: true, result: { select: { result: true } } },
  });
  return new Map(
    rows.flatMap((r) => (r.submittedAt && r.result ? [[r.id, { submittedAt: r.submittedAt, questionnaireVersionId: r.questionnaireVersionId, result: assessmentResultSchema.parse(r.result.result) }] as const] : [])),
  );
}
