import type { Level, LensGuidance, ObjectId } from "../questionnaire/schema";

export type Severity = "high" | "medium" | "low";
export const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];

export type QuestionStatus = "met" | "unmet" | "dont-know" | "unanswered" | "not-applicable";

export interface QuestionResult {
  questionId: string;
  status: QuestionStatus;
  /** The chosen option's value (0–3) when an option was chosen. */
  value: number | null;
}

export interface CapabilityResult {
  id: string;
  step: number;
  status: "met" | "unmet" | "not-applicable";
  /** Share of the capability's applicable credit earned, 0–1. */
  progress: number;
  questions: QuestionResult[];
}

export interface TransitionResult {
  step: number;
  met: boolean;
  progress: number;
  capabilities: CapabilityResult[];
}

export interface ObjectResult {
  object: ObjectId;
  level: Level;
  /** Level plus progress toward the next level, 0.00–4.00, floored to two decimals. */
  score: number;
  /** Share of the object's questions with any answer (N/A and don't know included). */
  completion: number;
  /** 1 minus the share of applicable questions answered "don't know". */
  confidence: number;
  target: Level | null;
  /** Levels still to climb to reach the target (0 when reached), null without a target. */
  gap: number | null;
  /** Unmet capabilities of the next step: what stops the next level. */
  blocking: string[];
  transitions: TransitionResult[];
}

export interface RiskCause {
  questionId: string;
  object: ObjectId;
  status: Exclude<QuestionStatus, "met" | "not-applicable">;
  optionId: string | null;
}

export interface RiskResult {
  id: string;
  title: string;
  object: ObjectId;
  severity: Severity;
  /** The context rule that raised the severity by one step, if any. */
  raisedBy: string | null;
  causes: RiskCause[];
}

export interface Recommendation {
  rank: number;
  capabilityId: string;
  object: ObjectId;
  step: number;
  title: string;
  description: string;
  priority: Severity;
  /** Part of the climb to the object's target level. */
  forTarget: boolean;
  unmetQuestions: string[];
  closesRisks: string[];
  guidance: Record<string, LensGuidance>;
}

export interface ContextAdvice {
  ruleId: string;
  title: string;
  advice: string;
  objects: ObjectId[];
}

export interface AssessmentResult {
  engineVersion: string;
  questionnaire: { id: string; version: string };
  objects: ObjectResult[];
  overall: {
    /** The minimum level over the objects, as the ML Test Score takes the minimum over sections. */
    weakestLevel: Level;
    weakestObjects: ObjectId[];
    meanScore: number;
  };
  risks: RiskResult[];
  recommendations: Recommendation[];
  advice: ContextAdvice[];
}
