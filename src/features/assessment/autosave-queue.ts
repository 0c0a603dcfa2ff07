import type { AnswerPatchInput, StoredAnswer } from "./schemas";

/**
 * The autosave's bookkeeping, without timers or I/O (the hook in components/use-autosave.ts does
 * those): per question, the changes not sent yet (coalesced, later fields over earlier ones) and
 * whether a save is under way. One save per question at a time, in order; changes made meanwhile
 * go in the next one. A failed save is kept, under anything typed since, to be sent on retry; a
 * refused one (4xx) is not, since sending it again would fail again.
 */

export type Patch = Omit<AnswerPatchInput, "questionId">;
export type Entry = Pick<StoredAnswer, "answer" | "note" | "evidenceUrl" | "revision">;
export type SaveState =
  { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string };

/** What the server said to one save. */
export type SaveOutcome =
  { kind: "saved"; revision: number } | { kind: "failed"; message: string; permanent: boolean };

/** After a save: send `next` now (changes waited behind it), or the question settles in `state`. */
export type AfterSave = { next: Patch } | { state: SaveState };

export class AutosaveQueue {
  private readonly pending = new Map<string, Patch>();
  private readonly sending = new Set<string>();

  /** A change to send; fields not sent yet are overwritten by newer values of the same field. */
  change(questionId: string, patch: Patch): void {
    this.pending.set(questionId, { ...this.pending.get(questionId), ...patch });
  }

  /** The patch to send now, marked as under way; null while one is under way or when nothing waits. */
  start(questionId: string): Patch | null {
    if (this.sending.has(questionId)) return null;
    return this.take(questionId);
  }

  /** The server's answer to `sent`: the next patch to send, or the state the question settles in. */
  finish(questionId: string, sent: Patch, outcome: SaveOutcome): AfterSave {
    if (outcome.kind === "saved") {
      const next = this.take(questionId);
      if (next) return { next };
      this.sending.delete(questionId);
      return { state: { kind: "saved" } };
    }
    if (!outcome.permanent) this.pending.set(questionId, { ...sent, ...this.pending.get(questionId) });
    this.sending.delete(questionId);
    return { state: { kind: "failed", message: outcome.message } };
  }

  /** A question with a change not yet stored: a newer answer from elsewhere must not overwrite it. */
  busy(questionId: string): boolean {
    return this.pending.has(questionId) || this.sending.has(questionId);
  }

  /** The questions with changes waiting (failed ones included), for "retry all". */
  waiting(): string[] {
    return [...this.pending.keys()];
  }

  private take(questionId: string): Patch | null {
    const patch = this.pending.get(questionId);
    if (!patch) return null;
    this.pending.delete(questionId);
    this.sending.add(questionId);
    return patch;
  }
}

/** A question's entry with a change applied (what the page shows at once, before the save). */
export function applyPatch(questionId: string, entry: Entry | undefined, patch: Patch): Entry {
  const next: Entry = { ...(entry ?? { answer: null, note: null, evidenceUrl: null, revision: 0 }) };
  if (patch.answer !== undefined) next.answer = patch.answer ? { questionId, ...patch.answer } : null;
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.evidenceUrl !== undefined) next.evidenceUrl = patch.evidenceUrl;
  return next;
}

/** The entries with the stored answers that are newer (by revision) than what the page holds, except where a change of this page waits. */
export function mergeNewer(
  entries: Record<string, Entry>,
  stored: StoredAnswer[],
  busy: (questionId: string) => boolean,
): Record<string, Entry> {
  const next = { ...entries };
  for (const answer of stored) {
    const mine = next[answer.questionId];
    if (!busy(answer.questionId) && (!mine || answer.revision > mine.revision)) {
      next[answer.questionId] = {
        answer: answer.answer,
        note: answer.note,
        evidenceUrl: answer.evidenceUrl,
        revision: answer.revision,
      };
    }
  }
  return next;
}
