import { z } from "zod";
import { idSchema, levelSchema, objectIdSchema } from "../questionnaire/schema";
import { ownershipModelSchema, teamStructureSchema } from "../team";
import { displayNameSchema, evidenceUrlSchema, naReasonTextSchema, noteSchema } from "../text";
import { answerSchema } from "./answers";
import { assessmentResultSchema } from "./result";

/**
 * The JSON an assessment is exported as and imported from (into this or another organisation,
 * or another installation with the same questionnaire version). The result travels for reading;
 * an import scores the answers again rather than trusting it.
 */
export const ASSESSMENT_EXPORT_FORMAT = "mlops-maturity/assessment";

/** No assessment in an export predates this; earlier dates are typing errors or forgeries. */
export const EARLIEST_ASSESSMENT_DATE = "2000-01-01T00:00:00.000Z";

/** Postgres text cannot hold NUL: a file carrying one anywhere is refused whole, with a message. */
function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.values(value).some(hasNul);
  return false;
}

export const assessmentExportSchema = z
  .object({
    format: z.literal(ASSESSMENT_EXPORT_FORMAT, {
      message: `This is not an assessment export (format must be "${ASSESSMENT_EXPORT_FORMAT}").`,
    }),
    formatVersion: z.literal(1, {
      message: "This export was written by a newer version of the app (formatVersion must be 1).",
    }),
    exportedAt: z.iso.datetime(),
    organization: z.object({ name: displayNameSchema("organisation's name") }),
    team: z.object({
      name: displayNameSchema("team's name"),
      businessUnit: displayNameSchema("business unit"),
      ownershipModel: ownershipModelSchema,
      structure: teamStructureSchema,
    }),
    questionnaire: z.object({
      id: idSchema,
      version: z.string().min(1).max(20),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    assessment: z
      .object({
        createdAt: z.iso
          .datetime()
          .refine((d) => d >= EARLIEST_ASSESSMENT_DATE, "An assessment cannot be older than the year 2000."),
        submittedAt: z.iso.datetime(),
        targets: z.partialRecord(objectIdSchema, levelSchema),
      })
      .refine((a) => Date.parse(a.submittedAt) >= Date.parse(a.createdAt), {
        message: "An assessment cannot be submitted before it was created.",
        path: ["submittedAt"],
      }),
    answers: z
      .array(
        z
          .object({
            questionId: idSchema,
            answer: answerSchema
              .refine(
                (a) =>
                  a.kind !== "not-applicable" ||
                  a.reasonText === undefined ||
                  naReasonTextSchema.safeParse(a.reasonText).success,
                "A reason can hold 500 characters at most",
              )
              .nullable(),
            note: noteSchema.nullable(),
            evidenceUrl: evidenceUrlSchema.nullable(),
          })
          .refine(
            (a) => a.answer === null || a.answer.questionId === a.questionId,
            "an answer's questionId must match its entry",
          ),
      )
      .max(500),
    result: assessmentResultSchema,
  })
  .strict()
  .refine((data) => !hasNul(data), "The file contains NUL characters, which no text field may hold.")
  .refine(
    (data) => new Set(data.answers.map((a) => a.questionId)).size === data.answers.length,
    "The file answers a question twice.",
  );

export type AssessmentExport = z.infer<typeof assessmentExportSchema>;

/**
 * Dates the file may not claim, given the clock of the importing server: an assessment from the
 * future, or exported before it was submitted. (The schema already refuses the impossible ones.)
 */
export function importDateProblem(data: AssessmentExport, now: Date): string | null {
  const allowedSkewMs = 5 * 60 * 1000;
  const latest = now.getTime() + allowedSkewMs;
  if (Date.parse(data.assessment.submittedAt) > latest)
    return "The assessment's submission date is in the future.";
  if (Date.parse(data.exportedAt) > latest) return "The file's export date is in the future.";
  if (Date.parse(data.exportedAt) < Date.parse(data.assessment.submittedAt))
    return "The file says it was exported before the assessment was submitted.";
  return null;
}
