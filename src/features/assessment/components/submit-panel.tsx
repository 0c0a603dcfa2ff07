"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Anchor } from "@/components/ui/text-link";
import { callApi } from "@/lib/api-client";
import { cn } from "@/lib/cn";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";
import { submittedReply } from "../schemas";

interface Props {
  assessmentId: string;
  unanswered: { id: string; section: string; text: string }[];
  /** Answers that claim more than the repositories show, without a note saying why. */
  unexplained: { id: string; section: string; text: string }[];
  blocked: boolean;
  onSubmitted: () => void;
}

/** Submit: first the unanswered questions (the user may still submit), then a confirmation. */
export function SubmitPanel({ assessmentId, unanswered, unexplained, blocked, onSubmitted }: Props) {
  const [reviewing, setReviewing] = useState(false);
  const { busy, error, run } = useAction();
  const summary = useRef<HTMLParagraphElement>(null);

  // The "Review and submit" button disappears when pressed: keep keyboard focus in the review.
  useEffect(() => {
    if (reviewing) summary.current?.focus();
  }, [reviewing]);

  const submit = () =>
    run(() => callApi(paths.api.submit(assessmentId), { reply: submittedReply }), {
      keepBusy: true,
      onSuccess: onSubmitted,
      message: (failure) =>
        failure.status === 0
          ? "The assessment could not be submitted: no connection to the server. Try again."
          : failure.message,
    });

  return (
    <Card as="section" padding="lg" aria-labelledby="submit-heading" className="border-slate-300">
      <h2 id="submit-heading" className="text-xl font-semibold">
        Submit
      </h2>
      <p className="mt-1 text-slate-700">
        Submitting freezes the answers and computes your levels, risks and plan.
      </p>
      {!reviewing ? (
        <Button onClick={() => setReviewing(true)} className="mt-4">
          Review and submit
        </Button>
      ) : (
        <div className="mt-4 space-y-3">
          {unanswered.length > 0 ? (
            <>
              <p ref={summary} tabIndex={-1} className="font-medium">
                {unanswered.length} question{unanswered.length === 1 ? " is" : "s are"} unanswered. Unanswered
                questions count as not in place.
              </p>
              <QuestionLinks questions={unanswered} className="max-h-64 overflow-auto text-sm" />
            </>
          ) : (
            <p ref={summary} tabIndex={-1} className="font-medium">
              Every question is answered.
            </p>
          )}
          {unexplained.length > 0 && (
            <div
              className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
              data-testid="unexplained"
            >
              <p className="font-medium">
                {unexplained.length === 1 ? "One answer claims" : `${unexplained.length} answers claim`} more
                than your repositories show. Say why in {unexplained.length === 1 ? "its" : "their"} note
                before submitting:
              </p>
              <QuestionLinks questions={unexplained} className="mt-1" />
            </div>
          )}
          {blocked && (
            <p className="text-amber-800">
              Some changes are not saved yet; they must be saved before you submit.
            </p>
          )}
          <Button onClick={() => void submit()} disabled={busy || blocked || unexplained.length > 0}>
            {busy ? "Submitting…" : "Submit now"}
          </Button>
          {error && (
            <p role="alert" className="text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}

/** Links to questions on the page, each named by its section and text. */
function QuestionLinks({ questions, className }: { questions: Props["unanswered"]; className?: string }) {
  return (
    <ul className={cn("list-disc space-y-1 pl-6", className)}>
      {questions.map((q) => (
        <li key={q.id}>
          <Anchor href={`#${q.id}`}>
            {q.section}: {q.text}
          </Anchor>
        </li>
      ))}
    </ul>
  );
}
