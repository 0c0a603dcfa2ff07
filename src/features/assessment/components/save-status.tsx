import { Button } from "@/components/ui/button";
import type { SaveState } from "./use-autosave";

/** The save state of one question, at the end of a row that has room for it, so the layout never shifts. */
export function SaveStatus({ state, onRetry }: { state: SaveState | undefined; onRetry: () => void }) {
  const kind = state?.kind ?? "idle";
  return (
    <span
      className="inline-flex min-h-7 flex-none items-center justify-end gap-2 text-sm"
      role="status"
      aria-live="polite"
    >
      {kind === "saving" && <span className="text-slate-600">Saving…</span>}
      {kind === "saved" && <span className="text-emerald-700">Saved</span>}
      {state?.kind === "failed" && (
        <>
          <span className="text-red-700" title={state.message}>
            Not saved<span className="sr-only">: {state.message}</span>
          </span>
          <Button variant="danger" size="xs" onClick={onRetry}>
            Retry
          </Button>
        </>
      )}
    </span>
  );
}
