import type { Prisma } from "@/generated/prisma/client";
import type { AssessmentResult } from "@/domain/scoring/result";

/**
 * Stores a computed result as it was: the whole result as JSON for the pages and reports, and
 * per-object levels and per-risk severities as rows so the dashboard aggregates in SQL. An object
 * that was not assessable (engine 2) has no row: it has no level to aggregate.
 */
export async function saveAssessmentResult(
  tx: Prisma.TransactionClient,
  options: { assessmentId: string; result: AssessmentResult },
): Promise<void> {
  const { assessmentId, result } = options;
  await tx.assessmentResult.create({
    data: {
      assessmentId,
      engineVersion: result.engineVersion,
      weakestLevel: result.overall.weakestLevel,
      meanScore: result.overall.meanScore,
      coverage: result.overall.coverage ?? null,
      result: result as unknown as Prisma.InputJsonObject,
      objects: {
        create: result.objects.flatMap((o) =>
          o.level === null
            ? []
            : [
                {
                  object: o.object,
                  level: o.level,
                  score: o.score,
                  coverage: o.coverage ?? null,
          completion: o.completion,
                  confidence: o.confidence,
                  target: o.target,
                },
              ],
        ),
      },
      risks: { create: result.risks.map((r) => ({ riskId: r.id, severity: r.severity })) },
    },
  });
}
