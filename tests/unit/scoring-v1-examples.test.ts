import { describe, expect, it } from "vitest";
import type { QuestionV1 as Question } from "@/domain/questionnaire/schema-v1";
import { AnswerError, scoreAssessment } from "@/domain/scoring/engine";
import { ENGINE_V1_VERSION } from "@/domain/scoring/engine-v1";
import { answerWith, bestOption, loadV1, passingOption, worstOption } from "../support/answers";

const q = loadV1();
const level = (result: ReturnType<typeof scoreAssessment>, object: string) =>
  result.objects.find((o) => o.object === object);
const capabilityOf = (question: Question) => question.capability;

describe("scoring examples on questionnaire v1", () => {
  it("all-best answers: L4 everywhere, no risk, no recommendation", () => {
    const result = scoreAssessment(q, { answers: answerWith(q, bestOption) });
    expect(result.objects.map((o) => [o.object, o.level, o.score])).toEqual([
      ["data", 4, 4],
      ["model", 4, 4],
      ["code", 4, 4],
    ]);
    expect(result.overall).toEqual({
      weakestLevel: 4,
      weakestObjects: ["data", "model", "code"],
      meanScore: 4,
    });
    expect(result.risks).toEqual([]);
    expect(result.recommendations).toEqual([]);
    expect(result.engineVersion).toBe(ENGINE_V1_VERSION);
  });

  it("the lowest passing option on every question is enough for L4: the pass mark, not perfection, gates", () => {
    const result = scoreAssessment(q, { answers: answerWith(q, passingOption(q.passMark)) });
    expect(result.objects.map((o) => o.level)).toEqual([4, 4, 4]);
  });

  it("all-worst answers: L0 everywhere with score 0, every risk open and high at step 1", () => {
    const result = scoreAssessment(q, { answers: answerWith(q, worstOption) });
    expect(result.objects.map((o) => [o.level, o.score, o.completion, o.confidence])).toEqual([
      [0, 0, 1, 1],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
    ]);
    expect(result.risks).toHaveLength(q.risks.length);
    expect(result.recommendations[0]?.step).toBe(1);
    expect(result.objects.every((o) => o.blocking.length === o.transitions[0]?.capabilities.length)).toBe(
      true,
    );
  });

  it("a lopsided team (great code practice, scattered data) is Data L0 while Code is L4, and the weakest link is Data", () => {
    const result = scoreAssessment(q, {
      answers: answerWith(q, (question, object) =>
        object === "code"
          ? bestOption(question)
          : object === "data"
            ? worstOption(question)
            : passingOption(q.passMark)(question),
      ),
    });
    expect(level(result, "data")?.level).toBe(0);
    expect(level(result, "code")?.level).toBe(4);
    expect(result.overall.weakestLevel).toBe(0);
    expect(result.overall.weakestObjects).toEqual(["data"]);
    expect(result.recommendations[0]?.object).toBe("data");
    expect(result.recommendations.filter((r) => r.object === "code")).toEqual([]);
  });

  it("automation without basics: automated retraining but no data versioning and no registry is held low, with partial progress in the score", () => {
    const result = scoreAssessment(q, {
      answers: answerWith(q, (question, object, step) => {
        if (["data-versioning", "model-registry"].includes(capabilityOf(question)))
          return worstOption(question);
        if (object === "data" && step > 2) return bestOption(question);
        return object === "model" ? bestOption(question) : passingOption(q.passMark)(question);
      }),
    });
    const model = level(result, "model");
    expect(model?.level).toBe(1);
    expect(model?.blocking).toEqual(["model-registry"]);
    expect(model?.transitions[3]).toMatchObject({ met: true, progress: 1 });
    expect(model?.score).toBeGreaterThan(1.5);
    expect(model?.score).toBeLessThan(2);
    expect(level(result, "data")?.level).toBe(1);
    expect(result.risks.filter((r) => r.severity === "high").map((r) => r.id).length).toBeGreaterThan(0);
  });

  it("N/A is excluded: a whole capability marked N/A does not block the level", () => {
    const naCapability = "data-online-features";
    const result = scoreAssessment(q, {
      answers: answerWith(q, (question) =>
        question.capability === naCapability ? "not-applicable" : bestOption(question),
      ),
    });
    expect(level(result, "data")).toMatchObject({ level: 4, score: 4, completion: 1, confidence: 1 });
    const capability = level(result, "data")?.transitions[3]?.capabilities.find((c) => c.id === naCapability);
    expect(capability?.status).toBe("not-applicable");
    expect(result.risks).toEqual([]);
  });

  it("N/A on one question of a capability leaves the others to decide it", () => {
    const data = q.objects.find((o) => o.id === "data");
    const multi = data?.capabilities.find(
      (c) => data.questions.filter((x) => x.capability === c.id).length >= 2,
    );
    if (!multi || !data) throw new Error("v1 has a Data capability with two questions");
    const [first, second] = data.questions.filter((x) => x.capability === multi.id) as [Question, Question];
    const base = (question: Question) =>
      question.id === first.id ? ("not-applicable" as const) : bestOption(question);
    expect(level(scoreAssessment(q, { answers: answerWith(q, base) }), "data")?.level).toBe(4);
    const withUnmet = (question: Question) =>
      question.id === second.id ? worstOption(question) : base(question);
    expect(level(scoreAssessment(q, { answers: answerWith(q, withUnmet) }), "data")?.level).toBe(
      multi.step - 1,
    );
  });

  it("don't know counts as unmet, lowers confidence and is named as the cause of the risks it leaves open", () => {
    const data = q.objects.find((o) => o.id === "data");
    const target = data?.questions[0] as Question;
    const result = scoreAssessment(q, {
      answers: answerWith(q, (question) => (question.id === target.id ? "dont-know" : bestOption(question))),
    });
    const dataResult = level(result, "data");
    expect(dataResult?.level).toBe(0);
    expect(dataResult?.confidence).toBe(Math.round((1 - 1 / (data?.questions.length ?? 1)) * 100) / 100);
    expect(level(result, "model")?.confidence).toBe(1);
    for (const riskId of target.risks) {
      const risk = result.risks.find((r) => r.id === riskId);
      expect(risk?.severity).toBe("high");
      expect(risk?.causes).toContainEqual({
        questionId: target.id,
        object: "data",
        status: "dont-know",
        optionId: null,
      });
    }
  });

  it("unanswered questions lower completion and count as unmet", () => {
    const result = scoreAssessment(q, {
      answers: answerWith(q, (question, object) => (object === "code" ? null : bestOption(question))),
    });
    expect(level(result, "code")).toMatchObject({ level: 0, score: 0, completion: 0, confidence: 1 });
    expect(level(result, "data")?.completion).toBe(1);
  });

  it("severity follows exposure: next step high, one further medium, beyond low", () => {
    // Data at L1 (step 1 met, all later steps unmet).
    const result = scoreAssessment(q, {
      answers: answerWith(q, (question, object, step) =>
        object === "data" && step === 1
          ? bestOption(question)
          : object === "data"
            ? worstOption(question)
            : bestOption(question),
      ),
    });
    const data = q.objects.find((o) => o.id === "data");
    const riskSeverity = (step: number) => {
      const question = data?.questions.find(
        (x) => data.capabilities.find((c) => c.id === x.capability)?.step === step,
      );
      const onlyHere = question?.risks.find(
        (r) => !data?.questions.some((other) => other !== question && other.risks.includes(r)),
      );
      return onlyHere ? result.risks.find((r) => r.id === onlyHere)?.severity : undefined;
    };
    expect(level(result, "data")?.level).toBe(1);
    const severities = [2, 3, 4].map(riskSeverity).filter(Boolean);
    expect(severities.length).toBeGreaterThan(0);
    for (const severity of result.risks.map((r) => r.severity))
      expect(["high", "medium", "low"]).toContain(severity);
    expect(result.risks.map((r) => r.severity)).toEqual(
      [...result.risks.map((r) => r.severity)].sort(
        (a, b) => ["high", "medium", "low"].indexOf(a) - ["high", "medium", "low"].indexOf(b),
      ),
    );
    expect(
      result.recommendations.filter((r) => r.object === "data").map((r) => [r.step, r.priority]),
    ).toEqual(
      expect.arrayContaining([
        [2, "high"],
        [3, "medium"],
        [4, "low"],
      ]),
    );
  });

  it("a regulated domain raises governance risks one step and says which rule did it", () => {
    const answers = answerWith(q, (question, _object, step) =>
      step <= 1 ? bestOption(question) : worstOption(question),
    );
    const plain = scoreAssessment(q, {
      answers: [...answers, { questionId: "regulated-domain", kind: "option", optionId: "not-regulated" }],
    });
    const regulated = scoreAssessment(q, {
      answers: [...answers, { questionId: "regulated-domain", kind: "option", optionId: "personal-data" }],
    });
    const governance = new Set(q.risks.filter((r) => r.tags?.includes("governance")).map((r) => r.id));
    const raised = regulated.risks.filter((r) => r.raisedBy === "regulated-governance");
    expect(raised.length).toBeGreaterThan(0);
    for (const risk of raised) {
      expect(governance.has(risk.id)).toBe(true);
      const before = plain.risks.find((r) => r.id === risk.id)?.severity;
      expect([before, risk.severity]).toContainEqual(before === "low" ? "medium" : "high");
    }
    expect(regulated.advice.map((a) => a.ruleId)).toContain("regulated-governance");
    expect(plain.advice.map((a) => a.ruleId)).not.toContain("regulated-governance");
  });

  it("targets give the gap and mark the recommendations that close it; the plan stays basics-first, weakest object first", () => {
    const result = scoreAssessment(q, {
      answers: answerWith(q, (question, object, step) =>
        object === "model" && step === 1
          ? bestOption(question)
          : object === "code" && step <= 2
            ? bestOption(question)
            : worstOption(question),
      ),
      targets: { data: 2, model: 3 },
    });
    expect(result.objects.map((o) => [o.object, o.level, o.target, o.gap])).toEqual([
      ["data", 0, 2, 2],
      ["model", 1, 3, 2],
      ["code", 2, null, null],
    ]);
    const firstThree = result.recommendations.slice(0, 6).map((r) => `${r.object}:${r.step}`);
    expect(firstThree[0]).toBe("data:1");
    expect(result.recommendations.every((r, i) => r.rank === i + 1)).toBe(true);
    const steps = result.recommendations.map((r) => r.step - (level(result, r.object)?.level ?? 0));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(result.recommendations.filter((r) => r.forTarget).map((r) => `${r.object}:${r.step}`)).toEqual(
      expect.arrayContaining(["data:1", "data:2", "model:2", "model:3"]),
    );
    expect(result.recommendations.some((r) => r.object === "code" && r.forTarget)).toBe(false);
  });

  it("context answers add advice without changing any score", () => {
    const answers = answerWith(q, bestOption);
    const base = scoreAssessment(q, { answers });
    const handOff = scoreAssessment(q, {
      answers: [
        ...answers,
        {
          questionId: "ownership-scope",
          kind: "option",
          optionId: q.context.questions.find((c) => c.id === "ownership-scope")?.options[0]?.id ?? "",
        },
      ],
    });
    expect(handOff.objects).toEqual(base.objects);
    expect(handOff.advice.length).toBeGreaterThan(0);
  });

  it("rejects unknown questions, unknown options and double answers with every problem named", () => {
    const first = q.objects[0]?.questions[0] as Question;
    expect(() =>
      scoreAssessment(q, {
        answers: [
          { questionId: "no-such-question", kind: "dont-know" },
          { questionId: first.id, kind: "option", optionId: "no-such-option" },
          { questionId: first.id, kind: "dont-know" },
        ],
      }),
    ).toThrow(AnswerError);
    try {
      scoreAssessment(q, {
        answers: [
          { questionId: "no-such-question", kind: "dont-know" },
          { questionId: first.id, kind: "option", optionId: "nope" },
        ],
      });
    } catch (error) {
      expect((error as AnswerError).problems).toEqual([
        'unknown question "no-such-question"',
        `unknown option "nope" for question "${first.id}"`,
      ]);
    }
  });
});
