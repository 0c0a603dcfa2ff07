"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { paths } from "@/lib/paths";
import { stepOf } from "../sections";

/**
 * The answering page's current step, kept in the URL (`?section=model`) so that a reload, a link
 * and the browser's Back and Forward show the same step. Moving to a step adds a history entry
 * without a server round trip (Next keeps `useSearchParams` in step with `history.pushState`);
 * the page stays mounted, so saves under way go on. After a move, focus goes to the step's heading
 * (`heading-<step>`), or to a question when one is named.
 */
export function useStep(assessmentId: string, sectionIds: readonly string[]) {
  const searchParams = useSearchParams();
  const step = stepOf(searchParams.get("section"), sectionIds);
  const target = useRef<string | null>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const question = target.current ? document.getElementById(target.current) : null;
    target.current = null;
    if (question) {
      question.scrollIntoView({ block: "start" });
      question.querySelector<HTMLElement>("input, select, textarea, button")?.focus({ preventScroll: true });
      return;
    }
    window.scrollTo({ top: 0 });
    document.getElementById(`heading-${step}`)?.focus({ preventScroll: true });
  }, [step]);

  const go = useCallback(
    (next: string, questionId?: string) => {
      target.current = questionId ?? null;
      window.history.pushState(null, "", paths.assessment(assessmentId, next, questionId));
    },
    [assessmentId],
  );

  return { step, go };
}
