"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Starts (or resumes) the team's draft and opens it; "retake" pre-fills it from the last submitted one. */
export function StartAssessmentButton({ teamId, label, context, retake = false }: { teamId: string; label: string; context?: string; retake?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    const response = await fetch("/api/assessments/start", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ teamId, retake }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { ok: boolean; data?: { id: string }; message?: string } | null;
    if (body?.ok && body.data) {
      router.push(`/assessments/${body.data.id}` as Route);
      return;
    }
    setBusy(false);
    setError(body?.message ?? "Could not start the assessment: no connection to the server.");
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button type="button" onClick={() => void start()} disabled={busy} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {busy ? "Opening…" : label}
        {context && <span className="sr-only"> {context}</span>}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
