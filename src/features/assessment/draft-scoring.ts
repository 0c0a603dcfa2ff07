import "server-only";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Answer, Targets } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import type { AssessmentResult } from "@/domain/scoring/result";
import { withTeamContext } from "@/domain/scoring/team-context";
import type { findAnswersForScoring } from "@/server/repositories/assessments";

type Loaded = Pick<Awaited<ReturnType<typeof findAnswersForScoring>>, "answers" | "targets" | "team">;

/**
 * A draft's answers as the engine scores them: with what the team's settings answer and the
 * targets. Submitting and the review's preview both go through here, so the preview shows the
 * levels a submit would store.
 */
export function scoreDraft(
  questionnaire: Questionnaire,
  loaded: Loaded,
): { input: { answers: Answer[]; targets: Targets }; result: AssessmentResult } {
  const input = {
    answers: withTeamContext(questionnaire, loaded.answers, loaded.team),
    targets: loaded.targets,
  };
  return { input, result: scoreAssessment(questionnaire, input) };
}
