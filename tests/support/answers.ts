import type { Question, Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Answer } from "@/domain/scoring/answers";
import { loadQuestionnaireFolder } from "@/server/questionnaires/files";

/** Builders for answer sets: pick an option per question by a rule, override a few. */

export function loadV1(): Questionnaire {
  return loadQuestionnaireFolder("questionnaires/mlops-maturity/v1", "questionnaires");
}

export const bestOption = (q: Question) => q.options.reduce((a, b) => (b.value > a.value ? b : a));
export const worstOption = (q: Question) => q.options.reduce((a, b) => (b.value < a.value ? b : a));
/** The lowest option that still meets the pass mark. */
export const passingOption = (passMark: number) => (q: Question) =>
  q.options.filter((o) => o.value >= passMark).reduce((a, b) => (b.value < a.value ? b : a));

export function scoredQuestions(q: Questionnaire, filter: (question: Question, objectId: string) => boolean = () => true) {
  return q.objects.flatMap((o) => o.questions.filter((question) => filter(question, o.id)));
}

export function answerWith(
  q: Questionnaire,
  pick: (question: Question, objectId: string, step: number) => { id: string } | "dont-know" | "not-applicable" | null,
): Answer[] {
  return q.objects.flatMap((object) =>
    object.questions.flatMap((question): Answer[] => {
      const step = object.capabilities.find((c) => c.id === question.capability)?.step ?? 0;
      const choice = pick(question, object.id, step);
      if (choice === null) return [];
      if (choice === "dont-know") return [{ questionId: question.id, kind: "dont-know" }];
      if (choice === "not-applicable") return [{ questionId: question.id, kind: "not-applicable", reason: "out-of-scope" }];
      return [{ questionId: question.id, kind: "option", optionId: choice.id }];
    }),
  );
}
