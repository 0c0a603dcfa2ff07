"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { StoredAnswer } from "@/server/repositories/assessments";
import type { AnswerPatchInput } from "../schemas";

/**
 * Autosave, one question at a time. Every change is sent at once (notes after a pause in
 * typing); a question shows "saving" until the server acknowledges it, "saved" after, and
 * "failed" with the reason when it was not stored. Failed changes are kept and sent again on
 * retry, when the browser comes back online or the tab regains focus. A tab that regains focus
 * also picks up newer answers saved from elsewhere.
 */

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string };
export type Entry = Pick<StoredAnswer, "answer" | "note" | "evidenceUrl" | "revision">;

type Patch = Omit<AnswerPatchInput, "questionId">;

export function useAutosave(assessmentId: string, initial: StoredAnswer[]) {
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(initial.map((a) => [a.questionId, { answer: a.answer, note: a.note, evidenceUrl: a.evidenceUrl, revision: a.revision }])),
  );
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const pending = useRef(new Map<string, Patch>());
  const inFlight = useRef(new Set<string>());

  const send = useCallback(
    async (questionId: string) => {
      // Nothing to send (a rejected change is not kept): leave the question's state as it is.
      if (inFlight.current.has(questionId) || !pending.current.has(questionId)) return;
      inFlight.current.add(questionId);
      let failure: string | null = null;
      // Changes made while a save is under way are sent right after it, in order.
      for (let patch = pending.current.get(questionId); patch && !failure; patch = pending.current.get(questionId)) {
        pending.current.delete(questionId);
        setStates((s) => ({ ...s, [questionId]: { kind: "saving" } }));
        let permanent = false;
        try {
          const response = await fetch(`/api/assessments/${assessmentId}/answers`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ questionId, ...patch }),
          });
          const body = (await response.json().catch(() => null)) as { ok: boolean; data?: StoredAnswer; message?: string } | null;
          if (response.ok && body?.ok && body.data) {
            const revision = body.data.revision;
            setEntries((e) => ({ ...e, [questionId]: { ...(e[questionId] as Entry), revision } }));
          } else {
            failure = body?.message ?? `The server answered ${response.status}.`;
            permanent = response.status >= 400 && response.status < 500;
          }
        } catch {
          failure = "No connection to the server.";
        }
        // Keep what failed (under anything typed since) so a retry sends it; a rejected input
        // (4xx) is not kept, since sending it again would fail again.
        if (failure && !permanent) pending.current.set(questionId, { ...patch, ...pending.current.get(questionId) });
      }
      inFlight.current.delete(questionId);
      const message = failure;
      setStates((s) => ({ ...s, [questionId]: message ? { kind: "failed", message } : { kind: "saved" } }));
    },
    [assessmentId],
  );

  const update = useCallback(
    (questionId: string, patch: Patch, options: { sendNow: boolean }) => {
      setEntries((e) => {
        const current = e[questionId] ?? { answer: null, note: null, evidenceUrl: null, revision: 0 };
        const next: Entry = { ...current };
        if (patch.answer !== undefined) next.answer = patch.answer ? ({ questionId, ...patch.answer } as Entry["answer"]) : null;
        if (patch.note !== undefined) next.note = patch.note;
        if (patch.evidenceUrl !== undefined) next.evidenceUrl = patch.evidenceUrl;
        return { ...e, [questionId]: next };
      });
      pending.current.set(questionId, { ...pending.current.get(questionId), ...patch });
      setStates((s) => ({ ...s, [questionId]: { kind: "idle" } }));
      if (options.sendNow) void send(questionId);
    },
    [send],
  );

  const flush = useCallback((questionId: string) => void send(questionId), [send]);
  const retryAll = useCallback(() => {
    for (const questionId of [...pending.current.keys()]) void send(questionId);
  }, [send]);

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/assessments/${assessmentId}/answers`).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { ok: boolean; data?: { answers: StoredAnswer[] } } | null;
    if (!body?.ok || !body.data) return;
    setEntries((e) => {
      const next = { ...e };
      for (const stored of body.data?.answers ?? []) {
        const mine = next[stored.questionId];
        const busy = pending.current.has(stored.questionId) || inFlight.current.has(stored.questionId);
        if (!busy && (!mine || stored.revision > mine.revision)) {
          next[stored.questionId] = { answer: stored.answer, note: stored.note, evidenceUrl: stored.evidenceUrl, revision: stored.revision };
        }
      }
      return next;
    });
  }, [assessmentId]);

  useEffect(() => {
    const onFocus = () => {
      retryAll();
      void refresh();
    };
    window.addEventListener("online", retryAll);
    window.addEventListener("focus", onFocus);
    return () => {
      window.removeEventListener("online", retryAll);
      window.removeEventListener("focus", onFocus);
    };
  }, [retryAll, refresh]);

  const unsaved = Object.values(states).filter((s) => s.kind !== "saved").length;
  const failed = Object.values(states).filter((s) => s.kind === "failed").length;
  return { entries, states, update, flush, retryAll, unsaved, failed };
}
