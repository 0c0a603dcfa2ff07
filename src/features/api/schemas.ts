import { z } from "zod";
import { levelSchema, objectIdSchema } from "@/domain/questionnaire/primitives";
import { answerSchema } from "@/domain/scoring/answers";
import { assessmentResultSchema } from "@/domain/scoring/result";

/**
 * The versioned API's replies (/api/v1): the routes answer with these shapes, and the OpenAPI
 * document (openapi.ts) is generated from them, so the two cannot drift apart.
 */

const levels = z.partialRecord(objectIdSchema, levelSchema.nullable());

export const teamSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  latest: z
    .object({
      assessmentId: z.uuid(),
      submittedAt: z.iso.datetime(),
      weakestLevel: levelSchema.nullable(),
      evidencedWeakestLevel: levelSchema
        .nullable()
        .describe("Null when the assessment had no repository scan."),
      levels,
      evidencedLevels: levels,
    })
    .nullable()
    .describe("The team's latest submitted assessment; null before the first."),
});

export const teamsReplySchema = z.object({
  teams: z.array(teamSummarySchema),
  truncated: z
    .boolean()
    .describe("True when there are more teams than the reply holds (the first 200 by name)."),
});

export const resultReplySchema = z.object({
  assessmentId: z.uuid(),
  team: z.object({ id: z.uuid(), name: z.string() }),
  submittedAt: z.iso.datetime(),
  questionnaire: z.object({ id: z.string(), version: z.string() }),
  result: assessmentResultSchema,
});

export const assessmentReplySchema = z.object({
  id: z.uuid(),
  status: z.enum(["draft", "submitted"]),
  team: z.object({ id: z.uuid(), name: z.string() }),
  questionnaire: z.object({ id: z.string(), version: z.string() }),
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  targets: z.partialRecord(objectIdSchema, levelSchema),
  answers: z.array(
    z.object({
      questionId: z.string(),
      answer: answerSchema.nullable(),
      note: z.string().nullable(),
      evidenceUrl: z.string().nullable(),
    }),
  ),
});

export type TeamsReply = z.infer<typeof teamsReplySchema>;
export type ResultReply = z.infer<typeof resultReplySchema>;
export type AssessmentReply = z.infer<typeof assessmentReplySchema>;
