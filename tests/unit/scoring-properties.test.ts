import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { QuestionnaireV2 } from "@/domain/questionnaire/questionnaire";
import type { Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import type { AssessmentResult } from "@/domain/scoring/result";
import { loadV2 } from "../support/answers";

/**
 * Properties engine 2 keeps, on the real questionnaire v2 and on random questionnaires of its
 * format: no single answer moves an object more than one level, more practice never lowers a
 * level, order does not matter, the top needs automation, N/A cannot lift anyone, and a risk opens
 * only from the answers its catalogue names and closes when they are raised.
 */

const OBJECTS = ["data", "model", "code"] as const;
const PASS_MARKS = { "1": 2, "2": 2, "3": 3, "4": 3 } as const;

/** A random questionnaire of format 2: three objects, 1–2 capabilities per step, 3–5 questions per step. */
const questionnaireArb: fc.Arbitrary<QuestionnaireV2> = fc
  .array(fc.array(fc.boolean(), { minLength: 3, maxLength: 5 }), { minLength: 12, maxLength: 12 })
  .map((steps) => {
    const objects = OBJECTS.map((objectId, o) => {
      const capabilities: QuestionnaireV2["objects"][number]["capabilities"] = [];
      const questions: QuestionnaireV2["objects"][number]["questions"] = [];
      for (let step = 1; step <= 4; step++) {
        const flags = steps[o * 4 + step - 1] ?? [];
        const capabilityIds = [`${objectId}-s${step}-a`, `${objectId}-s${step}-b`];
        for (const id of capabilityIds)
          capabilities.push({
            id,
            step,
            title: id,
            description: "d",
            lenses: { os: { tools: ["t"], how: "h" } },
          });
        flags.forEach((allowsNa, k) => {
          questions.push({
            id: `${objectId}-s${step}-q${k}`,
            capability: capabilityIds[k % 2] ?? "",
            text: "t",
            help: "h",
            source: "s",
            options: [0, 1, 2, 3].map((value) => ({ id: `v${value}`, label: `v${value}`, value })),
            ...(allowsNa && k === 0 ? { notApplicable: { when: "w" } } : {}),
            ...(k === 1 && step === 3 ? { appliesWhen: { serving: ["online"] } } : {}),
          });
        });
      }
      return {
        id: objectId,
        title: objectId,
        summary: "s",
        levels: [0, 1, 2, 3, 4].map((level) => ({ level, title: "t", descriptor: "d" })),
        capabilities,
        questions,
      };
    });
    return {
      format: 2 as const,
      id: "random",
      version: "2",
      title: "t",
      description: "d",
      passMarks: PASS_MARKS,
      answerRule: "r",
      scopeRule: "s",
      lenses: [{ id: "os", title: "os", description: "d", checked: "2026-11-28" }],
      defaultLens: "os",
      realTest: { question: "model-s3-q0", options: ["v2", "v3"] },
      mlopsV0: [
        { id: "a", title: "a", question: "model-s1-q0", options: ["v2", "v3"] },
        { id: "b", title: "b", question: "model-s1-q1", options: ["v2", "v3"] },
        { id: "c", title: "c", question: "model-s1-q2", options: ["v2", "v3"] },
      ],
      preProductionWhen: { question: "production", anyOf: ["none"] },
      objects,
      context: {
        questions: [
          {
            id: "serving",
            text: "t",
            help: "h",
            options: [
              { id: "batch", label: "b" },
              { id: "online", label: "o" },
            ],
          },
          {
            id: "production",
            text: "t",
            help: "h",
            options: [
              { id: "none", label: "n" },
              { id: "some", label: "s" },
            ],
          },
        ],
        rules: [],
      },
      risks: objects.flatMap((o) => [
        {
          id: `${o.id}-basics`,
          title: "t",
          impact: "high" as const,
          harms: "h",
          interim: "i",
          source: "s",
          object: o.id,
          antiPattern: true,
          openedBy: [{ question: `${o.id}-s1-q0`, options: ["v0", "v1"] }],
        },
        {
          id: `${o.id}-top`,
          title: "t",
          impact: "low" as const,
          harms: "h",
          interim: "i",
          source: "s",
          object: o.id,
          openedBy: [
            { question: `${o.id}-s4-q0`, options: ["v0"] },
            { question: `${o.id}-s3-q0`, options: ["v0", "v1", "v2"] },
          ],
          raisedBy: [{ question: "serving", anyOf: ["online"] }],
        },
      ]),
      mlTestScore: [],
    };
  });

type Choice = number | "dont-know" | "not-applicable" | null;

const choiceArb: fc.Arbitrary<Choice> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<Choice>("dont-know", "not-applicable", null) },
);

