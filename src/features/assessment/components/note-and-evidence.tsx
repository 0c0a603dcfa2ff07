import { useState } from "react";
import { Input, TextArea } from "@/components/ui/form";
import { evidenceUrlSchema, NOTE_MAX } from "@/domain/text";
import type { Entry } from "./use-autosave";

/**
 * A question's note (saved after a pause in typing and when left) and evidence link (checked and
 * saved when left; a link that is not http(s) is shown as an error and not sent).
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
            onBlur={(e) => {
              const value = e.target.value.trim();
              const check = value === "" ? null : evidenceUrlSchema.safeParse(value);
              if (check && !check.success) {
                setEvidenceError(check.error.issues[0]?.message ?? "Not a valid link");
                return;
              }
              setEvidenceError(null);
              if (value !== (entry?.evidenceUrl ?? "")) onText("evidenceUrl", value, true);
            }}
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
