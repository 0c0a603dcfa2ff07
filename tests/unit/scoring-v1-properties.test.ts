import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionnaireV1 as Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadV1 } from "../support/answers";

/** Properties engine 1 keeps for any questionnaire of the first format and any answers. */

const OBJECTS = ["data", "model", "code"] as const;

/** A random valid questionnaire: 1–3 objects, 1–2 capabilities per step, 1–3 questions each. */
const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .record({
    passMark: fc.integer({ min: 1, max: 3 }),
    objectCount: fc.integer({ min: 1, max: 3 }),
    shape: fc.array(
      fc.array(
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 4 }), {
          minLength: 1,
          maxLength: 3,
        }),
        { minLength: 1, maxLength: 2 },
      ),
      { minLength: 12, maxLength: 12 },
    ),
  })
  .map(({ passMark, objectCount, shape }) => {
    const risks = [
      {
        id: "r-a",
        title: "A",
        impact: "a",
        object: "data" as const,
        mitigatedBy: [] as string[],
        tags: ["governance"],
      },
      { id: "r-b", title: "B", impact: "b", object: "model" as const, mitigatedBy: [] as string[] },
    ];
    const objects = OBJECTS.slice(0, objectCount).map((objectId, o) => {
      const capabilities: Questionnaire["objects"][number]["capabilities"] = [];
      const questions: Questionnaire["objects"][number]["questions"] = [];
      for (let step = 1; step <= 4; step++) {
        (shape[o * 4 + step - 1] ?? []).forEach((caps, c) => {
          const capId = `${objectId}-s${step}-c${c}`;
          capabilities.push({
            id: capId,
            step,
            title: capId,
            description: "d",
            lenses: { os: { tools: ["t"], how: "h" } },
          });
          caps.forEach((values, k) => {
            // Every question must be satisfiable: its best option reaches the pass mark.
            const graded = [...values.slice(1), Math.max(passMark, values[0] ?? 0)];
            questions.push({
              id: `${capId}-q${k}`,
              capability: capId,
              text: "t",
              help: "h",
              risks: [k % 2 === 0 ? "r-a" : "r-b"],
              options: graded.map((value, i) => ({ id: `o${i}`, label: `o${i}`, value })),
            });
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
    for (const risk of risks) risk.mitigatedBy = [objects[0]?.capabilities[0]?.id ?? ""];
    return {
      id: "random",
      version: "1",
      title: "t",
      description: "d",
      passMark,
      lenses: [{ id: "os", title: "os", description: "d" }],
      defaultLens: "os",
      objects,
      context: {
        questions: [
          {
            id: "ctx",
            text: "t",
            help: "h",
            options: [
              { id: "yes", label: "y" },
              { id: "no", label: "n" },
            ],
          },
        ],
        rules: [
          {
            id: "raise",
            when: { question: "ctx", anyOf: ["yes"] },
            title: "t",
            advice: "a",
            raiseRiskTags: ["governance"],
          },
        ],
      },
      risks,
      mlTestScore: [],
    };
  });

/** Random answers for a questionnaire: each question unanswered, an option, N/A or don't know. */
function answersArb(q: Questionnaire): fc.Arbitrary<Answer[]> {
  const questions = q.objects.flatMap((o) => o.questions);
  const perQuestion = questions.map((question) =>
    fc.oneof(
      fc.constant(null),
      fc.constantFrom(
        ...question.options.map((o): Answer => ({ questionId: question.id, kind: "option", optionId: o.id })),
      ),
      fc.constant<Answer>({ questionId: question.id, kind: "dont-know" }),
      fc.constant<Answer>({ questionId: question.id, kind: "not-applicable", reason: "other" }),
    ),
  );
  const context = q.context.questions.map((question) =>
    fc.constantFrom<Answer | null>(
      null,
      ...question.options.map((o): Answer => ({ questionId: question.id, kind: "option", optionId: o.id })),
    ),
  );
  return fc
    .tuple(fc.tuple(...perQuestion), fc.tuple(...context))
    .map(([answers, ctx]) => [...answers, ...ctx].filter((a): a is Answer => a !== null));
}

const anyCase = fc
  .oneof(fc.constant(loadV1()), questionnaireArb)
  .chain((q) => answersArb(q).map((answers) => ({ q, answers })));

/** Raise one scored answer: unanswered or don't know → any option; an option → a higher one. */
function improvements(q: Questionnaire, answers: Answer[]): Answer[][] {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return q.objects.flatMap((o) =>
    o.questions.flatMap((question) => {
      const current = byId.get(question.id);
      if (current?.kind === "not-applicable") return [];
      const currentValue =
        current?.kind === "option"
          ? (question.options.find((x) => x.id === current.optionId)?.value ?? 0)
          : -1;
      return question.options
        .filter((option) => option.value > currentValue || (current?.kind !== "option" && option.value >= 0))
        .map((option) => [
          ...answers.filter((a) => a.questionId !== question.id),
          { questionId: question.id, kind: "option" as const, optionId: option.id },
        ]);
    }),
  );
}

describe("scoring properties", () => {
  it("improving any answer never lowers any object's level or score", () => {
    fc.assert(
      fc.property(anyCase, fc.nat(), ({ q, answers }, pick) => {
        const options = improvements(q, answers);
        if (options.length === 0) return;
        const improved = options[pick % options.length] as Answer[];
        const before = scoreAssessment(q, { answers });
        const after = scoreAssessment(q, { answers: improved });
        after.objects.forEach((o, i) => {
          expect(o.level as number).toBeGreaterThanOrEqual(before.objects[i]?.level ?? 0);
          expect(o.score).toBeGreaterThanOrEqual(before.objects[i]?.score ?? 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("the order of the answers does not matter", () => {
    fc.assert(
      fc.property(
        anyCase.chain(({ q, answers }) =>
          fc
            .shuffledSubarray(answers, { minLength: answers.length })
            .map((shuffled) => ({ q, answers, shuffled })),
        ),
        ({ q, answers, shuffled }) => {
          expect(scoreAssessment(q, { answers: shuffled })).toEqual(scoreAssessment(q, { answers }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the same input gives the same output", () => {
    fc.assert(
      fc.property(anyCase, ({ q, answers }) => {
        expect(JSON.stringify(scoreAssessment(q, { answers }))).toBe(
          JSON.stringify(scoreAssessment(q, { answers })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("every score lies in [level, level + 1) with two decimals, 4.00 only at L4, and the weakest link is the minimum", () => {
    fc.assert(
      fc.property(anyCase, ({ q, answers }) => {
        const result = scoreAssessment(q, { answers });
        for (const o of result.objects) {
          expect(o.score).toBeGreaterThanOrEqual(o.level as number);
          if ((o.level as number) < 4) expect(o.score).toBeLessThan((o.level as number) + 1);
          else expect(o.score).toBe(4);
          expect(Math.round(o.score * 100) / 100).toBe(o.score);
          expect(o.completion).toBeGreaterThanOrEqual(0);
          expect(o.confidence).toBeLessThanOrEqual(1);
        }
        expect(result.overall.weakestLevel).toBe(Math.min(...result.objects.map((o) => o.level as number)));
      }),
      { numRuns: 300 },
    );
  });

  it("N/A never counts against: turning an unmet answer into N/A never lowers a level or score", () => {
    fc.assert(
      fc.property(anyCase, fc.nat(), ({ q, answers }, pick) => {
        const before = scoreAssessment(q, { answers });
        const unmet = before.objects.flatMap((o) =>
          o.transitions.flatMap((t) =>
            t.capabilities.flatMap((c) =>
              c.questions.filter((x) => x.status !== "met" && x.status !== "not-applicable"),
            ),
          ),
        );
        const chosen = unmet[pick % Math.max(unmet.length, 1)];
        if (!chosen) return;
        const after = scoreAssessment(q, {
          answers: [
            ...answers.filter((a) => a.questionId !== chosen.questionId),
            { questionId: chosen.questionId, kind: "not-applicable", reason: "out-of-scope" },
          ],
        });
        after.objects.forEach((o, i) =>
          expect(o.level as number).toBeGreaterThanOrEqual(before.objects[i]?.level ?? 0),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("a random valid questionnaire with random answers never throws", () => {
    fc.assert(
      fc.property(
        questionnaireArb.chain((q) => answersArb(q).map((answers) => ({ q, answers }))),
        ({ q, answers }) => {
          expect(() => scoreAssessment(q, { answers })).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
