import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { mlTestScoreTable } from "@/domain/questionnaire/ml-test-score-table";
import { riskTable } from "@/domain/questionnaire/risk-table";
import { loadV2 } from "../support/answers";

/** The docs generated from questionnaire v2 are up to date (regenerate with npm run generate). */
describe("docs generated from questionnaire v2", () => {
  const v2 = loadV2();

  it("docs/risks.md lists every risk with the options that open it", () => {
    expect(fs.readFileSync("docs/risks.md", "utf8")).toBe(riskTable(v2));
    for (const risk of v2.risks) expect(fs.readFileSync("docs/risks.md", "utf8")).toContain(`\`${risk.id}\``);
  });

  it("docs/ml-test-score.md maps the 28 tests as ml-test-score.yaml does", () => {
    expect(v2.mlTestScore).toHaveLength(28);
    expect(fs.readFileSync("docs/ml-test-score.md", "utf8")).toBe(mlTestScoreTable(v2));
  });

  it("covers the tests one question each can cover: data-2, infra-5, monitor-5, monitor-6, model-2", () => {
    for (const id of ["data-2", "infra-5", "monitor-5", "monitor-6", "model-2"])
      expect(v2.mlTestScore.find((t) => t.id === id)?.coverage, id).toBe("covered");
  });
});
