import { z } from "zod";
import {
  idSchema,
  lensGuidanceSchema,
  levelSchema,
  objectIdSchema,
  severitySchema,
  type Severity,
} from "../questionnaire/schema";

/**
 * What the engines return and what is stored with every submitted assessment. The schema checks
 * stored results on the way out of the database. Engine 2 adds fields that engine 1's results
 * (questionnaire v1) never had; those are optional here, so old results stay readable as they are.
 */

export { severitySchema, type Severity };
export const SEVERITIES: readonly Severity[] = severitySchema.options;

/** "partial": an option below the pass mark that still earns part of the credit (engine 2). */
export const questionStatusSchema = z.enum([
  "met",
  "partial",
  "unmet",
  "dont-know",
  "unanswered",
  "not-applicable",
]);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

const share = z.number().min(0).max(1);

export const questionResultSchema = z.object({
  questionId: idSchema,
  status: questionStatusSchema,
  /** The chosen option's value (0–3) when an option was chosen. */
  value: z.number().int().min(0).max(3).nullable(),
  /** Engine 2: the share of the practice in place, the option's value against its step's pass mark. */
  credit: share.optional(),
  /** Engine 2: why it does not apply — the team's answer, or the team's context. */
  notApplicableBecause: z.enum(["answer", "context"]).optional(),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const capabilityResultSchema = z.object({
  id: idSchema,
  step: z.number().int().min(1).max(4),
  status: z.enum(["met", "unmet", "not-applicable"]),
  /** Share of the capability's applicable credit earned. */
  progress: share,
  questions: z.array(questionResultSchema),
});
export type CapabilityResult = z.infer<typeof capabilityResultSchema>;

export const transitionResultSchema = z.object({
  step: z.number().int().min(1).max(4),
  met: z.boolean(),
  /** Engine 1: share of credit toward the step. Engine 2: the step's attainment (mean credit of its applicable questions). */
  progress: share,
  capabilities: z.array(capabilityResultSchema),
});
export type TransitionResult = z.infer<typeof transitionResultSchema>;

/** A question held below its pass mark, with the option that would be the next step up. */
export const blockerSchema = z.object({
  capabilityId: idSchema,
  questionId: idSchema,
  status: questionStatusSchema,
  optionId: idSchema.nullable(),
  nextOptionId: idSchema.nullable(),
});
export type Blocker = z.infer<typeof blockerSchema>;

export const objectResultSchema = z.object({
  object: objectIdSchema,
  /** Null (engine 2) when too few of the object's questions apply to rate it: "not assessable". */
  level: levelSchema.nullable(),
  /** Engine 1: level plus progress toward the next. Engine 2: the position on the ladder, 0.00–4.00 (level = its whole part). */
  score: z.number().min(0).max(4),
  /** Share of the object's questions with any answer (N/A and don't know included; engine 2: of those its context leaves). */
  completion: share,
  /** 1 minus the share of applicable questions answered "don't know". */
  confidence: share,
  target: levelSchema.nullable(),
  /** Levels still to climb to reach the target (0 when reached), null without a target or a level. */
  gap: z.number().int().min(0).max(4).nullable(),
  /** Capabilities that hold the object below its next level. */
  blocking: z.array(idSchema),
  transitions: z.array(transitionResultSchema),
  /** Engine 2: share of the practice in place across all steps (mean credit of the applicable questions). */
  coverage: share.optional(),
  /** Engine 2: of the questions the team's context leaves, the share not answered N/A. */
  applicability: share.optional(),
  /** Engine 2: the answers that hold the object below its next level, basics first. */
  blockers: z.array(blockerSchema).optional(),
  /** Engine 2: a single answer that would lift the object to the next level, when there is one. */
  oneAnswerAway: z
    .object({ level: levelSchema, questionId: idSchema, optionId: idSchema })
    .nullable()
    .optional(),
  /** Engine 2: capabilities of steps above the level that are already fully in place. */
  inPlaceAbove: z.array(idSchema).optional(),
});
export type ObjectResult = z.infer<typeof objectResultSchema>;

export const riskCauseSchema = z.object({
  questionId: idSchema,
  object: objectIdSchema,
  status: z.enum(["partial", "unmet", "dont-know", "unanswered"]),
  optionId: idSchema.nullable(),
});
export type RiskCause = z.infer<typeof riskCauseSchema>;

export const riskResultSchema = z.object({
  id: idSchema,
  title: z.string(),
  object: objectIdSchema,
  severity: severitySchema,
  /** Engine 1: the context rule that raised the severity. Engine 2: the context question whose answer raised it. */
  raisedBy: idSchema.nullable(),
  causes: z.array(riskCauseSchema),
  /** Engine 2: the harm for a fully exposed team, before exposure and context. */
  impact: severitySchema.optional(),
  /** Engine 2: full when a cause is missing or unknown, partial when every cause is partly in place. */
  exposure: z.enum(["full", "partial"]).optional(),
  harms: z.string().optional(),
  /** Engine 2: what to do until the capability that closes the risk exists. */
  interim: z.string().optional(),
  antiPattern: z.boolean().optional(),
});
export type RiskResult = z.infer<typeof riskResultSchema>;

export const recommendationSchema = z.object({
  rank: z.number().int().min(1),
  capabilityId: idSchema,
  object: objectIdSchema,
  step: z.number().int().min(1).max(4),
  title: z.string(),
  description: z.string(),
  priority: severitySchema,
  /** Part of the climb to the object's target level. */
  forTarget: z.boolean(),
  unmetQuestions: z.array(idSchema),
  closesRisks: z.array(idSchema),
  guidance: z.record(idSchema, lensGuidanceSchema),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const contextAdviceSchema = z.object({
  ruleId: idSchema,
  title: z.string(),
  advice: z.string(),
  objects: z.array(objectIdSchema),
});
export type ContextAdvice = z.infer<typeof contextAdviceSchema>;

export const assessmentResultSchema = z.object({
  engineVersion: z.string(),
  questionnaire: z.object({ id: idSchema, version: z.string() }),
  objects: z.array(objectResultSchema),
  overall: z.object({
    /** The minimum level over the (assessable) objects, as the ML Test Score takes the minimum over sections. */
    weakestLevel: levelSchema.nullable(),
    weakestObjects: z.array(objectIdSchema),
    meanScore: z.number().min(0).max(4),
    /** Engine 2: share of the practice in place over every applicable question. */
    coverage: share.optional(),
    /** Engine 2: no model in production yet; production practices are not rated. */
    preProduction: z.boolean().optional(),
    /** Engine 2: the honest starting point of "fix the basics first", practice by practice. */
    mlopsV0: z
      .object({
        met: z.boolean(),
        practices: z.array(z.object({ id: idSchema, title: z.string(), met: z.boolean() })),
      })
      .optional(),
    /** Engine 2: "could someone else retrain and redeploy tomorrow?" (the continuous-quartet article). */
    realTest: z
      .object({ questionId: idSchema, optionId: idSchema.nullable(), passed: z.boolean() })
      .optional(),
    /** Engine 2: the ML Test Score the answers imply (0.5 by hand, 1 automated; minimum over the four sections). */
    mlTestScore: z
      .object({
        sections: z.object({ data: z.number(), model: z.number(), infra: z.number(), monitor: z.number() }),
        score: z.number(),
      })
      .optional(),
  }),
  risks: z.array(riskResultSchema),
  recommendations: z.array(recommendationSchema),
  advice: z.array(contextAdviceSchema),
  /** Engine 2: the lens the team's platform answer chose for the plan. */
  lens: idSchema.optional(),
});
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;
