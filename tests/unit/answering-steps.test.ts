import { describe, expect, it } from "vitest";
import { formSections, REVIEW, shownSections, stepOf, stepsOf } from "@/features/assessment/sections";
import { loadV1, loadV2 } from "../support/answers";

/** The answering page's steps: their order, which one a `?section=` names, and the questions a context skips. */

const v2 = loadV2();

describe("answering steps", () => {
  it("puts the team's context first in the current format (it decides which questions apply), last in the first", () => {
    expect(stepsOf(formSections(v2).map((s) => s.id))).toEqual(["context", "data", "model", "code", REVIEW]);
    expect(formSections(loadV1()).map((s) => s.id)).toEqual(["data", "model", "code", "context"]);
  });

  it("leaves out the context questions the team's settings answer", () => {
    const context = formSections(v2)[0];
    expect(context?.questions.some((q) => "fromTeam" in q && q.fromTeam)).toBe(false);
  });

  it.each([
    [null, "context"],
    ["model", "model"],
    [REVIEW, REVIEW],
    ["nonsense", "context"],
    ["", "context"],
  ])("?section=%s shows the step %s", (value, step) => {
    expect(stepOf(value, ["context", "data", "model", "code"])).toBe(step);
  });

  it("skips the production questions for a team with no model in production, and shows them otherwise", () => {
    const sections = formSections(v2);
    const answerOf = (optionId: string) => (questionId: string) =>
      questionId === "models-in-production" ? { questionId, kind: "option" as const, optionId } : null;
    const none = shownSections(sections, answerOf("none"));
    const few = shownSections(sections, answerOf("few"));
    const model = (s: typeof none) => s.find((x) => x.id === "model");
    expect(model(none)?.skipped.length).toBeGreaterThan(0);
    expect(model(few)?.skipped).toEqual([]);
    expect((model(none)?.questions.length ?? 0) + (model(none)?.skipped.length ?? 0)).toBe(
      model(few)?.questions.length,
    );
  });
});
