import type { Question, QuestionnaireV2 } from "../questionnaire/questionnaire";
import type { Answer } from "../scoring/answers";
import { boundOf } from "./bounds";
import type { Finding, FindingsDocument, Location } from "./findings";
import type { Confidence } from "./schema";

/**
 * A scan, question by question, as the answering page and the results show it: what the evidence
 * suggests, each finding with its rule's one-line explanation and where it was seen, and whether an
 * answer claims more than high-confidence evidence allows (then the answer stands, and the lead is
 * asked for a note that explains the difference).
 */
export interface FindingView {
  ruleId: string;
  kind: Finding["kind"];
  optionId: string;
  optionLabel: string;
  confidence: Confidence;
  explanation: string;
  locations: Location[];
  count: number;
}

export interface QuestionEvidenceView {
  questionId: string;
  status: "suggested" | "cannot-determine" | "not-observable";
  suggestion: { optionId: string; optionLabel: string; confidence: Confidence } | null;
  /** The option above which high-confidence evidence makes an answer unlikely. */
  hardCeiling: { optionId: string; optionLabel: string; value: number } | null;
  findings: FindingView[];
}

/** At most this many places per finding are shown; the count says how many there were. */
const LOCATIONS_SHOWN = 3;

export function evidenceByQuestion(
  questionnaire: QuestionnaireV2,
  explanations: ReadonlyMap<string, string>,
  scan: Pick<FindingsDocument, "findings" | "suggestions">,
): Map<string, QuestionEvidenceView> {
  const views = new Map<string, QuestionEvidenceView>();
  const suggestions = new Map(scan.suggestions.map((s) => [s.questionId, s]));
  for (const question of questionnaire.objects.flatMap((o) => o.questions)) {
    const suggestion = suggestions.get(question.id);
    if (!suggestion) continue;
    const label = (optionId: string) => question.options.find((o) => o.id === optionId)?.label ?? optionId;
    const ceiling = boundOf(question, scan.findings, "ceiling", { least: "high" });
    views.set(question.id, {
      questionId: question.id,
      status: suggestion.status,
      suggestion:
        suggestion.optionId && suggestion.confidence
          ? {
              optionId: suggestion.optionId,
              optionLabel: label(suggestion.optionId),
              confidence: suggestion.confidence,
            }
          : null,
      hardCeiling: ceiling
        ? { optionId: ceiling.optionId, optionLabel: label(ceiling.optionId), value: ceiling.value }
        : null,
      findings: scan.findings
        .filter((f) => f.questionId === question.id)
        .map((f) => ({
          ruleId: f.ruleId,
          kind: f.kind,
          optionId: f.optionId,
          optionLabel: label(f.optionId),
          confidence: f.confidence,
          explanation: explanations.get(f.ruleId) ?? f.ruleId,
          locations: f.locations.slice(0, LOCATIONS_SHOWN),
          count: f.count,
        })),
    });
  }
  return views;
}

/** Whether an answer claims more than high-confidence evidence allows (the lead is then asked for a note). */
export function claimsAboveEvidence(
  question: Pick<Question, "options">,
  answer: Answer | null | undefined,
  evidence: QuestionEvidenceView | undefined,
): boolean {
  if (!evidence?.hardCeiling || answer?.kind !== "option") return false;
  const claimed = question.options.find((o) => o.id === answer.optionId);
  return claimed !== undefined && claimed.value > evidence.hardCeiling.value;
}
