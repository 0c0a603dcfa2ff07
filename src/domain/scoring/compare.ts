import type { ObjectId } from "../questionnaire/schema";
import type { AssessmentResult } from "./result";

/** What changed between two results of one team: levels, scores, risks closed and opened. */
export interface ResultChange {
  objects: {
    object: ObjectId;
    levelBefore: number | null;
    levelAfter: number | null;
    scoreBefore: number;
    scoreAfter: number;
    scoreDelta: number;
  }[];
  closedRisks: string[];
  openedRisks: string[];
}

export function compareResults(before: AssessmentResult, after: AssessmentResult): ResultChange {
  const beforeRisks = new Set(before.risks.map((r) => r.id));
  const afterRisks = new Set(after.risks.map((r) => r.id));
  return {
    objects: after.objects.flatMap((o) => {
      const previous = before.objects.find((p) => p.object === o.object);
      if (!previous) return [];
      return [
        {
          object: o.object,
          levelBefore: previous.level,
          levelAfter: o.level,
          scoreBefore: previous.score,
          scoreAfter: o.score,
          scoreDelta: Math.round((o.score - previous.score) * 100) / 100,
        },
      ];
    }),
    closedRisks: before.risks.filter((r) => !afterRisks.has(r.id)).map((r) => r.id),
    openedRisks: after.risks.filter((r) => !beforeRisks.has(r.id)).map((r) => r.id),
  };
}
