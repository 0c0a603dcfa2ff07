import type { EvidencedResult } from "@/domain/evidence/evidenced-result";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { AssessmentResult } from "@/domain/scoring/result";

/**
 * The claimed result beside the evidenced one, in words: per object both levels, the share of
 * answers the repositories back, every disagreement with the rule that raised it and the team's
 * note, and the findings with where they were seen (for the report's appendix).
 */
export interface EvidenceView {
  scannedAt: string;
  backedShare: number | null;
  objects: { id: string; title: string; claimed: number | null; evidenced: number | null }[];
  weakest: { claimed: number | null; evidenced: number | null };
  disagreements: {
    questionId: string;
    question: string;
    object: string;
    claimed: string;
    evidence: string;
    direction: "claims more" | "claims less";
    confidence: string;
    why: string;
    capped: boolean;
    note: string | null;
  }[];
  findings: { question: string; rule: string; says: string; confidence: string; where: string[] }[];
}

export function buildEvidenceView(input: {
  questionnaire: Questionnaire;
  result: AssessmentResult;
  evidenced: EvidencedResult;
  explanations: ReadonlyMap<string, string>;
  notes: ReadonlyMap<string, string | null>;
}): EvidenceView {
  const { questionnaire, result, evidenced, explanations } = input;
  const questions = new Map(
    questionnaire.objects.flatMap((o) =>
      (o.questions as { id: string; text: string; options: { id: string; label: string }[] }[]).map(
        (q) => [q.id, { ...q, object: o.title }] as const,
      ),
    ),
  );
  const label = (questionId: string, optionId: string) =>
    questions.get(questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;
  const evidencedLevels = new Map(evidenced.result.objects.map((o) => [o.object, o.level]));
  return {
    scannedAt: evidenced.scannedAt,
    backedShare: evidenced.backedShare,
    objects: result.objects.map((o) => ({
      id: o.object,
      title: questionnaire.objects.find((d) => d.id === o.object)?.title ?? o.object,
      claimed: o.level,
      evidenced: evidencedLevels.get(o.object) ?? null,
    })),
    weakest: { claimed: result.overall.weakestLevel, evidenced: evidenced.result.overall.weakestLevel },
    disagreements: evidenced.disagreements.map((d) => ({
      questionId: d.questionId,
      question: questions.get(d.questionId)?.text ?? d.questionId,
      object: questions.get(d.questionId)?.object ?? "",
      claimed: label(d.questionId, d.claimedOptionId),
      evidence: label(d.questionId, d.evidenceOptionId),
      direction: d.kind === "above-ceiling" ? "claims more" : "claims less",
      confidence: d.confidence,
      why: d.ruleIds.map((id) => explanations.get(id) ?? id).join(" "),
      capped: d.capped,
      note: input.notes.get(d.questionId) ?? null,
    })),
    findings: evidenced.findings.map((f) => ({
      question: questions.get(f.questionId)?.text ?? f.questionId,
      rule: explanations.get(f.ruleId) ?? f.ruleId,
      says: `${f.kind === "floor" ? "at least" : "at most"} “${label(f.questionId, f.optionId)}”`,
      confidence: f.confidence,
      where: f.locations
        .slice(0, 3)
        .map((l) => `${l.path}${l.cell ? ` (cell ${l.cell})` : ""}${l.line ? `:${l.line}` : ""}`),
    })),
  };
}
