import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { questionnaireJsonSchemas } from "@/domain/questionnaire/json-schema";
import { loadAllQuestionnaires } from "@/server/questionnaires/files";
import { loadV1 } from "../support/answers";

describe("questionnaire mlops-maturity v1", () => {
  const q = loadV1();

  it("meets the coverage floor: every object, every transition, at least 3 questions each, 36 or more in all", () => {
    const rows = q.objects.flatMap((object) =>
      [1, 2, 3, 4].map((step) => {
        const capabilities = object.capabilities.filter((c) => c.step === step).map((c) => c.id);
        const questions = object.questions.filter((question) => capabilities.includes(question.capability));
        return {
          object: object.id,
          transition: `L${step - 1}→L${step}`,
          capabilities: capabilities.length,
          questions: questions.length,
        };
      }),
    );
    console.table(rows);
    expect(q.objects.map((o) => o.id)).toEqual(["data", "model", "code"]);
    for (const row of rows) {
      expect(row.capabilities, `${row.object} ${row.transition}`).toBeGreaterThanOrEqual(1);
      expect(row.questions, `${row.object} ${row.transition}`).toBeGreaterThanOrEqual(3);
    }
    expect(rows.reduce((n, r) => n + r.questions, 0)).toBeGreaterThanOrEqual(36);
  });

  it("maps all 28 tests of the ML Test Score, with a reason wherever coverage is partial or absent", () => {
    expect(q.mlTestScore).toHaveLength(28);
    const counts = { covered: 0, partly: 0, "not-covered": 0 };
    for (const test of q.mlTestScore) {
      counts[test.coverage]++;
      if (test.coverage === "covered") expect(test.questions.length, test.id).toBeGreaterThan(0);
      else expect(test.why, test.id).toBeTruthy();
    }
    console.log("ML Test Score coverage:", counts);
    for (const section of ["data", "model", "infra", "monitor"]) {
      expect(q.mlTestScore.filter((t) => t.id.startsWith(`${section}-`))).toHaveLength(7);
    }
  });

  it("gives every scored question graded options from not done to automated, help and at least one risk", () => {
    for (const question of q.objects.flatMap((o) => o.questions)) {
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(3);
      expect(Math.min(...question.options.map((o) => o.value)), question.id).toBe(0);
      expect(Math.max(...question.options.map((o) => o.value)), question.id).toBe(3);
      expect(question.help.length, question.id).toBeGreaterThan(40);
    }
  });

  it("contains the first-class content: the real test, MLOps v0, the anti-patterns, the org grid context", () => {
    const questionText = q.objects
      .flatMap((o) => o.questions.map((x) => `${x.text} ${x.source ?? ""}`))
      .join("\n");
    expect(questionText).toMatch(/quit|left the team|best data scientist/i);
    expect(questionText).toMatch(/snapshot/i);
    expect(questionText).toMatch(/checklist/i);
    expect(questionText).toMatch(/alert/i);
    const antiPatterns = q.risks
      .filter((r) => r.tags?.includes("anti-pattern"))
      .map((r) => r.title.toLowerCase());
    expect(antiPatterns.join()).toMatch(/skew/);
    expect(antiPatterns.join()).toMatch(/monitor/);
    expect(antiPatterns.join()).toMatch(/monolith/);
    expect(q.context.questions.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "ownership-scope",
        "org-structure",
        "models-in-production",
        "regulated-domain",
      ]),
    );
  });

  it("stays on disk beside the newer version, and every version on disk loads", () => {
    expect(loadAllQuestionnaires().map((x) => `${x.id}@${x.version}`)).toEqual([
      "mlops-maturity@1",
      "mlops-maturity@2",
    ]);
  });
});

describe("the JSON Schemas for editors", () => {
  it("are up to date with the zod schemas (regenerate with npm run generate)", () => {
    for (const [name, schema] of Object.entries(questionnaireJsonSchemas())) {
      const committed = JSON.parse(fs.readFileSync(path.join("questionnaires", "schema", name), "utf8"));
      expect(committed, name).toEqual(schema);
    }
  });
});
