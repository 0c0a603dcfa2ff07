"use client";

import { Card } from "@/components/ui/card";
import { LevelPreview } from "./level-preview";
import { SubmitPanel } from "./submit-panel";

/** The end of the review: the levels the saved answers give now, then submit. */
export function ReviewOutcome({
  assessmentId,
  previewVersion,
  settled,
  unanswered,
  waitFor,
  onSubmitted,
}: {
  assessmentId: string;
  previewVersion: string;
  settled: boolean;
  unanswered: number;
  waitFor: string | null;
  onSubmitted: () => void;
}) {
  return (
    <>
      <Card padding="lg">
        <LevelPreview assessmentId={assessmentId} version={previewVersion} settled={settled} />
      </Card>
      <SubmitPanel
        assessmentId={assessmentId}
        unanswered={unanswered}
        waitFor={waitFor}
        onSubmitted={onSubmitted}
      />
    </>
  );
}
