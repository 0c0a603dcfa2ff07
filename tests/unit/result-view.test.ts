import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { answersFileSchema, type Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { buildResultView } from "@/features/results/view";
import { loadV1, loadV2 } from "../support/answers";

/** The one view of a stored result that the results page, the PDF and the plan CSV render. */

const v2 = loadV2();
const file = answersFileSchema.parse(
  JSON.parse(fs.readFileSync("questionnaires/examples/typical-team.answers.json", "utf8")),
);
const result = scoreAssessment(v2, { answers: file.answers, targets: file.targets ?? {} });
const stored = (answers: Answer[]) =>
  answers.map((answer) => ({ questionId: answer.questionId, answer, note: null, evidenceUrl: null }));
const view = (lens: string | null, answers = stored(file.answers)) =>
  buildResultView({ questionnaire: v2, result, answers, lens });

describe("the result view", () => {
  it("names every object with its level, score and the meaning of the level", () => {
    const shown = view(null);
    expect(shown.engine).toBe(2);
    expect(shown.objects.map((o) => [o.id, o.level, o.score])).toEqual(
      result.objects.map((o) => [o.object, o.level, o.score]),
    );
    for (const o of shown.objects) {
      const definition = v2.objects.find((d) => d.id === o.id);
      expect(o.title).toBe(definition?.title);
      expect(o.levelDefinition).toBe(definition?.levels.find((l) => l.level === o.level)?.descriptor);
      expect(o.ladder.filter((l) => l.state === "current").map((l) => l.level)).toEqual([o.level]);
    }
  });

  it.each([
    ["the lens asked for", "databricks", "databricks"],
    ["the questionnaire's default for an unknown lens", "no-such-lens", v2.defaultLens],
    ["the questionnaire's default without one", null, v2.defaultLens],
  ] as const)("shows the plan in %s", (_case, asked, shownLens) => {
    const shown = view(asked);
    expect(shown.lens.id).toBe(shownLens);
    expect(shown.plan.map((p) => p.rank)).toEqual(result.recommendations.map((r) => r.rank));
    for (const item of shown.plan) {
      const capability = v2.objects.flatMap((o) => o.capabilities).find((c) => c.id === item.capabilityId);
      expect(item.guidance?.tools).toEqual(capability?.lenses[shownLens]?.tools);
    }
  });

  it("puts every risk's causes in words: the question and the answer given", () => {
    const shown = view(null);
    expect(shown.risks.map((r) => r.id)).toEqual(result.risks.map((r) => r.id));
    for (const [i, risk] of shown.risks.entries()) {
      const source = result.risks[i];
      expect(risk.causes).toHaveLength(source?.causes.length ?? -1);
      for (const cause of risk.causes) {
        expect(v2.objects.flatMap((o) => o.questions).some((q) => q.text === cause.question)).toBe(true);
        expect(cause.answer).not.toMatch(/^[a-z0-9-]+$/);
      }
    }
  });

  it("labels answers: options by their label, N/A with its reason, don't know, and unanswered questions", () => {
    const [first, second] = v2.objects[0]?.questions ?? [];
    if (!first || !second) throw new Error("questions missing");
    const answers = stored([
      { questionId: first.id, kind: "dont-know" },
      {
        questionId: second.id,
        kind: "not-applicable",
        reason: "business-priorities",
        reasonText: "sunset in Q2",
      },
    ]);
    const shown = view(null, answers);
    const byId = new Map(shown.answerSections.flatMap((s) => s.answers).map((a) => [a.id, a.answer]));
    expect(byId.get(first.id)).toMatch(/don.t know/i);
    expect(byId.get(second.id)).toMatch(/business priorities/);
    expect(byId.get(second.id)).toContain("sunset in Q2");
    const unanswered = v2.objects[0]?.questions[2]?.id ?? "";
    expect(byId.get(unanswered)).toMatch(/not answered/i);
  });

  it("leaves engine 2's parts out of an engine-1 result", () => {
    const v1 = loadV1();
    const v1File = answersFileSchema.parse(
      JSON.parse(fs.readFileSync("questionnaires/examples/typical-team-v1.answers.json", "utf8")),
    );
    const v1Result = scoreAssessment(v1, { answers: v1File.answers });
    const shown = buildResultView({
      questionnaire: v1,
      result: v1Result,
      answers: stored(v1File.answers),
      lens: null,
    });
    expect(shown.engine).toBe(1);
    expect(shown.realTest).toBeNull();
    expect(shown.mlopsV0).toBeNull();
    expect(shown.objects.map((o) => o.level)).toEqual(v1Result.objects.map((o) => o.level));
  });
});
