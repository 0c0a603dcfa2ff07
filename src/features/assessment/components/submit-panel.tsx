"use client";

import { useEffect, useRef, useState } from "react";

interface Props {
  assessmentId: string;
  unanswered: { id: string; section: string; text: string }[];
  blocked: boolean;
  onSubmitted: (resultsUrl: string) => void;
}

/** Submit: first the unanswered questions (the user may still submit), then a confirmation. */
export function SubmitPanel({ assessmentId, unanswered, blocked, onSubmitted }: Props) {
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);

  // The "Review and submit" button disappears when pressed: keep keyboard focus in the review.
  useEffect(() => {
    if (reviewing) summary.current?.focus();
  }, [reviewing]);

  async function submit() {
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/assessments/${assessmentId}/submit`, { method: "POST" }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { ok: boolean; message?: string } | null;
    if (response?.ok && body?.ok) {
      onSubmitted(`/assessments/${assessmentId}/results`);
      return;
    }
    setBusy(false);
    setError(body?.message ?? "The assessment could not be submitted: no connection to the server. Try again.");
  }

  return (
    <section aria-labelledby="submit-heading" className="rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="submit-heading" className="text-xl font-semibold">
        Submit
      </h2>
      <p className="mt-1 text-slate-700">Submitting freezes the answers and computes your levels, risks and plan.</p>
      {!reviewing ? (
        <button type="button" onClick={() => setReviewing(true)} className="mt-4 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Review and submit
        </button>
      ) : (
        <div className="mt-4 space-y-3">
          {unanswered.length > 0 ? (
            <>
              <p ref={summary} tabIndex={-1} className="font-medium">
                {unanswered.length} question{unanswered.length === 1 ? " is" : "s are"} unanswered. Unanswered questions count as not in place.
              </p>
              <ul className="max-h-64 list-disc space-y-1 overflow-auto pl-6 text-sm">
                {unanswered.map((q) => (
                  <li key={q.id}>
                    <a href={`#${q.id}`} className="text-brand-700 underline">
                      {q.section}: {q.text}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p ref={summary} tabIndex={-1} className="font-medium">
              Every question is answered.
            </p>
          )}
          {blocked && <p className="text-amber-800">Some changes are not saved yet; they must be saved before you submit.</p>}
          <button type="button" onClick={() => void submit()} disabled={busy || blocked} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {busy ? "Submitting…" : "Submit now"}
          </button>
          {error && (
            <p role="alert" className="text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
