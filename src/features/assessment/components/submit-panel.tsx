"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { callApi } from "@/lib/api-client";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

interface Props {
  assessmentId: string;
  unanswered: number;
  /** Why submitting must wait (changes not saved, answers that need a note), or null. */
  waitFor: string | null;
  onSubmitted: () => void;
}

/** Submit, in two steps: the button, then a confirmation that says plainly what submitting does. */
export function SubmitPanel({ assessmentId, unanswered, waitFor, onSubmitted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const question = useRef<HTMLParagraphElement>(null);

  // The "Submit assessment" button disappears when pressed: keep keyboard focus in the confirmation.
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const submit = () =>
    run(
      () =>
        callApi(paths.api.submit(assessmentId), {
          reply: () => import("../schemas").then((m) => m.submittedReply),
        }),
      {
        keepBusy: true,
        onSuccess: onSubmitted,
        message: (failure) =>
          failure.status === 0
            ? "The assessment could not be submitted: no connection to the server. Try again."
            : failure.message,
      },
    );

  return (
    <Card as="section" padding="lg" aria-labelledby="submit-heading" tone="strong">
      <h3 id="submit-heading" className="text-xl font-semibold">
        Submit
      </h3>
      <p className="mt-1 text-slate-700">
        Submitting freezes the answers: after it, they can no longer be changed. Your levels, risks and plan
        are stored as they are then; to change an answer later, retake the assessment.
      </p>
      {waitFor && <p className="mt-3 text-amber-800">{waitFor}</p>}
      {!confirming ? (
        <Button onClick={() => setConfirming(true)} className="mt-4" disabled={waitFor !== null}>
          Submit assessment
        </Button>
      ) : (
        <div
          className="mt-4 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4"
          data-testid="confirm-submit"
        >
          <p ref={question} tabIndex={-1} className="font-medium text-amber-950">
            Submit and freeze the answers now?
            {unanswered > 0 &&
              ` ${unanswered} question${unanswered === 1 ? " is" : "s are"} still unanswered and will count as not in place.`}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => void submit()} disabled={busy || waitFor !== null}>
              {busy ? "Submitting…" : "Submit now"}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Not yet
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-3 text-red-700">
          {error}
        </p>
      )}
    </Card>
  );
}
