import { describe, expect, it } from "vitest";
import { claimsAboveEvidence, evidenceByQuestion } from "@/domain/evidence/explain";
import type { FindingsDocument } from "@/domain/evidence/findings";
import { loadV2 } from "../support/answers";

/** A scan as the answering page shows it: suggestion, findings with their explanation, and when a note is asked for. */

const q = loadV2();
const question = q.objects.flatMap((o) => o.questions).find((x) => x.id === "code-ci-checks");
const at = "2026-11-20T10:00:00.000Z";
const finding = (
  ruleId: string,
  kind: "floor" | "ceiling",
  optionId: string,
  confidence: "high" | "medium" | "low",
) => ({
  ruleId,
  questionId: "code-ci-checks",
  kind,
  optionId,
  confidence,
  locations: [{ path: "a.py" }, { path: "b.py" }, { path: "c.py" }, { path: "d.py" }],
  count: 4,
  scannedAt: at,
});
const scan = (
  findings: ReturnType<typeof finding>[],
): Pick<FindingsDocument, "findings" | "suggestions"> => ({
  findings,
  suggestions: [
    {
      questionId: "code-ci-checks",
      status: "suggested",
      optionId: findings[0]?.optionId ?? null,
      confidence: findings[0]?.confidence ?? null,
      floor: null,
      ceiling: null,
    },
  ],
});

describe("evidence by question", () => {
  it("labels options, explains each finding by its rule, and shows three places with the full count", () => {
    const view = evidenceByQuestion(
      q,
      new Map([["code-no-ci", "No CI anywhere."]]),
      scan([finding("code-no-ci", "ceiling", "none", "high")]),
    ).get("code-ci-checks");
    expect(view?.suggestion).toEqual({
      optionId: "none",
      optionLabel: "None run automatically.",
      confidence: "high",
    });
    expect(view?.findings[0]).toMatchObject({
      explanation: "No CI anywhere.",
      optionLabel: "None run automatically.",
      count: 4,
    });
    expect(view?.findings[0]?.locations).toHaveLength(3);
    expect(view?.hardCeiling?.optionId).toBe("none");
  });

  it.each([
    ["above a high ceiling", [finding("code-no-ci", "ceiling", "none", "high")], "ml-checks-block", true],
    ["at the high ceiling", [finding("code-no-ci", "ceiling", "none", "high")], "none", false],
    ["above a medium ceiling only", [finding("r", "ceiling", "none", "medium")], "ml-checks-block", false],
    ["with a floor only", [finding("r", "floor", "unit-only", "high")], "ml-checks-block", false],
  ] as const)("asks for a note when the answer is %s: %s", (_case, findings, optionId, expected) => {
    const view = evidenceByQuestion(q, new Map(), scan([...findings])).get("code-ci-checks");
    if (!question) throw new Error("question missing");
    expect(
      claimsAboveEvidence(question, { questionId: "code-ci-checks", kind: "option", optionId }, view),
    ).toBe(expected);
    expect(claimsAboveEvidence(question, { questionId: "code-ci-checks", kind: "dont-know" }, view)).toBe(
      false,
    );
  });
});
