import { z } from "zod";
import { idSchema } from "../questionnaire/primitives";
import type { QuestionnaireV2 } from "../questionnaire/questionnaire";
import type { Answer, Targets } from "../scoring/answers";
import { scoreAssessment } from "../scoring/engine";
import { assessmentResultSchema } from "../scoring/result";
import { backedShare, evidencedAnswers } from "./evidenced";
import { findingSchema, type FindingsDocument } from "./findings";
import { confidenceSchema } from "./schema";

/**
 * What a submitted assessment stores beside its claimed result when a repository scan was posted
 * to it: the result the same engine gives for the answers limited to what the evidence supports,
 * each answer's evidence status, the disagreements, and the share of answers the evidence backs.
 */
export const evidencedResultSchema = z.object({
  scannedAt: z.iso.datetime(),
  result: assessmentResultSchema,
  questions: z.array(
    z.object({
      questionId: idSchema,
      claimedOptionId: idSchema,
      status: z.enum([
        "backed",
        "consistent",
        "limited",
        "capped",
        "contradicted",
        "cannot-determine",
        "not-observable",
      ]),
      evidencedOptionId: idSchema.nullable(),
    }),
  ),
  disagreements: z.array(
    z.object({
      questionId: idSchema,
      claimedOptionId: idSchema,
      kind: z.enum(["above-ceiling", "below-floor"]),
      evidenceOptionId: idSchema,
      confidence: confidenceSchema,
      ruleIds: z.array(idSchema),
      capped: z.boolean(),
    }),
  ),
  backedShare: z.number().min(0).max(1).nullable(),
  /** The scan's findings, kept with the result so the report can say what was found where. */
  findings: z.array(findingSchema),
});

export type EvidencedResult = z.infer<typeof evidencedResultSchema>;

export function evidencedResult(
  questionnaire: QuestionnaireV2,
  input: { answers: readonly Answer[]; targets: Targets },
  scan: Pick<FindingsDocument, "findings" | "suggestions" | "scannedAt">,
): EvidencedResult {
  const evidenced = evidencedAnswers(questionnaire, input.answers, scan);
  return {
    scannedAt: scan.scannedAt,
    result: scoreAssessment(questionnaire, { answers: evidenced.answers, targets: input.targets }),
    questions: evidenced.questions,
    disagreements: evidenced.disagreements,
    backedShare: backedShare(evidenced.questions),
    findings: scan.findings,
  };
}
