import "server-only";
import { evidencedResultSchema, type EvidencedResult } from "@/domain/evidence/evidenced-result";
import { assessmentResultSchema, type AssessmentResult } from "@/domain/scoring/result";
import { db, type Tx } from "@/server/db/client";

/**
 * Stores a computed result as it was: the whole result as JSON for the pages and reports, and
 * per-object levels and per-risk severities as rows so the dashboard aggregates in SQL. An object
 * that was not assessable (engine 2) has no row: it has no level to aggregate.
 */
export async function saveAssessmentResult(
  options: { assessmentId: string; result: AssessmentResult; evidenced?: EvidencedResult | null },
  tx: Tx,
): Promise<void> {
  const { assessmentId, result } = options;
  const evidenced = options.evidenced ?? null;
  const evidencedLevels = new Map(evidenced?.result.objects.map((o) => [o.object, o.level]));
  await tx.assessmentResult.create({
    data: {
      assessmentId,
      engineVersion: result.engineVersion,
      weakestLevel: result.overall.weakestLevel,
      meanScore: result.overall.meanScore,
      coverage: result.overall.coverage ?? null,
      result: result,
      ...(evidenced
        ? { evidence: evidenced, evidencedWeakestLevel: evidenced.result.overall.weakestLevel }
        : {}),
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
                  evidencedLevel: evidencedLevels.get(o.object) ?? null,
                },
              ],
        ),
      },
      risks: { create: result.risks.map((r) => ({ riskId: r.id, severity: r.severity })) },
    },
  });
}

/** A submitted assessment's stored result, as the engine of its day computed it, with the evidenced one when it had a scan. */
export async function findStoredResult(options: {
  assessmentId: string;
}): Promise<{ result: AssessmentResult; engineVersion: string; evidenced: EvidencedResult | null } | null> {
  const stored = await db().assessmentResult.findUnique({
    where: { assessmentId: options.assessmentId },
    select: { result: true, engineVersion: true, evidence: true },
  });
  if (!stored) return null;
  return {
    result: assessmentResultSchema.parse(stored.result),
    engineVersion: stored.engineVersion,
    evidenced: stored.evidence === null ? null : evidencedResultSchema.parse(stored.evidence),
  };
}

/** The team's submitted assessment just before a date, with its result (for "what changed"). */
export async function findPreviousResult(options: {
  teamId: string;
  before: Date;
}): Promise<{ id: string; submittedAt: Date; result: AssessmentResult } | null> {
  const previous = await db().assessment.findFirst({
    where: { teamId: options.teamId, status: "submitted", submittedAt: { lt: options.before } },
    orderBy: { submittedAt: "desc" },
    select: { id: true, submittedAt: true, result: { select: { result: true } } },
  });
  return previous?.submittedAt && previous.result
    ? {
        id: previous.id,
        submittedAt: previous.submittedAt,
        result: assessmentResultSchema.parse(previous.result.result),
      }
    : null;
}
