import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadQuestionnaireFolder } from "@/server/questionnaires/files";

/** A questionnaire is data: a different file, with its own pass mark and questions, needs no code. */
describe("a small fixture questionnaire on the same engine", () => {
  const q = loadQuestionnaireFolder("tests/fixtures/questionnaires/tiny/v1", "tests/fixtures/questionnaires");
  const option = (questionId: string, optionId: string) => ({
    questionId,
    kind: "option" as const,
    optionId,
  });

  it("uses its own pass mark: 'some tests' (value 1) meets it there", () => {
    const result = scoreAssessment(q, {
      answers: [option("q-git", "yes"), option("q-tests", "some"), option("q-deploy", "no")],
    });
    expect(result.objects).toHaveLength(1);
    expect(result.objects[0]).toMatchObject({ object: "code", level: 2, score: 2, blocking: ["deploy"] });
    expect(result.overall).toEqual({ weakestLevel: 2, weakestObjects: ["code"], meanScore: 2 });
    expect(result.risks.map((r) => [r.id, r.severity])).toEqual([["breakage", "high"]]);
    expect(result.recommendations.map((r) => [r.capabilityId, r.priority])).toEqual([
      ["deploy", "high"],
      ["cicd", "medium"],
    ]);
  });

  it("gives partial progress from graded options within the next step", () => {
    const result = scoreAssessment(q, { answers: [option("q-git", "no"), option("q-tests", "all")] });
    expect(result.objects[0]).toMatchObject({ level: 0, score: 0 });
    const withGit = scoreAssessment(q, { answers: [option("q-git", "yes"), option("q-tests", "none")] });
    expect(withGit.objects[0]).toMatchObject({ level: 1, score: 1 });
  });

  it("fires its context rule", () => {
    const result = scoreAssessment(q, { answers: [option("team-size", "small")] });
    expect(result.advice).toEqual([
      {
        ruleId: "small-team",
        title: "Keep it simple",
        advice: "A small team gets most from scripts before platforms.",
        objects: [],
      },
    ]);
  });
});
