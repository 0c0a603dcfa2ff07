"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { callApi } from "@/lib/api-client";
import { paths } from "@/lib/paths";
import {
  AutosaveQueue,
  applyPatch,
  mergeNewer,
  type Entry,
  type Patch,
  type SaveOutcome,
  type SaveState,
} from "../autosave-queue";
import type { StoredAnswer } from "../schemas";

export type { Entry, SaveState };

/**
 * Autosave, one question at a time: the React side of AutosaveQueue (which decides what to send
 * and when a question is saved or failed). Every change is sent at once (notes after a pause in
 * typing); a question shows "saving" until the server acknowledges it, "saved" after, and "failed"
 * with the reason when it was not stored. Failed changes are sent again on retry, when the browser
 * comes back online or the tab regains focus. A tab that regains focus also picks up newer
 * answers saved from elsewhere.
 */
export function useAutosave(assessmentId: string, initial: StoredAnswer[]) {
  const [entries, setEntries] = useState<Record<string, Entry>>(() => mergeNewer({}, initial, () => false));
  const [states, setStates] = useState<Record<string, SaveState>>({});
  // Per question, whether the server holds an answer (what the page shows may still be on its way).
  const [stored, setStored] = useState<Record<string, boolean>>(() => storedAnswered(initial));
  // Counts acknowledged saves, so that what depends on the stored answers knows when to look again.
  const [savedCount, setSavedCount] = useState(0);
  const queue = useRef(new AutosaveQueue());
  const setState = (questionId: string, state: SaveState) =>
    setStates((s) => ({ ...s, [questionId]: state }));

  const save = useCallback(
    async (questionId: string, patch: Patch): Promise<SaveOutcome> => {
      const result = await callApi(paths.api.answers(assessmentId), {
        body: { questionId, ...patch },
        reply: () => import("../schemas").then((m) => m.storedAnswerSchema),
      });
      if (result.ok) return { kind: "saved", revision: result.data.revision };
      const message = result.status === 0 ? "No connection to the server." : result.message;
      return { kind: "failed", message, permanent: result.status >= 400 && result.status < 500 };
    },
    [assessmentId],
  );

  const send = useCallback(
    async (questionId: string) => {
      // Nothing to send (or a save under way, which sends what follows): the state stays as it is.
      for (let patch = queue.current.start(questionId); patch;) {
        setState(questionId, { kind: "saving" });
        const outcome = await save(questionId, patch);
        if (outcome.kind === "saved") {
          setEntries((e) => ({
            ...e,
            [questionId]: { ...applyPatch(questionId, e[questionId], {}), revision: outcome.revision },
          }));
          const sent = patch.answer;
          if (sent !== undefined) setStored((s) => ({ ...s, [questionId]: sent !== null }));
          setSavedCount((n) => n + 1);
        }
        const after = queue.current.finish(questionId, patch, outcome);
        if ("state" in after) setState(questionId, after.state);
        patch = "next" in after ? after.next : null;
      }
    },
    [save],
  );

  const update = useCallback(
    (questionId: string, patch: Patch, options: { sendNow: boolean }) => {
      setEntries((e) => ({ ...e, [questionId]: applyPatch(questionId, e[questionId], patch) }));
      queue.current.change(questionId, patch);
      setState(questionId, { kind: "idle" });
      if (options.sendNow) void send(questionId);
    },
    [send],
  );

  const flush = useCallback((questionId: string) => void send(questionId), [send]);
  const retryAll = useCallback(() => {
    for (const questionId of queue.current.waiting()) void send(questionId);
  }, [send]);

  const refresh = useCallback(async () => {
    const result = await callApi(paths.api.answers(assessmentId), {
      method: "GET",
      reply: () => import("../schemas").then((m) => m.storedAnswersReply),
    });
    if (!result.ok) return;
    const busy = (id: string) => queue.current.busy(id);
    setEntries((e) => mergeNewer(e, result.data.answers, busy));
    setStored((s) => ({ ...s, ...storedAnswered(result.data.answers.filter((a) => !busy(a.questionId))) }));
    setSavedCount((n) => n + 1);
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
  return { entries, states, stored, savedCount, update, flush, retryAll, unsaved, failed };
}

function storedAnswered(answers: readonly StoredAnswer[]): Record<string, boolean> {
  return Object.fromEntries(answers.map((a) => [a.questionId, a.answer !== null]));
}
