import { useState } from "react";
import { Input, TextArea } from "@/components/ui/form";
import { NOTE_MAX } from "@/domain/text-limits";
import type { Entry } from "./use-autosave";

const loadCheck = () => import("@/domain/text").then((m) => m.evidenceUrlSchema);

/**
 * A question's note (saved after a pause in typing and when left) and evidence link (checked and
 * saved when left; a link that is not http(s) is shown as an error and not sent). The link's check
 * is the server's (domain/text.ts), loaded when the field is first focused.
 */
export function NoteAndEvidence({
  questionId,
  entry,
  onText,
  open = false,
}: {
  questionId: string;
  entry: Entry | undefined;
  onText: (field: "note" | "evidenceUrl", value: string, final: boolean) => void;
  /** Open whatever is stored (a note the answer needs, for instance). */
  open?: boolean;
}) {
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const errorId = `q-${questionId}-evidence-error`;

  async function checkAndSave(value: string) {
    // Without its check (the connection dropped), the link goes to the server, which checks it alike.
    const schema = value === "" ? null : await loadCheck().catch(() => null);
    const check = schema?.safeParse(value);
    if (check && !check.success) {
      setEvidenceError(check.error.issues[0]?.message ?? "Not a valid link");
      return;
    }
    setEvidenceError(null);
    if (value !== (entry?.evidenceUrl ?? "")) onText("evidenceUrl", value, true);
  }
  return (
    <details className="mt-3 text-sm" open={open || Boolean(entry?.note || entry?.evidenceUrl)}>
      <summary className="cursor-pointer text-brand-700">Note and evidence</summary>
      <div className="mt-2 grid gap-3">
        <label>
          <span className="block text-slate-700">Note</span>
          <TextArea
            value={entry?.note ?? ""}
            maxLength={NOTE_MAX}
            rows={2}
            onChange={(e) => onText("note", e.target.value, false)}
            onBlur={(e) => onText("note", e.target.value, true)}
          />
        </label>
        <label>
          <span className="block text-slate-700">Evidence link</span>
          <Input
            key={`evidence-${entry?.revision ?? 0}`}
            size="inline"
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={entry?.evidenceUrl ?? ""}
            aria-invalid={evidenceError !== null}
            aria-describedby={evidenceError ? errorId : undefined}
            onFocus={() => void loadCheck().catch(() => undefined)}
            onBlur={(e) => void checkAndSave(e.target.value.trim())}
          />
          {evidenceError && (
            <span id={errorId} className="mt-1 block text-red-700">
              {evidenceError}
            </span>
          )}
        </label>
      </div>
    </details>
  );
}
