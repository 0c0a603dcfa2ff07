import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backedShare, evidencedAnswers } from "@/domain/evidence/evidenced";
import { suggest, type Finding, type FindingsDocument } from "@/domain/evidence/findings";
import type { Confidence } from "@/domain/evidence/schema";
import { answersFileSchema, type Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadScanContent } from "@/evidence/content";
import { loadV2 } from "../support/answers";

/** Claimed answers limited to what the evidence supports, for scoring the evidenced level with the same engine. */
const v2 = loadV2();
const notObservable = new Set(loadScanContent().rules.notObservable.map((n) => n.question));

const finding = (
  questionId: string,
  kind: Finding["kind"],
  optionId: string,
  confidence: Confidence,
  ruleId = `${kind}-${optionId}-${confidence}`,
): Finding => ({
  ruleId,
  questionId,
  kind,
  optionId,
  confidence,
  locations: [],
  count: 1,
  scannedAt: "2026-11-28T12:00:00.000Z",
});
const evidence = (findings: Finding[]): Pick<FindingsDocument, "findings" | "suggestions"> => ({
  findings,
  suggestions: suggest(v2, findings, notObservable),
});
const claim = (questionId: string, optionId: string): Answer => ({ questionId, kind: "option", optionId });

// code-ci-checks: none 0, report-only 1, unit-only 1, code-tests-block 2, ml-checks-block 3.
const Q = "code-ci-checks";

describe("evidencedAnswers, one claimed answer against the findings on its question", () => {
  it.each<[string, Finding[], string, string, string | null, string | null]>([
    [
      "above a high ceiling: capped",
      [finding(Q, "ceiling", "none", "high")],
      "ml-checks-block",
      "capped",
      "none",
      "above-ceiling capped",
    ],
    [
      "at a high ceiling: consistent",
      [finding(Q, "ceiling", "none", "high")],
      "none",
      "consistent",
      "none",
      null,
    ],
    [
      "at a medium floor: backed",
      [finding(Q, "floor", "unit-only", "medium")],
      "unit-only",
      "backed",
      "unit-only",
      null,
    ],
    [
      "above a medium floor: limited to the floor",
      [finding(Q, "floor", "unit-only", "medium")],
      "ml-checks-block",
      "limited",
      "unit-only",
      null,
    ],
    [
      "below a medium floor: kept, and the team may be underselling",
      [finding(Q, "floor", "code-tests-block", "medium")],
      "none",
      "backed",
      "none",
      "below-floor",
    ],
    [
      "above a medium ceiling without a floor: don't know, not capped",
      [finding(Q, "ceiling", "report-only", "medium")],
      "ml-checks-block",
      "contradicted",
      null,
      "above-ceiling",
    ],
    [
      "above a medium ceiling with a lower floor: limited to the floor",
      [finding(Q, "ceiling", "report-only", "medium"), finding(Q, "floor", "unit-only", "medium")],
      "code-tests-block",
      "limited",
      "unit-only",
      "above-ceiling",
    ],
    [
      "above a high ceiling that contradicts a medium floor: capped",
      [finding(Q, "ceiling", "none", "high"), finding(Q, "floor", "unit-only", "medium")],
      "unit-only",
      "capped",
      "none",
      "above-ceiling capped",
    ],
    [
      "between a floor and a ceiling above it: limited to the floor",
      [finding(Q, "floor", "unit-only", "medium"), finding(Q, "ceiling", "ml-checks-block", "high")],
      "code-tests-block",
      "limited",
      "unit-only",
      null,
    ],
    [
      "only a low-confidence floor: cannot determine",
      [finding(Q, "floor", "ml-checks-block", "low")],
      "ml-checks-block",
      "cannot-determine",
      null,
      null,
    ],
    [
      "only a low-confidence ceiling: cannot determine",
      [finding(Q, "ceiling", "none", "low")],
      "ml-checks-block",
      "cannot-determine",
      null,
      null,
    ],
    ["nothing found: cannot determine", [], "ml-checks-block", "cannot-determine", null, null],
    [
      "nothing found, a claim below the pass mark: kept (an unknown would raise the step)",
      [],
      "unit-only",
      "cannot-determine",
      "unit-only",
      null,
    ],
    [
      "above a medium ceiling, a claim below the pass mark: kept",
      [finding(Q, "ceiling", "none", "medium")],
      "code-tests-block",
      "contradicted",
      "code-tests-block",
      "above-ceiling",
    ],
    [
      "the highest of several floors counts, whatever its confidence tier",
      [finding(Q, "floor", "unit-only", "high"), finding(Q, "floor", "code-tests-block", "medium")],
      "code-tests-block",
      "backed",
      "code-tests-block",
      null,
    ],
  ])("%s", (_, findings, claimed, status, evidenced, disagreement) => {
    const result = evidencedAnswers(v2, [claim(Q, claimed)], evidence(findings));
    expect(result.questions).toEqual([
      { questionId: Q, claimedOptionId: claimed, status, evidencedOptionId: evidenced },
    ]);
    expect(result.answers).toEqual([
      evidenced === null ? { questionId: Q, kind: "dont-know" } : claim(Q, evidenced),
    ]);
    expect(result.disagreements.map((d) => `${d.kind}${d.capped ? " capped" : ""}`)).toEqual(
      disagreement ? [disagreement] : [],
    );
  });

  it("keeps the answer of a question no repository can answer", () => {
    const result = evidencedAnswers(v2, [claim("code-production-access", "pipeline-only")], evidence([]));
    expect(result.questions[0]?.status).toBe("not-observable");
    expect(result.answers).toEqual([claim("code-production-access", "pipeline-only")]);
  });

  it("passes through don't know, not applicable and context answers unchanged", () => {
    const answers: Answer[] = [
      { questionId: Q, kind: "dont-know" },
      { questionId: "code-load-testing", kind: "not-applicable", reason: "architecture-constraints" },
      claim("serving-mode", "batch"),
    ];
    const result = evidencedAnswers(v2, answers, evidence([finding(Q, "ceiling", "none", "high")]));
    expect(result.answers).toEqual(answers);
    expect(result.questions).toEqual([]);
    expect(result.disagreements).toEqual([]);
  });

  it("names the rules behind a disagreement", () => {
    const result = evidencedAnswers(
      v2,
      [claim(Q, "ml-checks-block")],
      evidence([finding(Q, "ceiling", "none", "high", "code-no-ci")]),
    );
    expect(result.disagreements).toEqual([
      {
        questionId: Q,
        claimedOptionId: "ml-checks-block",
        kind: "above-ceiling",
        evidenceOptionId: "none",
        confidence: "high",
        ruleIds: ["code-no-ci"],
        capped: true,
      },
    ]);
  });

  it("counts backed and consistent answers in the backed share", () => {
    const result = evidencedAnswers(
      v2,
      [
        claim(Q, "unit-only"),
        claim("code-delivery", "gated-pipeline"),
        claim("code-production-access", "pipeline-only"),
      ],
      evidence([finding(Q, "floor", "unit-only", "medium")]),
    );
    expect(result.questions.map((q) => q.status)).toEqual(["backed", "cannot-determine", "not-observable"]);
    expect(backedShare(result.questions)).toBeCloseTo(1 / 3);
    expect(backedShare([])).toBeNull();
  });
});

