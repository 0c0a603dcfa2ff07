import { z } from "zod";
import { idSchema, levelSchema, naReasonSchema, objectIdSchema } from "../questionnaire/schema";

/** What a team answered, as the engine reads it. Notes and evidence links do not score. */

export const answerSchema = z.discriminatedUnion("kind", [
  z.object({ questionId: idSchema, kind: z.literal("option"), optionId: idSchema }).strict(),
  z
    .object({
      questionId: idSchema,
      kind: z.literal("not-applicable"),
      reason: naReasonSchema,
      reasonText: z.string().max(2000).optional(),
    })
    .strict(),
  z.object({ questionId: idSchema, kind: z.literal("dont-know") }).strict(),
]);
export type Answer = z.infer<typeof answerSchema>;

export const targetsSchema = z.partialRecord(objectIdSchema, levelSchema);
export type Targets = z.infer<typeof targetsSchema>;

export const assessmentInputSchema = z
  .object({
    answers: z.array(answerSchema),
    targets: targetsSchema.optional(),
  })
  .strict();
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

/** An answers file for the maintainer's CLI: the input plus the questionnaire it was written for. */
export const answersFileSchema = assessmentInputSchema.extend({ questionnaire: z.string().optional() });
