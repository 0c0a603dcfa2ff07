import { z } from "zod";
import { idSchema, lensGuidanceSchema, levelSchema, objectIdSchema } from "../questionnaire/schema";

/**
 * What the engine returns and what is stored with every submitted assessment. The schema checks
 * stored results on the way out of the database.
 */

export const severitySchema = z.enum(["high", "medium", "low"]);
export type Severity = z.infer<typeof severitySchema>;
export const SEVERITIES: readonly Severity[] = severitySchema.options;

export const questionStatusSchema = z.enum(["met", "unmet", "dont-know", "unanswered", "not-applicable"]);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

const share = z.number().min(0).max(1);

export const questionResultSchema = z.object({
  questionId: idSchema,
  status: questionStatusSchema,
  /** The chosen option's value (0–3) when an option was chosen. */
  value: z.number().int().min(0).max(3).nullable(),
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
  progress: share,
  capabilities: z.array(capabilityResultSchema),
});
export type TransitionResult = z.infer<typeof transitionResultSchema>;

export const objectResultSchema = z.object({
  object: objectIdSchema,
  level: levelSchema,
  /** Level plus progress toward the next level, 0.00–4.00, floored to two decimals. */
  score: z.number().min(0).max(4),
  /** Share of the object's questions with any answer (N/A and don't know included). */
  completion: share,
  /** 1 minus the share of applicable questions answered "don't know". */
  confidence: share,
  target: levelSchema.nullable(),
  /** Levels still to climb to reach the target (0 when reached), null without a target. */
  gap: z.number().int().min(0).max(4).nullable(),
  /** Unmet capabilities of the next step: what stops the next level. */
  blocking: z.array(idSchema),
  transitions: z.array(transitionResultSchema),
});
export type ObjectResult = z.infer<typeof objectResultSchema>;

export const riskCauseSchema = z.object({
  questionId: idSchema,
  object: objectIdSchema,
  status: z.enum(["unmet", "dont-know", "unanswered"]),
  optionId: idSchema.nullable(),
});
export type RiskCause = z.infer<typeof riskCauseSchema>;

export const riskResultSchema = z.object({
  id: idSchema,
  title: z.string(),
  object: objectIdSchema,
  severity: severitySchema,
  /** The context rule that raised the severity by one step, if any. */
  raisedBy: idSchema.nullable(),
  causes: z.array(riskCauseSchema),
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
    /** The minimum level over the objects, as the ML Test Score takes the minimum over sections. */
    weakestLevel: levelSchema,
    weakestObjects: z.array(objectIdSchema),
    meanScore: z.number().min(0).max(4),
  }),
  risks: z.array(riskResultSchema),
  recommendations: z.array(recommendationSchema),
  advice: z.array(contextAdviceSchema),
});
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;
