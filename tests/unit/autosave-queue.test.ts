import { describe, expect, it } from "vitest";
import {
  AutosaveQueue,
  applyPatch,
  mergeNewer,
  type AfterSave,
  type Patch,
  type SaveOutcome,
} from "@/features/assessment/autosave-queue";
import type { StoredAnswer } from "@/features/assessment/schemas";

/**
 * The autosave's rules, one scenario per row: steps on one question ("change" a patch, "start" a
 * save, "finish" it with the server's outcome) and what the queue says at each step.
 */

const Q = "q1";
const option = (optionId: string): Patch => ({ answer: { kind: "option", optionId } });
const saved: SaveOutcome = { kind: "saved", revision: 2 };
const offline: SaveOutcome = { kind: "failed", message: "No connection to the server.", permanent: false };
const refused: SaveOutcome = { kind: "failed", message: "Invalid input.", permanent: true };

type Step = { change: Patch } | { start: Patch | null } | { finish: SaveOutcome; expect: AfterSave };

const scenarios: [rule: string, steps: Step[], waitingAfter: string[]][] = [
  [
    "a change is sent whole, then the question is saved",
    [
      { change: option("a") },
      { start: option("a") },
      { finish: saved, expect: { state: { kind: "saved" } } },
    ],
    [],
  ],
  [
    "changes before the save starts are coalesced, the newer value of a field winning",
    [
      { change: option("a") },
      { change: { note: "n" } },
      { change: option("b") },
      { start: { ...option("b"), note: "n" } },
      { finish: saved, expect: { state: { kind: "saved" } } },
    ],
    [],
  ],
  ["nothing waiting: no save starts", [{ start: null }], []],
  [
    "one save per question at a time: a change made during a save is sent right after it, in order",
    [
      { change: option("a") },
      { start: option("a") },
      { change: option("b") },
      { start: null },
      { finish: saved, expect: { next: option("b") } },
      { finish: saved, expect: { state: { kind: "saved" } } },
    ],
    [],
  ],
  [
    "a save that failed on the way is kept for a retry",
    [
      { change: option("a") },
      { start: option("a") },
      { finish: offline, expect: { state: { kind: "failed", message: "No connection to the server." } } },
      { start: option("a") },
      { finish: saved, expect: { state: { kind: "saved" } } },
    ],
    [],
  ],
  [
    "what was typed during a failed save stays on top of what failed",
    [
      { change: { ...option("a"), note: "old" } },
      { start: { ...option("a"), note: "old" } },
      { change: { note: "new" } },
      { finish: offline, expect: { state: { kind: "failed", message: "No connection to the server." } } },
      { start: { ...option("a"), note: "new" } },
    ],
    [],
  ],
  [
    "a refused save (4xx) is not kept: sending it again would fail again",
    [
      { change: option("x") },
      { start: option("x") },
      { finish: refused, expect: { state: { kind: "failed", message: "Invalid input." } } },
      { start: null },
    ],
    [],
  ],
  [
    "a change made during a refused save still waits for a retry",
    [
      { change: option("x") },
      { start: option("x") },
      { change: option("b") },
      { finish: refused, expect: { state: { kind: "failed", message: "Invalid input." } } },
    ],
    [Q],
  ],
  ["a change not sent yet (a note being typed) waits", [{ change: { note: "typing" } }], [Q]],
];

describe("the autosave queue", () => {
  it.each(scenarios)("%s", (_rule, steps, waitingAfter) => {
    const queue = new AutosaveQueue();
    let inFlight: Patch | null = null;
    for (const step of steps) {
      if ("change" in step) queue.change(Q, step.change);
      else if ("start" in step) {
        const started = queue.start(Q);
        expect(started).toEqual(step.start);
        inFlight = started ?? inFlight;
      } else {
        if (!inFlight) throw new Error("finish without a save under way");
        const after = queue.finish(Q, inFlight, step.finish);
        expect(after).toEqual(step.expect);
        inFlight = "next" in after ? after.next : null;
      }
    }
    expect(queue.waiting()).toEqual(waitingAfter);
  });

  it("a question is busy while a change waits or a save is under way, and not after it is saved", () => {
    const queue = new AutosaveQueue();
    expect(queue.busy(Q)).toBe(false);
    queue.change(Q, option("a"));
    expect(queue.busy(Q)).toBe(true);
    const sent = queue.start(Q);
    expect(queue.busy(Q)).toBe(true);
    queue.finish(Q, sent ?? {}, saved);
    expect(queue.busy(Q)).toBe(false);
  });

  it("questions are independent: a save under way on one does not hold another back", () => {
    const queue = new AutosaveQueue();
    queue.change("q1", option("a"));
    queue.change("q2", option("b"));
    expect(queue.start("q1")).toEqual(option("a"));
    expect(queue.start("q2")).toEqual(option("b"));
  });
});

describe("what the page shows", () => {
  it.each([
    [
      "an answer",
      undefined,
      option("a"),
      {
        answer: { questionId: Q, kind: "option", optionId: "a" },
        note: null,
        evidenceUrl: null,
        revision: 0,
      },
    ],
    [
      "a cleared answer",
      { answer: { questionId: Q, kind: "dont-know" as const }, note: "n", evidenceUrl: null, revision: 3 },
      { answer: null },
      { answer: null, note: "n", evidenceUrl: null, revision: 3 },
    ],
    [
      "a note, the answer kept",
      { answer: { questionId: Q, kind: "dont-know" as const }, note: null, evidenceUrl: null, revision: 1 },
      { note: "why" },
      { answer: { questionId: Q, kind: "dont-know" }, note: "why", evidenceUrl: null, revision: 1 },
    ],
  ])("a change applies at once: %s", (_what, entry, patch, expected) => {
    expect(applyPatch(Q, entry, patch)).toEqual(expected);
  });

  const stored = (questionId: string, revision: number, optionId: string): StoredAnswer => ({
    questionId,
    answer: { questionId, kind: "option", optionId },
    note: null,
    evidenceUrl: null,
    revision,
    updatedAt: "2026-01-01T00:00:00.000Z",
    confirmedAt: null,
  });
  const mine = {
    answer: { questionId: Q, kind: "option" as const, optionId: "mine" },
    note: null,
    evidenceUrl: null,
    revision: 2,
  };

  it.each([
    ["a newer answer from another tab replaces this page's", 3, false, "theirs"],
    ["an older or equal one does not", 2, false, "mine"],
    ["a newer one does not while a change of this page waits", 5, true, "mine"],
  ])("%s", (_rule, revision, busy, shown) => {
    const merged = mergeNewer({ [Q]: mine }, [stored(Q, revision, "theirs")], () => busy);
    expect(merged[Q]?.answer).toMatchObject({ optionId: shown });
  });

  it("an answer this page has not seen is added", () => {
    expect(mergeNewer({}, [stored("q9", 1, "x")], () => false).q9?.revision).toBe(1);
  });
});
