import { isV2, type Questionnaire } from "../questionnaire/questionnaire";
import type { Answer, AssessmentInput } from "./answers";
import { findAnswerProblemsV1, scoreAssessmentV1 } from "./engine-v1";
import {
  answerRuleProblemsV2,
  ENGINE_V2_VERSION,
  findAnswerProblemsV2,
  scoreAssessmentV2,
} from "./engine-v2";
import type { AssessmentResult } from "./result";

/**
 * Scoring, for any questionnaire version: format 2 by engine 2 (engine-v2.ts, the current rules),
 * the first format by engine 1 (engine-v1.ts), so a v1 assessment keeps the rules it was taken under.
 */

/** The engine that scores the current questionnaire format. */
export const ENGINE_VERSION = ENGINE_V2_VERSION;

export class AnswerError extends Error {
  override name = "AnswerError";
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

/** Problems that make a set of answers unusable with this questionnaire (empty when fine). */
export function findAnswerProblems(questionnaire: Questionnaire, answers: readonly Answer[]): string[] {
  return isV2(questionnaire)
    ? findAnswerProblemsV2(questionnaire, answers)
    : findAnswerProblemsV1(questionnaire, answers);
}

/** Answers the answering page may not give (N/A where the questionnaire does not offer it); the API refuses them. */
export function answerRuleProblems(questionnaire: Questionnaire, answers: readonly Answer[]): string[] {
  return isV2(questionnaire) ? answerRuleProblemsV2(questionnaire, answers) : [];
}

export function scoreAssessment(questionnaire: Questionnaire, input: AssessmentInput): AssessmentResult {
  const problems = findAnswerProblems(questionnaire, input.answers);
  if (problems.length > 0) throw new AnswerError(problems);
  return isV2(questionnaire)
    ? scoreAssessmentV2(questionnaire, input)
    : scoreAssessmentV1(questionnaire, input);
}
