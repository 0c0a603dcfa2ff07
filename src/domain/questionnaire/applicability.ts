/**
 * Skip logic: a question applies unless the team's context answers rule it out. An unanswered
 * context question rules nothing out, so the question is asked.
 */
export function appliesInContext(
  question: object,
  contextAnswer: (questionId: string) => string | null,
): boolean {
  const appliesWhen =
    "appliesWhen" in question ? (question.appliesWhen as Record<string, string[]> | undefined) : undefined;
  return Object.entries(appliesWhen ?? {}).every(([contextQuestion, options]) => {
    const answer = contextAnswer(contextQuestion);
    return answer === null || options.includes(answer);
  });
}
