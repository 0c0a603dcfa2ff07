import type { Question } from "../questionnaire/questionnaire";
import type { Bound, Finding } from "./findings";
import type { Confidence } from "./schema";

/**
 * Where findings put a question's answer, apart from the findings' schemas (findings.ts) so that
 * the answering page can weigh answers against evidence without loading zod.
 */

export const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

export interface ValuedBound extends Bound {
  value: number;
}

/**
 * The floor or ceiling of one question from its findings of that kind, at least `least` confident:
 * the highest floor or the lowest ceiling. `tierFirst` looks only at the most confident findings
 * present (what to suggest); without it every finding counts alike (what limits an answer).
 */
export function boundOf(
  question: Question,
  findings: readonly Finding[],
  kind: Finding["kind"],
  { least = "low", tierFirst = true }: { least?: Confidence; tierFirst?: boolean } = {},
): ValuedBound | null {
  const values = new Map(question.options.map((o) => [o.id, o.value]));
  const candidates = findings.filter(
    (f) =>
      f.kind === kind &&
      f.questionId === question.id &&
      CONFIDENCE_RANK[f.confidence] >= CONFIDENCE_RANK[least] &&
      values.has(f.optionId),
  );
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((f) => CONFIDENCE_RANK[f.confidence]));
  const pool = tierFirst ? candidates.filter((f) => CONFIDENCE_RANK[f.confidence] === top) : candidates;
  const valueOf = (f: Finding) => values.get(f.optionId) ?? 0;
  const better = (a: Finding, b: Finding) =>
    valueOf(a) === valueOf(b)
      ? CONFIDENCE_RANK[b.confidence] > CONFIDENCE_RANK[a.confidence]
      : kind === "floor"
        ? valueOf(b) > valueOf(a)
        : valueOf(b) < valueOf(a);
  const best = pool.reduce((a, b) => (better(a, b) ? b : a));
  const same = pool.filter((f) => f.optionId === best.optionId);
  return {
    optionId: best.optionId,
    confidence: best.confidence,
    ruleIds: [...new Set(same.map((f) => f.ruleId))],
    value: valueOf(best),
  };
}
