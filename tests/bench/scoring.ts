import fs from "node:fs";
import { answersFileSchema } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadV2 } from "../support/answers";

/**
 * Scoring one complete assessment (questionnaire v2, the example team) on one core, next to
 * the floor: reading every answer once into a map, which any scorer has to do.
 */

function medianMicros(run: () => void, iterations: number, batches: number): number {
  for (let i = 0; i < iterations; i++) run(); // warm-up for the JIT
  const perBatch: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) run();
    perBatch.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
  }
  perBatch.sort((a, b) => a - b);
  return perBatch[Math.floor(perBatch.length / 2)] as number;
}

export function benchScoring(): Record<string, string | number>[] {
  const questionnaire = loadV2();
  const input = answersFileSchema.parse(
    JSON.parse(fs.readFileSync("questionnaires/examples/typical-team.answers.json", "utf8")),
  );
  let sink = 0;
  const scoring = medianMicros(
    () => {
      sink += scoreAssessment(questionnaire, input).overall.meanScore;
    },
    2_000,
    25,
  );
  const floor = medianMicros(
    () => {
      const map = new Map(input.answers.map((a) => [a.questionId, a]));
      sink += map.size;
    },
    20_000,
    25,
  );
  if (sink < 0) console.log(sink);
  return [
    {
      measure: "score one assessment (median)",
      value: scoring.toFixed(1),
      unit: "µs",
      answers: input.answers.length,
    },
    {
      measure: "assessments scored per second (one core)",
      value: Math.round(1e6 / scoring),
      unit: "/s",
      answers: input.answers.length,
    },
    {
      measure: "floor: read every answer once into a map",
      value: floor.toFixed(2),
      unit: "µs",
      answers: input.answers.length,
    },
    { measure: "scoring ÷ floor", value: (scoring / floor).toFixed(1), unit: "×", answers: "" },
  ];
}
