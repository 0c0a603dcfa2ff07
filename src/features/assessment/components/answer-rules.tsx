/** The questionnaire's rules for answering, folded away once the user has seen them (open on the first scored section). */
export function AnswerRules({
  answerRule,
  scopeRule,
  open,
}: {
  answerRule: string;
  scopeRule: string;
  open: boolean;
}) {
  return (
    <details
      open={open}
      className="max-w-3xl rounded-lg border border-slate-200 bg-brand-50 p-4 text-sm text-slate-800"
      data-testid="answer-rules"
    >
      <summary className="cursor-pointer font-semibold">How to answer</summary>
      <p className="mt-1">{answerRule}</p>
      <p className="mt-1">
        <span className="font-semibold">Which models:</span> {scopeRule}
      </p>
    </details>
  );
}
