"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { DraftEvidence } from "../schemas";

/**
 * The team's newest repository scan above the questions: when it was made, what it suggests, a
 * one-click fill of the unanswered questions with the suggestions (for review, never silently),
 * and the upload of a scan's JSON (`scan --json`) for teams that do not post from CI.
 */
export function EvidenceSummary({
  teamId,
  evidence,
  suggestedForUnanswered,
  flagged,
  onFill,
}: {
  teamId: string;
  evidence: Pick<DraftEvidence, "scannedAt" | "folders" | "complete"> | null;
  suggestedForUnanswered: number;
  flagged: number;
  onFill: () => void;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    setBusy(true);
    let findings: unknown;
    try {
      findings = JSON.parse(await file.text());
    } catch {
      setBusy(false);
      setMessage({
        ok: false,
        text: `${file.name} is not JSON: upload what the scanner writes with --json.`,
      });
      return;
    }
    const sent = await callApi(paths.api.teamEvidence(teamId), {
      body: { findings },
      reply: () => import("@/domain/evidence/findings").then((m) => m.evidenceReplySchema),
    });
    setBusy(false);
    setMessage(
      sent.ok
        ? {
            ok: true,
            text: `Scan received: ${sent.data.findings} findings, suggestions for ${sent.data.suggestions} questions.`,
          }
        : { ok: false, text: sent.message },
    );
    if (sent.ok) router.refresh();
  }

  return (
    <section
      aria-labelledby="evidence-heading"
      className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="evidence-summary"
    >
      <h2 id="evidence-heading" className="font-semibold">
        Evidence from your repositories
      </h2>
      {evidence ? (
        <div className="mt-1 space-y-2">
          <p>
            Scanned {formatDate(new Date(evidence.scannedAt))} ({evidence.folders.join(", ")})
            {evidence.complete ? "" : "; the scan stopped at a limit, so some files were not read"}. Each
            question shows what the scan found.
            {flagged > 0 &&
              ` ${flagged} answer${flagged === 1 ? " claims" : "s claim"} more than it shows: keep ${flagged === 1 ? "it" : "them"} if right, and say why in the note.`}
          </p>
          {suggestedForUnanswered > 0 && (
            <Button variant="secondary" size="sm" onClick={onFill}>
              Fill {suggestedForUnanswered} unanswered question{suggestedForUnanswered === 1 ? "" : "s"} with
              the suggestions
            </Button>
          )}
        </div>
      ) : (
        <p className="mt-1">
          No scan yet. Run the scanner where your code is (<code>node scanner.mjs . --json</code>, downloaded
          from{" "}
          <a className="text-brand-700 underline" href={paths.files.scanner()}>
            this app
          </a>
          ) and upload its output, or post it from CI with a token made on your settings page.
        </p>
      )}
      <label className="mt-3 block">
        <span className="text-slate-700">Upload a scan (JSON)</span>
        <input
          type="file"
          accept="application/json,.json"
          disabled={busy}
          className="mt-1 block text-sm"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            e.target.value = "";
          }}
        />
      </label>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "mt-2 text-emerald-800" : "mt-2 text-red-700"}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
