import type { Questionnaire } from "../questionnaire/questionnaire";
import type { TeamSettings } from "../team";
import type { Answer } from "./answers";

/**
 * The team's settings answer the context questions marked `fromTeam`, so the lead is not asked
 * twice: a setting's value (hand_off) is the option id (hand-off). They replace any stored answer.
 */
export function withTeamContext(
  questionnaire: Questionnaire,
  answers: readonly Answer[],
  team: TeamSettings,
): Answer[] {
  const fromTeam =
    questionnaire.format === 2 ? questionnaire.context.questions.filter((q) => q.fromTeam) : [];
  if (fromTeam.length === 0) return [...answers];
  const derived = fromTeam.map((q): Answer => ({
    questionId: q.id,
    kind: "option",
    optionId: team[q.fromTeam as keyof TeamSettings].replace(/_/g, "-"),
  }));
  const derivedIds = new Set(derived.map((a) => a.questionId));
  return [...answers.filter((a) => !derivedIds.has(a.questionId)), ...derived];
}
