import { appliesInContext } from "@/domain/questionnaire/applicability";
import type { AnyContextQuestion, AnyQuestion, Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Answer } from "@/domain/scoring/answers";

/**
 * The answering page's steps: one screen per section of questions (the team's context and the
 * objects), then the review. Pure: the page and its tests share it.
 */

export const REVIEW = "review";

export interface FormSection {
  id: string;
  title: string;
  summary: string;
  scored: boolean;
  questions: (AnyQuestion | AnyContextQuestion)[];
}

/** A section with the questions the team's context leaves (shown) and rules out (skipped). */
export interface ShownSection extends FormSection {
  skipped: (AnyQuestion | AnyContextQuestion)[];
}

/**
 * The sections in page order. In the current format the context comes first (its answers decide
 * which questions apply), without what the team's settings answer; in the first, it comes last.
 */
export function formSections(questionnaire: Questionnaire): FormSection[] {
  const objects = questionnaire.objects.map((o): FormSection => ({
    id: o.id,
    title: o.title,
    summary: o.summary,
    questions: o.questions,
    scored: true,
  }));
  if (questionnaire.format !== 2) {
    return [
      ...objects,
      {
        id: "context",
        title: "Context",
        summary: "About your team. These answers do not score; they shape the advice.",
        questions: questionnaire.context.questions,
        scored: false,
      },
    ];
  }
  const context: FormSection = {
    id: "context",
    title: "Your context",
    summary:
      "About your team. These answers do not score; they decide which questions apply and shape the advice.",
    questions: questionnaire.context.questions.filter((q) => !q.fromTeam),
    scored: false,
  };
  return [context, ...objects];
}

/** Skip logic: a question the context answers rule out is not shown, not counted and not required. */
export function shownSections(
  sections: readonly FormSection[],
  answerOf: (questionId: string) => Answer | null | undefined,
): ShownSection[] {
  const contextAnswer = (questionId: string) => {
    const answer = answerOf(questionId);
    return answer?.kind === "option" ? answer.optionId : null;
  };
  return sections.map((s) => ({
    ...s,
    questions: s.questions.filter((q) => appliesInContext(q, contextAnswer)),
    skipped: s.questions.filter((q) => !appliesInContext(q, contextAnswer)),
  }));
}

/** The step a `?section=` value names: a section id or the review; anything else is the first section. */
export function stepOf(value: string | null, sectionIds: readonly string[]): string {
  if (value === REVIEW || (value !== null && sectionIds.includes(value))) return value;
  return sectionIds[0] ?? REVIEW;
}

/** What a step is called: its section's title, or "Review". */
export function stepTitle(step: string, sections: readonly FormSection[]): string {
  return sections.find((s) => s.id === step)?.title ?? "Review";
}

/** The answering page's tab title before the app's name: "Credit Risk · Data · assessment". */
export function answeringTitle(teamName: string, step: string, sections: readonly FormSection[]): string {
  return `${teamName} · ${stepTitle(step, sections)} · assessment`;
}

/** The steps in order: the sections, then the review. */
export function stepsOf(sectionIds: readonly string[]): string[] {
  return [...sectionIds, REVIEW];
}
