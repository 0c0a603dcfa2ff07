"use client";

import { useState } from "react";
import type { AnyContextQuestion, AnyQuestion } from "@/domain/questionnaire/questionnaire";
import type { NaReason } from "@/domain/questionnaire/schema";
import { evidenceUrlSchema, NOTE_MAX } from "@/domain/text";
import type { AnswerValue } from "../schemas";
import { SaveStatus } from "./save-status";
import type { Entry, SaveState } from "./use-autosave";

const NA_REASONS: { id: NaReason; label: string }[] = [
  { id: "out-of-scope", label: "Out of scope" },
  { id: "business-priorities", label: "Business priorities" },
  { id: "architecture-constraints", label: "Architecture constraints" },
  { id: "other", label: "Other" },
];

interface Props {
  question: AnyQuestion | AnyContextQuestion;
  number: string;
  scored: boolean;
  entry: Entry | undefined;
  state: SaveState | undefined;
  readOnly: boolean;
  onAnswer: (value: AnswerValue | null) => void;
  onText: (field: "note" | "evidenceUrl", value: string, final: boolean) => void;
  onRetry: () => void;
}

/** One question: graded options, N/A with a reason, don't know, help, note and evidence link. */
export function QuestionCard({ question, number, scored, entry, state, readOnly, onAnswer, onText, onRetry }: Props) {
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const answer = entry?.answer ?? null;
  const selected = answer?.kind === "option" ? answer.optionId : answer?.kind ?? "";
  const name = `q-${question.id}`;
  const reason = answer?.kind === "not-applicable" ? answer.reason : "out-of-scope";
  // The first format offers N/A everywhere; the current one only where a question says when.
  const naWhen = "notApplicable" in question ? (question.notApplicable?.when ?? null) : "risks" in question ? "" : null;

  return (
    <fieldset id={question.id} className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-4 sm:p-5" disabled={readOnly}>
      <legend className="sr-only">{`${number} ${question.text}`}</legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <p className="font-medium" aria-hidden="true">
          <span className="mr-2 text-slate-500">{number}</span>
          {question.text}
        </p>
        <SaveStatus state={state} onRetry={onRetry} />
      </div>
      <details className="mt-2 text-sm text-slate-700">
        <summary className="cursor-pointer text-brand-700">Why this matters</summary>
        <p className="mt-1">{question.help}</p>
      </details>
      <div className="mt-3 space-y-1">
        {question.options.map((option) => (
          <label key={option.id} className="flex cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-slate-50 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={option.id} checked={selected === option.id} onChange={() => onAnswer({ kind: "option", optionId: option.id })} className="mt-1 size-4 accent-brand-600" />
            <span>{option.label}</span>
          </label>
        ))}
        {scored && (
          <>
            <label className="flex cursor-pointer items-start gap-3 rounded-md px-2 py-2 text-slate-700 hover:bg-slate-50 has-[:checked]:bg-brand-50">
              <input type="radio" name={name} value="dont-know" checked={selected === "dont-know"} onChange={() => onAnswer({ kind: "dont-know" })} className="mt-1 size-4 accent-brand-600" />
              <span>Don&apos;t know</span>
            </label>
            {naWhen !== null && (
              <label className="flex cursor-pointer items-start gap-3 rounded-md px-2 py-2 text-slate-700 hover:bg-slate-50 has-[:checked]:bg-brand-50">
                <input type="radio" name={name} value="not-applicable" checked={selected === "not-applicable"} onChange={() => onAnswer({ kind: "not-applicable", reason })} className="mt-1 size-4 accent-brand-600" />
                <span>
                  Not applicable{naWhen && <span className="block text-xs text-slate-600">Only if {naWhen.charAt(0).toLowerCase() + naWhen.slice(1)}</span>}
                </span>
              </label>
            )}
          </>
        )}
      </div>
      {answer?.kind === "not-applicable" && (
        <div className="mt-2 grid gap-2 pl-9 sm:grid-cols-2">
          <label className="text-sm">
            <span className="block text-slate-700">Reason</span>
            <select
              value={answer.reason}
              onChange={(e) => onAnswer({ kind: "not-applicable", reason: e.target.value as NaReason, ...(answer.reasonText ? { reasonText: answer.reasonText } : {}) })}
              className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              {NA_REASONS.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block text-slate-700">Explanation (optional)</span>
            <input
              key={`reason-${entry?.revision ?? 0}`}
              type="text"
              maxLength={500}
              defaultValue={answer.reasonText ?? ""}
              onBlur={(e) => {
                const reasonText = e.target.value.trim();
                if (reasonText !== (answer.reasonText ?? "")) onAnswer({ kind: "not-applicable", reason: answer.reason, ...(reasonText ? { reasonText } : {}) });
              }}
              className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
            />
          </label>
        </div>
      )}
      <details className="mt-3 text-sm" open={Boolean(entry?.note || entry?.evidenceUrl)}>
        <summary className="cursor-pointer text-brand-700">Note and evidence</summary>
        <div className="mt-2 grid gap-3">
          <label>
            <span className="block text-slate-700">Note</span>
            <textarea
              value={entry?.note ?? ""}
              maxLength={NOTE_MAX}
              rows={2}
              onChange={(e) => onText("note", e.target.value, false)}
              onBlur={(e) => onText("note", e.target.value, true)}
              className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
            />
          </label>
          <label>
            <span className="block text-slate-700">Evidence link</span>
            <input
              key={`evidence-${entry?.revision ?? 0}`}
              type="url"
              inputMode="url"
              placeholder="https://"
              defaultValue={entry?.evidenceUrl ?? ""}
              aria-invalid={evidenceError !== null}
              aria-describedby={evidenceError ? `${name}-evidence-error` : undefined}
              onBlur={(e) => {
                const value = e.target.value.trim();
                const check = value === "" ? null : evidenceUrlSchema.safeParse(value);
                if (check && !check.success) {
                  setEvidenceError(check.error.issues[0]?.message ?? "Not a valid link");
                  return;
                }
                setEvidenceError(null);
                if (value !== (entry?.evidenceUrl ?? "")) onText("evidenceUrl", value, true);
              }}
              className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
            />
            {evidenceError && (
              <span id={`${name}-evidence-error`} className="mt-1 block text-red-700">
                {evidenceError}
              </span>
            )}
          </label>
        </div>
      </details>
    </fieldset>
  );
}
