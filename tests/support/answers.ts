import type { QuestionnaireV1, QuestionnaireV2 } from "@/domain/questionnaire/questionnaire";
import type { Question } from "@/domain/questionnaire/schema";
import type { QuestionV1 } from "@/domain/questionnaire/schema-v1";
import type { Answer } from "@/domain/scoring/answers";
import { loadQuestionnaireFolder } from "@/server/questionnaires/files";

/** Builders for answer sets: pick an option per question by a rule, override a few. */

export function loadV1(): QuestionnaireV1 {
  const questionnaire = loadQuestionnaireFolder("questionnaires/mlops-maturity/v1", "questionnaires");
  if (questionnaire.format === 2) throw new Error("v1 is in the first format");
  return questionnaire;
}

export function loadV2(): QuestionnaireV2 {
  const questionnaire = loadQuestionnaireFolder("questionnaires/mlops-maturity/v2", "questionnaires");
  if (questionnaire.format !== 2) throw new Error("v2 is in format 2");
  return questionnaire;
}

type AnyQuestion = Question | QuestionV1;

export const bestOption = <Q extends AnyQuestion>(q: Q) =>
  q.options.reduce((a, b) => (b.value > a.value ? b : a));
export const worstOption = <Q extends AnyQuestion>(q: Q) =>
  q.options.reduce((a, b) => (b.value < a.value ? b : a));
/** The lowest option that still meets the pass mark. */
export const passingOption = (passMark: number) => (q: AnyQuestion) =>
  q.options.filter((o) => o.value >= passMark).reduce((a, b) => (b.value < a.value ? b : a));

export function scoredQuestions(
  q: QuestionnaireV1,
  filter: (question: QuestionV1, objectId: string) => boolean = () => true,
) {
  return q.objects.flatMap((o) => o.questions.filter((question) => filter(question, o.id)));
}

export function answerWith(
  q: QuestionnaireV1,
  pick: (
    question: QuestionV1,
    objectId: string,
    step: number,
  ) => { id: string } | "dont-know" | "not-applicable" | null,
): Answer[] {
  return q.objects.flatMap((object) =>
    object.questions.flatMap((question): Answer[] => {
      const step = object.capabilities.find((c) => c.id === question.capability)?.step ?? 0;
      const choice = pick(question, object.id, step);
      if (choice === null) return [];
      if (choice === "dont-know") return [{ questionId: question.id, kind: "dont-know" }];
      if (choice === "not-applicable")
        return [{ questionId: question.id, kind: "not-applicable", reason: "out-of-scope" }];
      return [{ questionId: question.id, kind: "option", optionId: choice.id }];
    }),
  );
}
