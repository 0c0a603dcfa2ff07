import { Input } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { NaReason } from "@/domain/questionnaire/schema";
import type { AnswerValue } from "../schemas";

type NotApplicable = Extract<AnswerValue, { kind: "not-applicable" }>;

const NA_REASONS: readonly (readonly [NaReason, string])[] = [
  ["out-of-scope", "Out of scope"],
  ["business-priorities", "Business priorities"],
  ["architecture-constraints", "Architecture constraints"],
  ["other", "Other"],
];

const isReason = (value: string): value is NaReason => NA_REASONS.some(([id]) => id === value);

/** Why a question does not apply: a reason from the list and an optional explanation (saved when the field is left). */
export function NaReasonFields({
  answer,
  revision,
  onAnswer,
}: {
  answer: NotApplicable;
  revision: number;
  onAnswer: (value: AnswerValue) => void;
}) {
  const withText = (reasonText: string | undefined) => (reasonText ? { reasonText } : {});
  return (
    <div className="mt-2 grid gap-2 pl-9 sm:grid-cols-2">
      <label className="text-sm">
        <span className="block text-slate-700">Reason</span>
        <Select
          size="inline"
          className="w-full"
          value={answer.reason}
          options={NA_REASONS}
          onChange={(e) => {
            if (isReason(e.target.value))
              onAnswer({ kind: "not-applicable", reason: e.target.value, ...withText(answer.reasonText) });
          }}
        />
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">Explanation (optional)</span>
        <Input
          key={`reason-${revision}`}
          size="inline"
          type="text"
          maxLength={500}
          defaultValue={answer.reasonText ?? ""}
          onBlur={(e) => {
            const reasonText = e.target.value.trim();
            if (reasonText !== (answer.reasonText ?? ""))
              onAnswer({ kind: "not-applicable", reason: answer.reason, ...withText(reasonText) });
          }}
        />
      </label>
    </div>
  );
}
