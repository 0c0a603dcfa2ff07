import type { Prisma } from "@/generated/prisma/client";
import type { AssessmentResult } from "@/domain/scoring/result";

/**
 * Stores a computed result as it was: the whole result as JSON for the pages and reports, and
 * per-object levels and per-risk severities as rows so the dashboard aggregates in SQL.
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
      result: result as unknown as Prisma.InputJsonObject,
      objects: {
        create: result.objects.map((o) => ({
          object: o.object,
          level: o.level,
          score: o.score,
          completion: o.completion,
          confidence: o.confidence,
          target: o.target,
        })),
      },
      risks: { create: result.risks.map((r) => ({ riskId: r.id, severity: r.severity })) },
    },
  });
}
