import { z } from "zod";
import { idSchema, levelSchema, objectIdSchema } from "../questionnaire/schema";
import { answerSchema } from "./answers";
import { assessmentResultSchema } from "./result";

/**
 * The JSON an assessment is exported as and imported from (into this or another organisation,
 * or another installation with the same questionnaire version). The result travels for reading;
 * an import scores the answers again rather than trusting it.
 */
export const ASSESSMENT_EXPORT_FORMAT = "mlops-maturity/assessment";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Postgres text cannot hold NUL: a file carrying one anywhere is refused whole, with a message. */
function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.values(value).some(hasNul);
  return false;
}

export const assessmentExportSchema = z
  .object({
    format: z.literal(ASSESSMENT_EXPORT_FORMAT, { message: `This is not an assessment export (format must be "${ASSESSMENT_EXPORT_FORMAT}").` }),
    formatVersion: z.literal(1, { message: "This export was written by a newer version of the app (formatVersion must be 1)." }),
    exportedAt: z.iso.datetime(),
    organization: z.object({ name: text(80) }),
    team: z.object({
      name: text(80),
      businessUnit: text(80),
      ownershipModel: z.enum(["hand_off", "shared", "end_to_end"]),
      structure: z.enum(["centralised", "hub_and_spoke", "embedded"]),
    }),
    questionnaire: z.object({ id: idSchema, version: z.string().min(1).max(20), contentHash: z.string().regex(/^[0-9a-f]{64}$/) }),
    assessment: z.object({
      createdAt: z.iso.datetime(),
      submittedAt: z.iso.datetime(),
      targets: z.partialRecord(objectIdSchema, levelSchema),
    }),
    answers: z
      .array(
        z
          .object({
            questionId: idSchema,
            answer: answerSchema.nullable(),
            note: z.string().max(5000).nullable(),
            evidenceUrl: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
          })
          .refine((a) => a.answer === null || a.answer.questionId === a.questionId, "an answer's questionId must match its entry"),
      )
      .max(500),
    result: assessmentResultSchema,
  })
  .strict()
  .refine((data) => !hasNul(data), "The file contains NUL characters, which no text field may hold.")
  .refine((data) => new Set(data.answers.map((a) => a.questionId)).size === data.answers.length, "The file answers a question twice.");

export type AssessmentExport = z.infer<typeof assessmentExportSchema>;