/** A questionnaire, one choice per question, and the context answers. */
const caseArb = questionnaireArb.chain((questionnaire) => {
  const count = questionnaire.objects.reduce((n, o) => n + o.questions.length, 0);
  return fc.record({
    questionnaire: fc.constant(questionnaire),
    choices: fc.array(choiceArb, { minLength: count, maxLength: count }),
    serving: fc.constantFrom("batch", "online"),
  });
});

function answersOf(questionnaire: QuestionnaireV2, choices: readonly Choice[], serving: string): Answer[] {
  const questions = questionnaire.objects.flatMap((o) => o.questions);
  const answers = questions.flatMap((question, i): Answer[] => {
    const choice = choices[i];
    if (choice === null || choice === undefined) return [];
    if (choice === "dont-know") return [{ questionId: question.id, kind: "dont-know" }];
    if (choice === "not-applicable")
      return question.notApplicable
        ? [{ questionId: question.id, kind: "not-applicable", reason: "out-of-scope" }]
        : [];
    return [{ questionId: question.id, kind: "option", optionId: `v${choice}` }];
  });
  return [
    ...answers,
    { questionId: "serving", kind: "option", optionId: serving },
    { questionId: "production", kind: "option", optionId: "some" },
  ];
}

const levels = (result: AssessmentResult) => result.objects.map((o) => o.level);

