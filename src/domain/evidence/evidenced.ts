import type { QuestionnaireV2 } from "../questionnaire/questionnaire";
import type { Answer } from "../scoring/answers";
import { boundOf } from "./bounds";
import type { FindingsDocument } from "./findings";
import type { Confidence } from "./schema";

/**
 * The answers as far as a repository's evidence supports them, for scoring the "evidenced" level
 * with the same engine as the claimed one. Findings of medium or high confidence count; low ones
 * are hints shown to the team. Per answered option (N/A, don't know and context answers stay):
 *
 * - above a high-confidence ceiling: capped at the ceiling ("capped");
 * - at or below a supported floor: kept ("backed");
 * - above the strongest floor: lowered to the floor, all the evidence supports ("limited");
 * - at or below a ceiling, with no floor: kept, the evidence does not contradict it ("consistent");
 * - above a medium ceiling, with no floor: "don't know", the evidence leans the other way ("contradicted");
 * - nothing seen although rules look for it: "don't know" ("cannot-determine");
 * - a question no repository can answer: kept ("not-observable").
 *
 * "Don't know" replaces only answers that meet their step's pass mark. An answer below it claims
 * no practice in place and stays as it is: the engine rates a step on its known answers, so an
 * unknown in place of a weak answer would raise the step. This way evidence only ever lowers an
 * answer or sets a full-credit one aside, and the evidenced level never exceeds the claimed one.
 *
 * Disagreements list every answer above a counting ceiling, and every answer below a counting
 * floor (the team may be underselling). The claimed answers are never changed.
 */
export type EvidenceStatus =
  "backed" | "consistent" | "limited" | "capped" | "contradicted" | "cannot-determine" | "not-observable";

export interface QuestionEvidence {
  questionId: string;
  claimedOptionId: string;
  status: EvidenceStatus;
  /** The answer the evidenced level is scored with: an option, or null for "don't know" (see above). */
  evidencedOptionId: string | null;
}

export interface Disagreement {
  questionId: string;
  claimedOptionId: string;
  /** "above-ceiling": claimed more than the evidence makes likely; "below-floor": claimed less than it shows. */
  kind: "above-ceiling" | "below-floor";
  evidenceOptionId: string;
  confidence: Confidence;
  ruleIds: string[];
  /** Whether the evidenced answer was capped (only at high confidence). */
  capped: boolean;
}

export interface EvidencedAnswers {
  answers: Answer[];
  questions: QuestionEvidence[];
  disagreements: Disagreement[];
}

export function evidencedAnswers(
  questionnaire: QuestionnaireV2,
  answers: readonly Answer[],
  evidence: Pick<FindingsDocument, "findings" | "suggestions">,
): EvidencedAnswers {
  const questions = new Map(questionnaire.objects.flatMap((o) => o.questions.map((q) => [q.id, q] as const)));
  const steps = new Map(
    questionnaire.objects.flatMap((o) => o.capabilities.map((c) => [c.id, c.step] as const)),
  );
  const passMark = (capability: string) =>
    questionnaire.passMarks[String(steps.get(capability) ?? 1) as "1" | "2" | "3" | "4"];
  const notObservable = new Set(
    evidence.suggestions.filter((s) => s.status === "not-observable").map((s) => s.questionId),
  );
  const result: EvidencedAnswers = { answers: [], questions: [], disagreements: [] };

  for (const answer of answers) {
    const question = questions.get(answer.questionId);
    if (!question || answer.kind !== "option") {
      result.answers.push(answer);
      continue;
    }
    const claimed = question.options.find((o) => o.id === answer.optionId);
    if (!claimed) {
      result.answers.push(answer);
      continue;
    }
    const unknownUnlessWeak = claimed.value >= passMark(question.capability) ? null : claimed.id;
    const record = (status: EvidenceStatus, evidencedOptionId: string | null) => {
      result.questions.push({
        questionId: question.id,
        claimedOptionId: claimed.id,
        status,
        evidencedOptionId,
      });
      result.answers.push(
        evidencedOptionId === null
          ? { questionId: question.id, kind: "dont-know" }
          : { questionId: question.id, kind: "option", optionId: evidencedOptionId },
      );
    };
    if (notObservable.has(question.id)) {
      record("not-observable", claimed.id);
      continue;
    }
    const counting = { least: "medium", tierFirst: false } as const;
    const floor = boundOf(question, evidence.findings, "floor", counting);
    const ceiling = boundOf(question, evidence.findings, "ceiling", counting);
    const hardCeiling = boundOf(question, evidence.findings, "ceiling", { least: "high" });

    if (ceiling && claimed.value > ceiling.value) {
      const capping = hardCeiling && claimed.value > hardCeiling.value ? hardCeiling : ceiling;
      const capped = capping.confidence === "high";
      result.disagreements.push({
        questionId: question.id,
        claimedOptionId: claimed.id,
        kind: "above-ceiling",
        evidenceOptionId: capping.optionId,
        confidence: capping.confidence,
        ruleIds: capping.ruleIds,
        capped,
      });
      if (capped) record("capped", capping.optionId);
      else if (floor)
        record(
          claimed.value <= floor.value ? "backed" : "limited",
          claimed.value <= floor.value ? claimed.id : floor.optionId,
        );
      else record("contradicted", unknownUnlessWeak);
      continue;
    }
    if (floor && claimed.value < floor.value) {
      result.disagreements.push({
        questionId: question.id,
        claimedOptionId: claimed.id,
        kind: "below-floor",
        evidenceOptionId: floor.optionId,
        confidence: floor.confidence,
        ruleIds: floor.ruleIds,
        capped: false,
      });
    }
    if (floor && claimed.value <= floor.value) record("backed", claimed.id);
    else if (floor) record("limited", floor.optionId);
    else if (ceiling) record("consistent", claimed.id);
    else record("cannot-determine", unknownUnlessWeak);
  }
  return result;
}

/** The share of answered options the evidence backs or is consistent with (null when none were answered with an option). */
export function backedShare(questions: readonly QuestionEvidence[]): number | null {
  if (questions.length === 0) return null;
  return (
    questions.filter((q) => q.status === "backed" || q.status === "consistent").length / questions.length
  );
}
