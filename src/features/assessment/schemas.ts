import { z } from "zod";
import type { QuestionEvidenceView } from "@/domain/evidence/explain";
import { idSchema, levelSchema, naReasonSchema } from "@/domain/questionnaire/primitives";
import { answerSchema, type Answer } from "@/domain/scoring/answers";
import { evidenceUrlSchema, naReasonTextSchema, noteSchema } from "@/domain/text";

/** The answer-saving contract, shared by the answering page and the route that receives it. */

export const answerValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("option"), optionId: idSchema }).strict(),
  z
    .object({
      kind: z.literal("not-applicable"),
      reason: naReasonSchema,
      reasonText: naReasonTextSchema.optional(),
    })
    .strict(),
  z.object({ kind: z.literal("dont-know") }).strict(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerPatchSchema = z
  .object({
    questionId: idSchema,
    answer: answerValueSchema.nullable().optional(),
    note: noteSchema.nullable().optional(),
    evidenceUrl: z
      .union([evidenceUrlSchema, z.literal("")])
      .nullable()
      .optional(),
  })
  .strict()
  .refine(
    (p) => p.answer !== undefined || p.note !== undefined || p.evidenceUrl !== undefined,
    "Nothing to save",
  );
export type AnswerPatchInput = z.infer<typeof answerPatchSchema>;

export const targetsPatchSchema = z
  .object({
    data: levelSchema.nullable().optional(),
    model: levelSchema.nullable().optional(),
    code: levelSchema.nullable().optional(),
  })
  .strict();

export const startAssessmentSchema = z
  .object({ teamId: z.uuid({ message: "Pick a team." }), retake: z.boolean().default(false) })
  .strict();

export function toDomainAnswer(questionId: string, value: AnswerValue): Answer {
  return { questionId, ...value };
}

/** An answer as stored, with the revision that orders writes (the last one wins). */
export const storedAnswerSchema = z.object({
  questionId: z.string(),
  answer: answerSchema.nullable(),
  note: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  revision: z.number().int(),
  updatedAt: z.string(),
  confirmedAt: z.string().nullable(),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

/** The routes' replies, as the browser reads them. */
export const storedAnswersReply = z.object({
  status: z.enum(["draft", "submitted"]),
  answers: z.array(storedAnswerSchema),
});
export const startedReply = z.object({ id: z.string() });
export const submittedReply = z.object({ weakestLevel: z.number().nullable() });
export const targetsReply = z.unknown();

/** The newest repository scan of the team, question by question, as the answering page shows it. */
export interface DraftEvidence {
  scannedAt: string;
  receivedAt: string;
  folders: string[];
  complete: boolean;
  byQuestion: Record<string, QuestionEvidenceView>;
}

/**
 * The levels the draft's saved answers give today, as the review step shows them before submitting
 * (computed on the server by the engine that scores the submit).
 */
export const levelPreviewSchema = z.object({
  objects: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      level: z.number().int().nullable(),
      score: z.number(),
      target: z.number().int().nullable(),
      /** Levels still to climb to the target (0 when reached), as the engine counts them. */
      gap: z.number().int().nullable(),
    }),
  ),
  weakest: z.object({ level: z.number().int().nullable(), objects: z.array(z.string()) }),
  preProduction: z.boolean(),
  /** How many answers the preview is computed from (the saved ones). */
  answers: z.number().int(),
});
export type LevelPreview = z.infer<typeof levelPreviewSchema>;
