"use client";

import type { ReactNode } from "react";
import { Anchor } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";

/**
 * A link to a step of the answering page, or to a question in it: a real URL (it opens in a new
 * tab too), followed in place without reloading the page so that saves under way go on.
 */
export function StepLink({
  assessmentId,
  step,
  questionId,
  onGo,
  className,
  children,
}: {
  assessmentId: string;
  step: string;
  questionId?: string;
  onGo: (step: string, questionId?: string) => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Anchor
      href={paths.assessment(assessmentId, step, questionId)}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        onGo(step, questionId);
      }}
    >
      {children}
    </Anchor>
  );
}
