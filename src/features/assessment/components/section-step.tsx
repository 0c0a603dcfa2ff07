"use client";

import type { QuestionEvidenceView } from "@/domain/evidence/explain";
import type { AnyContextQuestion, AnyQuestion, Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { ObjectId } from "@/domain/questionnaire/schema";
import type { Targets } from "@/domain/scoring/answers";
import { Select } from "@/components/ui/select";
import type { AnswerValue } from "../schemas";
import type { ShownSection } from "../sections";
import { QuestionCard } from "./question-card";
import type { Entry, SaveState } from "./use-autosave";

type AnyQ = AnyQuestion | AnyContextQuestion;

/** One section on its own screen: its heading (focused on arrival), the target level of an object, its questions and those its context skips. */
export function SectionStep({
  section,
  index,
  questionnaire,
  targets,
  targetError,
  onTarget,
  entries,
  states,
  onAnswer,
  onText,
  onRetry,
  evidenceOf,
  isFlagged,
  dueForReview,
  onConfirm,
}: {
  section: ShownSection;
  /** The section's position, for the questions' numbers (2.1, 2.2 …). */
  index: number;
  questionnaire: Questionnaire;
  targets: Targets;
  targetError: string | null;
  onTarget: (object: ObjectId, value: string) => void;
  entries: Record<string, Entry>;
  states: Record<string, SaveState>;
  onAnswer: (questionId: string, value: AnswerValue | null) => void;
  onText: (questionId: string, field: "note" | "evidenceUrl", value: string, final: boolean) => void;
  onRetry: (questionId: string) => void;
  evidenceOf: (questionId: string) => QuestionEvidenceView | undefined;
  isFlagged: (question: AnyQ) => boolean;
  dueForReview: (questionId: string) => string | undefined;
  onConfirm: (questionId: string) => void;
}) {
  const levels = questionnaire.objects.find((o) => o.id === section.id)?.levels ?? [];
  const object = section.id as ObjectId;
  return (
    <section aria-labelledby={`heading-${section.id}`} className="space-y-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2
            id={`heading-${section.id}`}
            tabIndex={-1}
            className="text-2xl font-semibold focus:outline-none"
          >
            {section.title}
          </h2>
          <p className="max-w-2xl text-slate-700">{section.summary}</p>
        </div>
        {section.scored && (
          <label className="text-sm">
            <span className="block text-slate-700">Target level for {section.title}</span>
            <Select
              size="inline"
              value={targets[object] ?? ""}
              onChange={(e) => onTarget(object, e.target.value)}
              aria-describedby={`target-meaning-${section.id}`}
            >
              <option value="">No target</option>
              {levels
                .filter((l) => l.level > 0)
                .map((l) => (
                  <option key={l.level} value={l.level}>
                    L{l.level} · {l.title}
                  </option>
                ))}
            </Select>
            <span id={`target-meaning-${section.id}`} className="mt-1 block max-w-xs text-xs text-slate-600">
              {levels.find((l) => l.level === targets[object])?.descriptor ??
                "The level you aim for next; the plan marks what it takes."}
            </span>
          </label>
        )}
      </div>
      {section.scored && targetError && <p className="text-sm text-red-700">{targetError}</p>}
      {section.questions.map((question, q) => (
        <QuestionCard
          key={question.id}
          question={question}
          number={`${index + 1}.${q + 1}`}
          scored={section.scored}
          entry={entries[question.id]}
          state={states[question.id]}
          readOnly={false}
          onAnswer={(value) => onAnswer(question.id, value)}
          onText={(field, value, final) => onText(question.id, field, value, final)}
          onRetry={() => onRetry(question.id)}
          evidence={section.scored ? evidenceOf(question.id) : undefined}
          flagged={section.scored && isFlagged(question)}
          dueForReview={dueForReview(question.id)}
          onConfirm={() => onConfirm(question.id)}
        />
      ))}
      {section.skipped.length > 0 && (
        <details className="text-sm text-slate-700" data-testid={`skipped-${section.id}`}>
          <summary className="cursor-pointer">
            {section.skipped.length} question{section.skipped.length === 1 ? "" : "s"} skipped:{" "}
            {section.skipped.length === 1 ? "it does" : "they do"} not apply to your context
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {section.skipped.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
