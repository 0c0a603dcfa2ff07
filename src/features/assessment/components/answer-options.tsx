import type { AnyContextQuestion, AnyQuestion } from "@/domain/questionnaire/questionnaire";
import type { NaReason } from "@/domain/questionnaire/schema";
import type { AnswerValue } from "../schemas";

const OPTION =
  "flex cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-slate-50 has-[:checked]:bg-brand-50";
// Fixed size: a radio keeps its size whatever the length of its label.
const RADIO = "mt-1 size-4 flex-none scroll-mt-40 accent-brand-600 lg:scroll-mt-4";

/**
 * A question's choices as radio buttons: its graded options, then for a scored question "don't
 * know" and, where the question allows it, "not applicable" (with the condition it states).
 */
export function AnswerOptions({
  question,
  scored,
  answer,
  onAnswer,
}: {
  question: AnyQuestion | AnyContextQuestion;
  scored: boolean;
  answer: AnswerValue | null;
  onAnswer: (value: AnswerValue) => void;
}) {
  const name = `q-${question.id}`;
  const selected = answer?.kind === "option" ? answer.optionId : (answer?.kind ?? "");
  // Choosing N/A again keeps the reason given before; the first time it is "out of scope".
  const reason: NaReason = answer?.kind === "not-applicable" ? answer.reason : "out-of-scope";
  // The first format offers N/A everywhere; the current one only where a question says when.
  const naWhen =
    "notApplicable" in question ? (question.notApplicable?.when ?? null) : "risks" in question ? "" : null;
  return (
    <div className="mt-3 space-y-1">
      {question.options.map((option) => (
        <label key={option.id} className={OPTION}>
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={selected === option.id}
            onChange={() => onAnswer({ kind: "option", optionId: option.id })}
            className={RADIO}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {scored && (
        <>
          <label className={`${OPTION} text-slate-700`}>
            <input
              type="radio"
              name={name}
              value="dont-know"
              checked={selected === "dont-know"}
              onChange={() => onAnswer({ kind: "dont-know" })}
              className={RADIO}
            />
            <span>Don&apos;t know</span>
          </label>
          {naWhen !== null && (
            <label className={`${OPTION} text-slate-700`}>
              <input
                type="radio"
                name={name}
                value="not-applicable"
                checked={selected === "not-applicable"}
                onChange={() => onAnswer({ kind: "not-applicable", reason })}
                className={RADIO}
              />
              <span>
                Not applicable
                {naWhen && (
                  <span className="block text-xs text-slate-600">
                    Only if {naWhen.charAt(0).toLowerCase() + naWhen.slice(1)}
                  </span>
                )}
              </span>
            </label>
          )}
        </>
      )}
    </div>
  );
}