describe("engine 2 on random questionnaires", () => {
  it("moves no object by more than one level when one answer moves by one option", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.boolean(), ({ questionnaire, choices, serving }, pick, up) => {
        const i = pick % choices.length;
        const current = choices[i];
        if (typeof current !== "number") return;
        const moved = up ? Math.min(3, current + 1) : Math.max(0, current - 1);
        const before = scoreAssessment(questionnaire, {
          answers: answersOf(questionnaire, choices, serving),
        });
        const after = scoreAssessment(questionnaire, {
          answers: answersOf(questionnaire, choices.with(i, moved), serving),
        });
        before.objects.forEach((o, k) => {
          const other = after.objects[k];
          if (o.level !== null && other?.level !== null && other?.level !== undefined)
            expect(Math.abs(o.level - other.level)).toBeLessThanOrEqual(1);
          expect(Math.abs(o.score - (other?.score ?? 0))).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });

  it("never lowers a level or a position when an answer improves", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ questionnaire, choices, serving }, pick) => {
        const i = pick % choices.length;
        const current = choices[i];
        if (typeof current !== "number" || current === 3) return;
        const before = scoreAssessment(questionnaire, {
          answers: answersOf(questionnaire, choices, serving),
        });
        const after = scoreAssessment(questionnaire, {
          answers: answersOf(questionnaire, choices.with(i, current + 1), serving),
        });
        before.objects.forEach((o, k) => {
          expect(after.objects[k]?.score ?? 0).toBeGreaterThanOrEqual(o.score);
          if (o.level !== null) expect(after.objects[k]?.level ?? 0).toBeGreaterThanOrEqual(o.level);
        });
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("gives the same result whatever the order of the answers", () => {
    fc.assert(
      fc.property(caseArb, ({ questionnaire, choices, serving }) => {
        const answers = answersOf(questionnaire, choices, serving);
        expect(scoreAssessment(questionnaire, { answers: [...answers].reverse() })).toEqual(
          scoreAssessment(questionnaire, { answers }),
        );
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it("keeps a team that does everything consistently by hand at L2 at most", () => {
    fc.assert(
      fc.property(questionnaireArb, fc.constantFrom("batch", "online"), (questionnaire, serving) => {
        const count = questionnaire.objects.reduce((n, o) => n + o.questions.length, 0);
        const result = scoreAssessment(questionnaire, {
          answers: answersOf(
            questionnaire,
            Array.from({ length: count }, () => 2),
            serving,
          ),
        });
        for (const level of levels(result)) expect(level).toBeLessThanOrEqual(2);
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it("opens a risk only from the answers its catalogue names, and closes it when they are raised to their best", () => {
    fc.assert(
      fc.property(caseArb, ({ questionnaire, choices, serving }) => {
        const answers = answersOf(questionnaire, choices, serving);
        const result = scoreAssessment(questionnaire, { answers });
        for (const risk of result.risks) {
          const definition = questionnaire.risks.find((r) => r.id === risk.id);
          for (const cause of risk.causes) {
            const opening = definition?.openedBy.find((o) => o.question === cause.questionId);
            expect(opening).toBeDefined();
            if (cause.optionId !== null) expect(opening?.options).toContain(cause.optionId);
          }
          if (risk.antiPattern) expect(risk.severity).not.toBe("low");
          const raised = answers.map((a): Answer =>
            risk.causes.some((c) => c.questionId === a.questionId)
              ? { questionId: a.questionId, kind: "option", optionId: "v3" }
              : a,
          );
          const missing = risk.causes
            .filter((c) => !answers.some((a) => a.questionId === c.questionId))
            .map((c): Answer => ({ questionId: c.questionId, kind: "option", optionId: "v3" }));
          expect(
            scoreAssessment(questionnaire, { answers: [...raised, ...missing] }).risks.map((r) => r.id),
          ).not.toContain(risk.id);
        }
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});

describe("engine 2 on questionnaire v2", () => {
  let v2: QuestionnaireV2;
  let questions: QuestionnaireV2["objects"][number]["questions"] = [];
  beforeAll(() => {
    v2 = loadV2();
    questions = v2.objects.flatMap((o) => o.questions);
  });
  const contextAnswers = (choice: Record<string, string>): Answer[] =>
    Object.entries(choice).map(([questionId, optionId]) => ({ questionId, kind: "option", optionId }));
  const production = contextAnswers({
    "models-in-production": "few",
    "serving-mode": "batch-and-online",
    "model-kind": "trained",
    "label-delay": "fast",
    regulated: "no",
    platform: "open-source",
  });
  const byValue = (value: number) =>
    questions.map((q): Answer => {
      const option = [...q.options].sort(
        (a, b) => Math.abs(a.value - value) - Math.abs(b.value - value) || a.value - b.value,
      )[0];
      return { questionId: q.id, kind: "option", optionId: option?.id ?? "" };
    });

  it("moves no object by more than one level when one answer moves by one option", () => {
    const answerArb = fc.array(fc.integer({ min: 0, max: 4 }), {
      minLength: questions.length,
      maxLength: questions.length,
    });
    expect(questions.length).toBeGreaterThan(36);
    fc.assert(
      fc.property(answerArb, fc.nat(), fc.boolean(), (picks, pick, up) => {
        const answersFor = (indexes: readonly number[]) =>
          questions.map((q, i): Answer => {
            const ordered = [...q.options].sort((a, b) => a.value - b.value);
            return {
              questionId: q.id,
              kind: "option",
              optionId: ordered[Math.min(indexes[i] ?? 0, ordered.length - 1)]?.id ?? "",
            };
          });
        const i = pick % questions.length;
        const optionCount = questions[i]?.options.length ?? 1;
        const current = Math.min(picks[i] ?? 0, optionCount - 1);
        const moved = up ? Math.min(optionCount - 1, current + 1) : Math.max(0, current - 1);
        const before = scoreAssessment(v2, { answers: [...answersFor(picks), ...production] });
        const after = scoreAssessment(v2, { answers: [...answersFor(picks.with(i, moved)), ...production] });
        before.objects.forEach((o, k) =>
          expect(Math.abs((o.level ?? 0) - (after.objects[k]?.level ?? 0))).toBeLessThanOrEqual(1),
        );
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it("rates every answer at the consistent-but-manual option L2 at most", () => {
    const result = scoreAssessment(v2, { answers: [...byValue(2), ...production] });
    for (const level of levels(result)) expect(level).toBeLessThanOrEqual(2);
  });

  it("gives L4 for automated practice everywhere, and no open risk", () => {
    const result = scoreAssessment(v2, { answers: [...byValue(3), ...production] });
    expect(levels(result)).toEqual([4, 4, 4]);
    expect(result.risks).toEqual([]);
  });

  it("never rates an object L4 on N/A answers", () => {
    const allNa = questions.map((q): Answer => ({
      questionId: q.id,
      kind: "not-applicable",
      reason: "out-of-scope",
    }));
    const result = scoreAssessment(v2, { answers: [...allNa, ...production] });
    for (const level of levels(result)) expect(level === null || level < 4).toBe(true);
    expect(result.overall.weakestLevel === null || result.overall.weakestLevel < 4).toBe(true);
  });

  it("labels a team without a model in production pre-production and skips production questions", () => {
    const result = scoreAssessment(v2, {
      answers: [...byValue(3), ...contextAnswers({ "models-in-production": "none" })],
    });
    expect(result.overall.preProduction).toBe(true);
    const skipped = result.objects
      .flatMap((o) => o.transitions.flatMap((t) => t.capabilities.flatMap((c) => c.questions)))
      .filter((q) => q.notApplicableBecause === "context");
    expect(skipped.length).toBeGreaterThan(0);
  });
});
