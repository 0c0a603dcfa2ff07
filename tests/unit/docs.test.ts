import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type Answer, answerSchema } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadV1, loadV2 } from "../support/answers";

/** The docs quote the questionnaire and the engine; these tests fail when they fall out of date. */

const q = loadV1();

/** Table rows whose first cell matches, as trimmed cells with code backticks removed. */
function tableRows(doc: string, firstCell: RegExp): string[][] {
  return doc
    .split("\n")
    .filter((line) => line.startsWith("| "))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim().replaceAll("`", "")),
    )
    .filter((cells) => firstCell.test(cells[0] ?? ""));
}

describe("docs/ml-test-score-v1.md", () => {
  const doc = fs.readFileSync("docs/ml-test-score-v1.md", "utf8");
  const rows = new Map(tableRows(doc, /^(data|model|infra|monitor)-\d$/).map((cells) => [cells[0], cells]));
  const coverageWord = { covered: "covered", partly: "partly", "not-covered": "not covered" } as const;

  it("has one row per test of ml-test-score.yaml with its coverage and exactly its questions", () => {
    expect(q.mlTestScore).toHaveLength(28);
    expect([...rows.keys()].sort()).toEqual(q.mlTestScore.map((t) => t.id).sort());
    for (const test of q.mlTestScore) {
      const [, , coverage = "", questions = "", why = ""] = rows.get(test.id) ?? [];
      expect(coverage, test.id).toBe(coverageWord[test.coverage]);
      const listed = questions.match(/\b(?:data|model|code)-[a-z0-9-]+(?= \()/g) ?? [];
      expect(listed.sort(), test.id).toEqual([...test.questions].sort());
      if (test.coverage !== "covered") expect(why, test.id).not.toBe("");
    }
  });

  it("states the coverage counts of the YAML", () => {
    const count = (c: string) => q.mlTestScore.filter((t) => t.coverage === c).length;
    expect(doc).toContain(
      `Coverage: ${count("covered")} covered, ${count("partly")} partly, ${count("not-covered")} not covered.`,
    );
  });
});

describe("docs/scoring-v1.md worked example", () => {
  const doc = fs.readFileSync("docs/scoring-v1.md", "utf8");
  const example = doc.slice(doc.indexOf("## Worked example"));
  const json = /```json\n([\s\S]*?)\n```/.exec(example)?.[1];
  const answers: Answer[] = z.array(answerSchema).parse(JSON.parse(json ?? "null"));

  const resultLine =
    /^Result: Model L(\d), score (\d\.\d\d), completion (\d\.\d\d), confidence (\d\.\d\d), target L(\d), gap (\d)$/m.exec(
      example,
    );
  const target = Number(resultLine?.[5]);
  const result = scoreAssessment(q, { answers, targets: { model: target } });
  const model = result.objects.find((o) => o.object === "model");

  it("states the level, score, completion, confidence and gap the engine gives", () => {
    expect(
      resultLine,
      "a line 'Result: Model L…, score …, completion …, confidence …, target L…, gap …'",
    ).not.toBeNull();
    const [, level, score, completion, confidence, , gap] = resultLine ?? [];
    expect({ level, score, completion, confidence, gap }).toEqual({
      level: String(model?.level),
      score: model?.score.toFixed(2),
      completion: model?.completion.toFixed(2),
      confidence: model?.confidence.toFixed(2),
      gap: String(model?.gap),
    });
  });

  it("states the weakest link and mean score the engine gives", () => {
    const { weakestLevel, weakestObjects, meanScore } = result.overall;
    expect(example).toMatch(
      new RegExp(
        `^Overall: weakest level L${weakestLevel} \\(${weakestObjects.join(", ")}\\), mean score ${meanScore.toFixed(2)}$`,
        "m",
      ),
    );
  });

  it("states what each one-answer variant scores", () => {
    const variants = [
      ...example.matchAll(/^Variant: ([a-z0-9-]+) → ([a-z0-9-]+): Model L(\d), score (\d\.\d\d)$/gm),
    ];
    expect(variants.length).toBeGreaterThan(0);
    for (const [line, questionId = "", optionId = "", level, score] of variants) {
      const changed = answers.map((a): Answer =>
        a.questionId === questionId ? { questionId, kind: "option", optionId } : a,
      );
      const variant = scoreAssessment(q, { answers: changed, targets: { model: target } }).objects.find(
        (o) => o.object === "model",
      );
      expect([level, score], line).toEqual([String(variant?.level), variant?.score.toFixed(2)]);
    }
  });

  it("gives each risk in its table the engine's severity and raising rule", () => {
    const rows = tableRows(example, new RegExp(`^(${q.risks.map((r) => r.id).join("|")})$`));
    expect(rows.length).toBeGreaterThan(0);
    for (const [id = "", , severity = ""] of rows) {
      const risk = result.risks.find((r) => r.id === id);
      expect(severity.split(",")[0], id).toBe(risk?.severity);
      if (risk?.raisedBy) expect(severity, id).toContain(`raised from`);
      if (risk?.raisedBy) expect(severity, id).toContain(risk.raisedBy);
    }
  });

  it("lists the recommendations in the engine's order with their priority and target flag", () => {
    const rows = tableRows(example, /^\d+$/);
    expect(rows.length).toBeGreaterThan(0);
    const title = (id: string) => q.objects.find((o) => o.id === id)?.title;
    for (const [rank = "", object, step, capability, priority, forTarget] of rows) {
      const rec = result.recommendations[Number(rank) - 1];
      expect([object, step, capability, priority, forTarget], `rank ${rank}`).toEqual([
        title(rec?.object ?? ""),
        String(rec?.step),
        rec?.capabilityId,
        rec?.priority,
        rec?.forTarget ? "yes" : "no",
      ]);
    }
  });
});

describe("docs/scoring.md worked example (engine 2, questionnaire v2)", () => {
  const doc = fs.readFileSync("docs/scoring.md", "utf8");
  const example = doc.slice(doc.indexOf("## Worked example"));
  const answers: Answer[] = z
    .array(answerSchema)
    .parse(JSON.parse(/```json\n([\s\S]*?)\n```/.exec(example)?.[1] ?? "null"));
  const line =
    /^Result: Model L(\d), score (\d\.\d\d), coverage (\d\.\d\d), confidence (\d\.\d\d), target L(\d), gap (\d), one answer away: ([a-z-]+) at ([a-z-]+)$/m.exec(
      example,
    );

  it("states the engine's result for its answers", () => {
    expect(line).not.toBeNull();
    const model = scoreAssessment(loadV2(), { answers, targets: { model: 3 } }).objects.find(
      (o) => o.object === "model",
    );
    const [, level, score, coverage, confidence, target, gap, question, option] = line ?? [];
    expect(model?.level).toBe(Number(level));
    expect(model?.score.toFixed(2)).toBe(score);
    expect(model?.coverage?.toFixed(2)).toBe(coverage);
    expect(model?.confidence.toFixed(2)).toBe(confidence);
    expect(model?.target).toBe(Number(target));
    expect(model?.gap).toBe(Number(gap));
    expect(model?.oneAnswerAway).toEqual({
      level: Number(level) + 1,
      questionId: question,
      optionId: option,
    });
  });
});
