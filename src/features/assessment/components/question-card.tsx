"use client";

import type { QuestionEvidenceView } from "@/domain/evidence/explain";
import type { AnyContextQuestion, AnyQuestion } from "@/domain/questionnaire/questionnaire";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AnswerValue } from "../schemas";
import { AnswerOptions } from "./answer-options";
import { EvidencePanel } from "./evidence-panel";
import { NaReasonFields } from "./na-reason";
import { NoteAndEvidence } from "./note-and-evidence";
import { SaveStatus } from "./save-status";
import type { Entry, SaveState } from "./use-autosave";

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
  /** What the team's newest repository scan shows for this question. */
  evidence?: QuestionEvidenceView;
  /** The answer claims more than high-confidence evidence allows. */
  flagged?: boolean;
  /** The answer was last confirmed this long ago, past the organisation's review cadence. */
  dueForReview?: string;
  onConfirm?: () => void;
}

/** One question: its save state, why it matters, the choices, the N/A reason when N/A is chosen, a note and an evidence link. */
export function QuestionCard({
  question,
  number,
  scored,
  entry,
  state,
  readOnly,
  onAnswer,
  onText,
  onRetry,
  evidence,
  flagged = false,
  dueForReview,
  onConfirm,
}: Props) {
  const answer = entry?.answer ?? null;
  return (
    <Card as="fieldset" id={question.id} className="scroll-mt-36 sm:p-5 lg:scroll-mt-4" disabled={readOnly}>
      <legend className="sr-only">{`${number} ${question.text}`}</legend>
      <p className="font-medium" aria-hidden="true">
        <span className="mr-2 text-slate-500">{number}</span>
        {question.text}
      </p>
      {/* The save state sits beside "Why this matters", so it needs no column of its own on any width. */}
      <div className="mt-1 flex items-start justify-between gap-2">
        <details className="min-w-0 flex-1 text-sm text-slate-700">
          <summary className="cursor-pointer py-1 text-brand-700">Why this matters</summary>
          <p className="mt-1">{question.help}</p>
        </details>
        <SaveStatus state={state} onRetry={onRetry} />
      </div>
      {dueForReview && answer && (
        <p className="mt-2 text-sm text-amber-900" data-testid={`due-${question.id}`}>
          Last confirmed {dueForReview}: is it still true?{" "}
          <Button variant="secondary" size="xs" onClick={onConfirm}>
            Still true
          </Button>
        </p>
      )}
      <AnswerOptions question={question} scored={scored} answer={answer} onAnswer={onAnswer} />
      {evidence && (
        <EvidencePanel
          evidence={evidence}
          selectedOptionId={answer?.kind === "option" ? answer.optionId : null}
          flagged={flagged}
          hasNote={Boolean(entry?.note?.trim())}
          onUse={(optionId) => onAnswer({ kind: "option", optionId })}
        />
      )}
      {answer?.kind === "not-applicable" && (
        <NaReasonFields answer={answer} revision={entry?.revision ?? 0} onAnswer={onAnswer} />
      )}
      <NoteAndEvidence questionId={question.id} entry={entry} onText={onText} open={flagged} />
    </Card>
  );
}
