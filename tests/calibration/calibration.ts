import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { QuestionnaireV2 } from "@/domain/questionnaire/questionnaire";
import { answersFileSchema } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import type { AssessmentResult } from "@/domain/scoring/result";

/**
 * The calibration suite's data: realistic team profiles (profiles.yaml), the answers chosen for
 * each blind to the engine (answers/<id>.json), and what an ML platform lead would sign for each
 * (expected.yaml). Shared by the test and by the generator of docs/calibration.md.
 */

export const CALIBRATION_DIR = path.join("tests", "calibration");

const range = z.tuple([z.number().int().min(0).max(4).nullable(), z.number().int().min(0).max(4)]);

const expectedSchema = z.object({
  profiles: z.record(
    z.string(),
    z
      .object({
        data: range,
        model: range,
        code: range,
        weakest: range,
        preProduction: z.boolean().optional(),
        mlopsV0: z.boolean().optional(),
        high: z.array(z.string()),
        notOpen: z.array(z.string()),
        why: z.object({ data: z.string(), model: z.string(), code: z.string() }).strict(),
        /** A range changed after the first scoring: the range first written, and why it was wrong. */
        revised: z
          .partialRecord(
            z.enum(["data", "model", "code"]),
            z.object({ from: range, reason: z.string() }).strict(),
          )
          .optional(),
      })
      .strict(),
  ),
});

const profilesSchema = z.object({
  profiles: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() }).strict()),
});

export type Expected = z.infer<typeof expectedSchema>["profiles"][string];
export type Range = z.infer<typeof range>;

export interface CalibrationCase {
  id: string;
  title: string;
  description: string;
  expected: Expected;
  result: AssessmentResult;
}

export function loadCalibration(questionnaire: QuestionnaireV2): CalibrationCase[] {
  const profiles = profilesSchema.parse(
    parseYaml(fs.readFileSync(path.join(CALIBRATION_DIR, "profiles.yaml"), "utf8")),
  ).profiles;
  const expected = expectedSchema.parse(
    parseYaml(fs.readFileSync(path.join(CALIBRATION_DIR, "expected.yaml"), "utf8")),
  ).profiles;
  return profiles.map((profile) => {
    const want = expected[profile.id];
    if (!want) throw new Error(`expected.yaml has no entry for profile ${profile.id}`);
    const file = answersFileSchema.parse(
      JSON.parse(fs.readFileSync(path.join(CALIBRATION_DIR, "answers", `${profile.id}.json`), "utf8")),
    );
    return { ...profile, expected: want, result: scoreAssessment(questionnaire, { answers: file.answers }) };
  });
}

/** Whether a level lies in a range whose lower end null also admits "not assessable". */
export function inRange(level: number | null, [low, high]: Range): boolean {
  if (level === null) return low === null;
  return level >= (low ?? 0) && level <= high;
}

export const formatRange = ([low, high]: Range) =>
  low === high ? `L${high}` : `${low === null ? "n/a" : `L${low}`}–L${high}`;
export const formatLevel = (level: number | null) => (level === null ? "n/a" : `L${level}`);
