import { z } from "zod";
import { idSchema, levelSchema, naReasonSchema } from "@/domain/questionnaire/primitives";
import type { Answer } from "@/domain/scoring/answers";

/** The answer-saving contract, shared by the answering page and the route that receives it. */

export const NOTE_MAX = 4000;

// Postgres text cannot hold NUL characters; refuse them here rather than fail on write.
const noNul = (s: string) => !s.includes("\u0000");
const NUL_MESSAGE = "Text cannot contain NUL characters";

export const evidenceUrlSchema = z
  .url({ protocol: /^https?$/, message: "The evidence link must be an http(s) address, such as https://wiki.example.com/page" })
  .max(2000, "The evidence link is too long (2,000 characters at most)")
  .refine(noNul, NUL_MESSAGE);

export const answerValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("option"), optionId: idSchema }).strict(),
  z.object({ kind: z.literal("not-applicable"), reason: naReasonSchema, reasonText: z.string().trim().max(500).refine(noNul, NUL_MESSAGE).optional() }).strict(),
  z.object({ kind: z.literal("dont-know") }).strict(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerPatchSchema = z
  .object({
    questionId: idSchema,
    answer: answerValueSchema.nullable().optional(),
    note: z.string().max(NOTE_MAX, `A note can hold ${NOTE_MAX} characters at most`).refine(noNul, NUL_MESSAGE).nullable().optional(),
    evidenceUrl: z.union([evidenceUrlSchema, z.literal("")]).nullable().optional(),
  })
  .strict()
  .refine((p) => p.answer !== undefined || p.note !== undefined || p.evidenceUrl !== undefined, "Nothing to save");
export type AnswerPatchInput = z.infer<typeof answerPatchSchema>;

export const targetsPatchSchema = z
  .object({ data: levelSchema.nullable().optional(), model: levelSchema.nullable().optional(), code: levelSchema.nullable().optional() })
  .strict();

export const startAssessmentSchema = z.object({ teamId: z.uuid({ message: "Pick a team." }), retake: z.boolean().default(false) }).strict();

export function toDomainAnswer(questionId: string, value: AnswerValue): Answer {
  return { questionId, ...value } as Answer;
}
