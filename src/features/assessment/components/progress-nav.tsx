"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

export interface StepProgress {
  id: string;
  title: string;
  /** Questions the server holds an answer for; null for the review, which has none. */
  answered: number | null;
  total: number;
  href: string;
}

/**
 * The steps with their progress and the save state, always in sight: a bar stuck to the top of
 * the screen on a phone, a column beside the questions on a wide screen. Counts are of answers
 * the server has acknowledged.
 */
export function ProgressNav({
  steps,
  current,
  answered,
  total,
  unsaved,
  failed,
  onGo,
  onRetryAll,
}: {
  steps: StepProgress[];
  current: string;
  answered: number;
  total: number;
  unsaved: number;
  failed: number;
  onGo: (step: string) => void;
  onRetryAll: () => void;
}) {
  return (
    <nav
      aria-label="Sections"
      className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white px-4 py-2 lg:top-4 lg:mx-0 lg:self-start lg:rounded-lg lg:border lg:p-4"
    >
      <div className="flex items-center justify-between gap-3 lg:block">
        <p className="text-sm font-medium">
          {answered} of {total} answered
        </p>
        <p className="text-right text-sm lg:mt-1 lg:min-h-10 lg:text-left" role="status" aria-live="polite">
          {failed > 0 ? (
            <span className="text-red-700">
              {failed} change{failed === 1 ? "" : "s"} not saved.{" "}
              <Button variant="inlineLink" onClick={onRetryAll}>
                Retry all
              </Button>
            </span>
          ) : unsaved > 0 ? (
            <span className="text-slate-600">Saving…</span>
          ) : (
            <span className="text-emerald-700">All changes saved</span>
          )}
        </p>
      </div>
      <progress
        className="mt-1 block h-2 w-full accent-brand-600"
        max={Math.max(total, 1)}
        value={answered}
        aria-label="Questions answered"
      />
      <ol className="mt-2 grid grid-cols-5 gap-1 text-xs lg:grid-cols-1 lg:gap-0.5 lg:text-sm">
        {steps.map((s) => {
          const here = s.id === current;
          return (
            <li key={s.id}>
              <a
                href={s.href}
                aria-current={here ? "step" : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  onGo(s.id);
                }}
                className={cn(
                  "flex h-full flex-col items-center rounded px-1 py-1 text-center hover:bg-slate-50 lg:flex-row lg:justify-between lg:py-1 lg:text-left",
                  here ? "bg-brand-50 font-semibold text-brand-900" : "text-brand-700",
                )}
              >
                <span className="leading-tight">{s.title}</span>
                {s.answered !== null && (
                  <span className="text-slate-600 tabular-nums" data-testid={`progress-${s.id}`}>
                    {s.answered}/{s.total}
                    <span className="sr-only"> answered</span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
