"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/api-client";
import { paths } from "@/lib/paths";
import { useAction } from "@/lib/use-action";

/** Starts (or resumes) the team's draft and opens it; "retake" pre-fills it from the last submitted one. */
export function StartAssessmentButton({
  teamId,
  label,
  context,
  retake = false,
}: {
  teamId: string;
  label: string;
  context?: string;
  retake?: boolean;
}) {
  const router = useRouter();
  const { busy, error, run } = useAction();
  const start = () =>
    run(
      () =>
        callApi(paths.api.startAssessment(), {
          body: { teamId, retake },
          reply: () => import("../schemas").then((m) => m.startedReply),
        }),
      {
        keepBusy: true,
        onSuccess: ({ id }) => router.push(paths.assessment(id)),
        message: (failure) =>
          failure.status === 0
            ? "Could not start the assessment: no connection to the server."
            : failure.message,
      },
    );
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button size="sm" onClick={() => void start()} disabled={busy}>
        {busy ? "Opening…" : label}
        {context && <span className="sr-only"> {context}</span>}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
