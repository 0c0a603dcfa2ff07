import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { loadV2 } from "../support/answers";
import { calibrationTable } from "./calibration-table";
import { inRange, loadCalibration } from "./calibration";

/**
 * Realistic teams, their answers chosen blind to the engine, against what an ML platform lead
 * would sign: levels, the weakest link, the risks that must be high, and no risk the description
 * denies. docs/calibration.md shows the same table.
 */
const questionnaire = loadV2();
const cases = loadCalibration(questionnaire);

describe("calibration profiles", () => {
  it("has at least fifteen profiles", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases) {
    it(`${c.id}: levels, weakest link and risks as expected`, () => {
      for (const object of ["data", "model", "code"] as const) {
        const level = c.result.objects.find((o) => o.object === object)?.level ?? null;
        expect(
          inRange(level, c.expected[object]),
          `${object} L${level} outside ${JSON.stringify(c.expected[object])}`,
        ).toBe(true);
      }
      expect(inRange(c.result.overall.weakestLevel, c.expected.weakest), "weakest link").toBe(true);
      if (c.expected.preProduction !== undefined)
        expect(c.result.overall.preProduction).toBe(c.expected.preProduction);
      if (c.expected.mlopsV0 !== undefined) expect(c.result.overall.mlopsV0?.met).toBe(c.expected.mlopsV0);
      for (const id of c.expected.high)
        expect(c.result.risks.find((r) => r.id === id)?.severity, `${id} must be open and high`).toBe("high");
      const open = c.result.risks.map((r) => r.id);
      for (const id of c.expected.notOpen) expect(open, `${id} contradicts the profile`).not.toContain(id);
    });
  }

  it("is shown in docs/calibration.md as it is", () => {
    expect(fs.readFileSync("docs/calibration.md", "utf8")).toBe(calibrationTable(cases));
  });
});
