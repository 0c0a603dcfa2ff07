import { z } from "zod";
import type { QuestionnaireV2 } from "../questionnaire/questionnaire";
import { idSchema } from "../questionnaire/primitives";
import { boundOf, CONFIDENCE_RANK, type ValuedBound } from "./bounds";
import { confidenceSchema, gitFactSchema } from "./schema";

/**
 * What a scan reports, and the only thing that leaves the machine: rule ids, paths, line numbers,
 * counts and numbers read from the git history. No file contents, no names of people. The app
 * validates a posted document with this schema (POST /api/v1/assessments/{id}/evidence).
 */

export const MAX_LOCATIONS = 20;

export const locationSchema = z
  .object({
    path: z.string().min(1).max(1000),
    line: z.number().int().min(1).optional(),
    /** For notebooks: the cell, counted from 1 over all cells; `line` is then within the cell. */
    cell: z.number().int().min(1).optional(),
  })
  .strict();

export const gitFactsSchema = z.partialRecord(gitFactSchema, z.number().finite());

export const findingSchema = z
  .object({
    ruleId: idSchema,
    questionId: idSchema,
    kind: z.enum(["floor", "ceiling"]),
    optionId: idSchema,
    confidence: confidenceSchema,
    /** Where it was seen (the first few); `count` says how many matches there were in all. */
    locations: z.array(locationSchema).max(MAX_LOCATIONS),
    count: z.number().int().min(0),
    /** The git numbers the rule was decided on. */
    measures: gitFactsSchema.optional(),
    scannedAt: z.iso.datetime(),
  })
  .strict();

export const boundSchema = z
  .object({ optionId: idSchema, confidence: confidenceSchema, ruleIds: z.array(idSchema).min(1) })
  .strict();

export const suggestionSchema = z
  .object({
    questionId: idSchema,
    /**
     * "suggested": the evidence points at `optionId`; "cannot-determine": rules looked and saw
     * nothing conclusive (absence is not proof); "not-observable": no repository can tell.
     */
    status: z.enum(["suggested", "cannot-determine", "not-observable"]),
    optionId: idSchema.nullable(),
    confidence: confidenceSchema.nullable(),
    /** The strongest option supported at least, and the option above which answers are unlikely. */
    floor: boundSchema.nullable(),
    ceiling: boundSchema.nullable(),
  })
  .strict();

export const historyStatusSchema = z.enum(["history", "shallow", "not-a-repository", "unavailable"]);

export const findingsDocumentSchema = z
  .object({
    format: z.literal("mlops-maturity/evidence"),
    formatVersion: z.literal(1),
    questionnaire: z.object({ id: idSchema, version: z.string().regex(/^\d+$/) }).strict(),
    scanner: z.object({ version: z.string().max(40) }).strict(),
    scannedAt: z.iso.datetime(),
    folders: z
      .array(z.object({ name: z.string().min(1).max(200), history: historyStatusSchema }).strict())
      .min(1)
      .max(50),
    limits: z
      .object({
        complete: z.boolean(),
        stoppedBy: z.enum(["files", "bytes", "time"]).nullable(),
        files: z.number().int().min(0),
        bytesRead: z.number().int().min(0),
        unreadLargeFiles: z.number().int().min(0),
      })
      .strict(),
    git: gitFactsSchema,
    findings: z.array(findingSchema).max(2000),
    suggestions: z.array(suggestionSchema).max(500),
  })
  .strict();

/** The body the scanner posts to the app: the findings document, nothing else (no file contents ever travel). */
export const evidencePostSchema = z.object({ findings: findingsDocumentSchema }).strict();

/** The app's answer to a post. */
export const evidenceReplySchema = z.object({
  receivedAt: z.iso.datetime(),
  findings: z.number().int().describe("Findings received."),
  suggestions: z.number().int().describe("Questions the evidence suggests an answer for."),
  draftId: z.uuid().nullable().describe("The team's draft in progress, if any."),
  disagreements: z
    .number()
    .int()
    .describe("Answers of that draft, as it stands, that the evidence disagrees with."),
});

export type Location = z.infer<typeof locationSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Bound = z.infer<typeof boundSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type FindingsDocument = z.infer<typeof findingsDocumentSchema>;

const plain = (bound: ValuedBound | null): Bound | null =>
  bound ? { optionId: bound.optionId, confidence: bound.confidence, ruleIds: bound.ruleIds } : null;

/**
 * One suggestion per scored question. Where floor and ceiling agree, the floor is the answer the
 * evidence points at; where they contradict each other, the more confident one wins, and on a tie
 * the floor (something seen outweighs something missing).
 */
export function suggest(
  questionnaire: QuestionnaireV2,
  findings: readonly Finding[],
  notObservable: ReadonlySet<string>,
): Suggestion[] {
  return questionnaire.objects.flatMap((object) =>
    object.questions.map((question): Suggestion => {
      if (notObservable.has(question.id)) {
        return {
          questionId: question.id,
          status: "not-observable",
          optionId: null,
          confidence: null,
          floor: null,
          ceiling: null,
        };
      }
      const floor = boundOf(question, findings, "floor");
      const ceiling = boundOf(question, findings, "ceiling");
      if (!floor && !ceiling) {
        return {
          questionId: question.id,
          status: "cannot-determine",
          optionId: null,
          confidence: null,
          floor: null,
          ceiling: null,
        };
      }
      let chosen = floor ?? ceiling;
      if (
        floor &&
        ceiling &&
        floor.value > ceiling.value &&
        CONFIDENCE_RANK[ceiling.confidence] > CONFIDENCE_RANK[floor.confidence]
      )
        chosen = ceiling;
      return {
        questionId: question.id,
        status: "suggested",
        optionId: chosen?.optionId ?? null,
        confidence: chosen?.confidence ?? null,
        floor: plain(floor),
        ceiling: plain(ceiling),
      };
    }),
  );
}