describe("claimed and evidenced levels with the same engine", () => {
  const scored = v2.objects.flatMap((o) => o.questions);
  const contextAnswers = fc.tuple(
    ...v2.context.questions.map((q) => fc.constantFrom(...q.options.map((o) => claim(q.id, o.id)))),
  );

  it("evidence never raises an object's score, whatever the answers and findings (property)", () => {
    const answerFor = (index: number) => {
      const question = scored[index % scored.length] as (typeof scored)[number];
      return fc.oneof(
        fc.constantFrom(...question.options.map((o) => claim(question.id, o.id))),
        fc.constant<Answer>({ questionId: question.id, kind: "dont-know" }),
      );
    };
    const findingArb = fc
      .tuple(
        fc.nat(scored.length - 1),
        fc.constantFrom<Finding["kind"]>("floor", "ceiling"),
        fc.nat(10),
        fc.constantFrom<Confidence>("high", "medium", "low"),
      )
      .map(([q, kind, o, confidence]) => {
        const question = scored[q] as (typeof scored)[number];
        return finding(
          question.id,
          kind,
          (question.options[o % question.options.length] as { id: string }).id,
          confidence,
        );
      });
    fc.assert(
      fc.property(
        fc.tuple(...scored.map((_, i) => answerFor(i))),
        contextAnswers,
        fc.array(findingArb, { maxLength: 40 }),
        (scoredAnswers, context, findings) => {
          const answers = [...context, ...scoredAnswers];
          const result = evidencedAnswers(v2, answers, evidence(findings));
          const claimed = scoreAssessment(v2, { answers });
          const evidenced = scoreAssessment(v2, { answers: result.answers });
          claimed.objects.forEach((object, i) => {
            expect(evidenced.objects[i]?.score ?? 0).toBeLessThanOrEqual(object.score + 1e-9);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  const example = answersFileSchema.parse(
    JSON.parse(fs.readFileSync("questionnaires/examples/typical-team.answers.json", "utf8")),
  );

  it("scores the evidenced answers; evidence never raises an object's level", () => {
    const findings = [
      finding("code-ci-checks", "ceiling", "none", "high"),
      finding("code-delivery", "ceiling", "script-by-person", "high"),
      finding("code-deployment-definitions", "ceiling", "scripts-differ", "high"),
      finding("model-run-tracking", "floor", "tracker-partial", "high"),
      finding("code-unit-tests", "floor", "every-change", "medium"),
    ];
    const result = evidencedAnswers(v2, example.answers, evidence(findings));
    const claimed = scoreAssessment(v2, { answers: example.answers, targets: example.targets });
    const evidenced = scoreAssessment(v2, { answers: result.answers, targets: example.targets });
    for (const object of claimed.objects) {
      const after = evidenced.objects.find((o) => o.object === object.object);
      expect(after?.score ?? 0, object.object).toBeLessThanOrEqual(object.score);
    }
    expect(result.answers).toHaveLength(example.answers.length);
  });
});
