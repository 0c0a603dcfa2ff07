import "server-only";
import type { ObjectId } from "@/domain/questionnaire/schema";
import { assessmentResultSchema, type AssessmentResult } from "@/domain/scoring/result";
import type { OwnershipModel } from "@/domain/team";
import { db } from "@/server/db/client";

/** A team's submitted assessments over time, for its history page. */

export interface TeamHistory {
  team: {
    id: string;
    organizationId: string;
    name: string;
    businessUnit: string;
    ownershipModel: OwnershipModel;
    organizationName: string;
  };
  /** The latest HISTORY_SHOWN submitted assessments, oldest first. */
  submitted: {
    id: string;
    submittedAt: Date;
    weakestLevel: number | null;
    meanScore: number;
    objects: Partial<Record<ObjectId, { level: number; score: number }>>;
  }[];
  /** How many submitted assessments the team has in all. */
  submittedCount: number;
  draftId: string | null;
}

/** Ten years of quarterly assessments: the page and its chart stay bounded however many a team has. */
export const HISTORY_SHOWN = 40;

/** A team's latest submitted assessments, oldest first, with their per-object levels (from the result rows, not the JSON). */
export async function findTeamHistory(options: { teamId: string }): Promise<TeamHistory | null> {
  const { teamId } = options;
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
        orderBy: { submittedAt: "desc" },
        take: HISTORY_SHOWN,
        select: {
          id: true,
          submittedAt: true,
          result: {
            select: {
              weakestLevel: true,
              meanScore: true,
              objects: { select: { object: true, level: true, score: true } },
            },
          },
        },
      },
      _count: { select: { assessments: { where: { status: "submitted" } } } },
    },
  });
  if (!team) return null;
  const draft = await db().assessment.findFirst({ where: { teamId, status: "draft" }, select: { id: true } });
  const { organization, assessments, _count, ...rest } = team;
  return {
    team: { ...rest, organizationName: organization.name },
    draftId: draft?.id ?? null,
    submittedCount: _count.assessments,
    submitted: assessments.toReversed().flatMap((a) =>
      a.submittedAt && a.result
        ? [
            {
              id: a.id,
              submittedAt: a.submittedAt,
              weakestLevel: a.result.weakestLevel,
              meanScore: Number(a.result.meanScore),
              objects: Object.fromEntries(
                a.result.objects.map((o) => [o.object, { level: o.level, score: Number(o.score) }]),
              ),
            },
          ]
        : [],
    ),
  };
}

/** Stored results of assessments of one team, by id (for the difference between two of them). */
export async function findTeamResults(options: {
  teamId: string;
  assessmentIds: string[];
}): Promise<Map<string, { submittedAt: Date; result: AssessmentResult; questionnaireVersionId: string }>> {
  const rows = await db().assessment.findMany({
    where: { teamId: options.teamId, id: { in: options.assessmentIds }, status: "submitted" },
    select: {
      id: true,
      submittedAt: true,
      questionnaireVersionId: true,
      result: { select: { result: true } },
    },
  });
  return new Map(
    rows.flatMap((r) =>
      r.submittedAt && r.result
        ? [
            [
              r.id,
              {
                submittedAt: r.submittedAt,
                questionnaireVersionId: r.questionnaireVersionId,
                result: assessmentResultSchema.parse(r.result.result),
              },
            ] as const,
          ]
        : [],
    ),
  );
}
