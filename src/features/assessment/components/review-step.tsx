"use client";

import { lazy, Suspense } from "react";
import { Card } from "@/components/ui/card";
import { REVIEW, type ShownSection } from "../sections";
import { StepLink } from "./step-link";
import type { Entry } from "./use-autosave";

/**
 * The preview and the submit panel are code of their own, fetched when the review step first shows
 * rather than with the answering page (which opens on a section). The heading stays here, so that
 * the focus lands on it at once when the step is reached.
 */
const ReviewOutcome = lazy(() => import("./review-outcome").then((m) => ({ default: m.ReviewOutcome })));

export interface QuestionRef {
  id: string;
  sectionId: string;
  section: string;
  text: string;
}

type Go = (step: string, questionId?: string) => void;

/**
 * The last step: per section what is unanswered, "don't know" and not applicable (each a link to
 * the question), the answers that need a note, the levels the saved answers give now, then submit.
 */
export function ReviewStep({
  assessmentId,
  sections,
  stored,
  entries,
  unexplained,
  waitFor,
  previewVersion,
  settled,
  onGo,
  onSubmitted,
}: {
  assessmentId: string;
  sections: ShownSection[];
  /** Per question, whether the server holds an answer. */
  stored: Record<string, boolean>;
  entries: Record<string, Entry>;
  /** Answers that claim more than the repositories show, without a note saying why. */
  unexplained: QuestionRef[];
  waitFor: string | null;
  previewVersion: string;
  settled: boolean;
  onGo: Go;
  onSubmitted: () => void;
}) {
  const unanswered = sections.reduce((n, s) => n + s.questions.filter((q) => !stored[q.id]).length, 0);
  return (
    <section aria-labelledby={`heading-${REVIEW}`} className="space-y-6">
      <div>
        <h2 id={`heading-${REVIEW}`} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
          Review and submit
        </h2>
        <p className="max-w-2xl text-slate-700">
          Check what is left open before you submit. Every link leads to the question in its section.
        </p>
      </div>
      <ul className="grid gap-3 md:grid-cols-2" aria-label="Sections to review">
        {sections.map((s) => {
          const open = s.questions.filter((q) => !stored[q.id]);
          const kindOf = (id: string) => entries[id]?.answer?.kind;
          const dontKnow = s.questions.filter((q) => stored[q.id] && kindOf(q.id) === "dont-know");
          const notApplicable = s.questions.filter((q) => stored[q.id] && kindOf(q.id) === "not-applicable");
          const refs = (list: typeof s.questions) =>
            list.map((q) => ({ id: q.id, sectionId: s.id, section: s.title, text: q.text }));
          return (
            <Card as="li" key={s.id} data-testid={`review-${s.id}`}>
              <h3 className="flex items-baseline justify-between gap-2 font-semibold">
                <StepLink assessmentId={assessmentId} step={s.id} onGo={onGo}>
                  {s.title}
                </StepLink>
                <span className="text-sm font-normal text-slate-600">
                  {s.questions.length - open.length} of {s.questions.length} answered
                </span>
              </h3>
              {open.length + dontKnow.length + notApplicable.length === 0 ? (
                <p className="mt-1 text-sm text-emerald-800">
                  Every question answered{s.scored ? ", none with “don’t know” or not applicable" : ""}.
                </p>
              ) : (
                <div className="mt-1 space-y-1 text-sm">
                  <QuestionGroup
                    title="Unanswered"
                    questions={refs(open)}
                    assessmentId={assessmentId}
                    onGo={onGo}
                  />
                  <QuestionGroup
                    title="Don’t know"
                    questions={refs(dontKnow)}
                    assessmentId={assessmentId}
                    onGo={onGo}
                  />
                  <QuestionGroup
                    title="Not applicable"
                    questions={refs(notApplicable)}
                    assessmentId={assessmentId}
                    onGo={onGo}
                  />
                </div>
              )}
            </Card>
          );
        })}
      </ul>
      {unexplained.length > 0 && (
        <div
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="unexplained"
        >
          <p className="font-medium">
            {unexplained.length === 1 ? "One answer claims" : `${unexplained.length} answers claim`} more than
            your repositories show. Say why in {unexplained.length === 1 ? "its" : "their"} note before
            submitting:
          </p>
          <QuestionList questions={unexplained} assessmentId={assessmentId} onGo={onGo} />
        </div>
      )}
      <Suspense>
        <ReviewOutcome
          assessmentId={assessmentId}
          previewVersion={previewVersion}
          settled={settled}
          unanswered={unanswered}
          waitFor={
            waitFor ?? (unexplained.length > 0 ? "Add the notes listed above before you submit." : null)
          }
          onSubmitted={onSubmitted}
        />
      </Suspense>
    </section>
  );
}

/** One kind of open question in a section, folded away when the list is long. */
function QuestionGroup({
  title,
  questions,
  assessmentId,
  onGo,
}: {
  title: string;
  questions: QuestionRef[];
  assessmentId: string;
  onGo: Go;
}) {
  if (questions.length === 0) return null;
  return (
    <details open={questions.length <= 5}>
      <summary className="cursor-pointer font-medium">
        {title} ({questions.length})
      </summary>
      <QuestionList questions={questions} assessmentId={assessmentId} onGo={onGo} />
    </details>
  );
}

function QuestionList({
  questions,
  assessmentId,
  onGo,
}: {
  questions: QuestionRef[];
  assessmentId: string;
  onGo: Go;
}) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-6">
      {questions.map((q) => (
        <li key={q.id}>
          <StepLink assessmentId={assessmentId} step={q.sectionId} questionId={q.id} onGo={onGo}>
            {q.section}: {q.text}
          </StepLink>
        </li>
      ))}
    </ul>
  );
}
