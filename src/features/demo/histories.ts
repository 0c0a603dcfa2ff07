import "server-only";
import { createHash } from "node:crypto";
import type { QuestionnaireV2 } from "@/domain/questionnaire/questionnaire";
import type { ObjectId } from "@/domain/questionnaire/schema";
import type { Answer, Targets } from "@/domain/scoring/answers";

/**
 * Demo assessments: each team's practice, object by object, as a maturity "profile" per quarter
 * (2.5 = steps 1–2 in place, step 3 half-way). Answers follow the profile; results are computed by
 * the engine, exactly as a submitted assessment's would be.
 */

type Profile = Record<ObjectId, number>;
interface DemoHistory {
  team: string;
  context: Record<string, string>;
  targets: Targets;
  submitted: { date: string; profile: Profile }[];
  draft?: Profile;
}

export const DEMO_HISTORIES: readonly DemoHistory[] = [
  {
    team: "fraud-detection",
    context: {
      "models-in-production": "few",
      "serving-mode": "online",
      "model-kind": "trained",
      "label-delay": "fast",
      regulated: "personal-data",
      platform: "databricks",
    },
    targets: { data: 3, model: 3, code: 4 },
    submitted: [
      { date: "2026-02-16", profile: { data: 1.4, model: 1.6, code: 2.5 } },
      { date: "2026-05-18", profile: { data: 1.8, model: 2.3, code: 3.1 } },
      { date: "2026-08-17", profile: { data: 2.4, model: 2.8, code: 3.4 } },
    ],
    draft: { data: 2.7, model: 3.1, code: 3.6 },
  },
  {
    team: "search-ranking",
    context: {
      "models-in-production": "many",
      "serving-mode": "online",
      "model-kind": "trained",
      "label-delay": "fast",
      regulated: "no",
      platform: "open-source",
    },
    targets: { data: 4, model: 4, code: 4 },
    submitted: [
      { date: "2026-03-09", profile: { data: 2.6, model: 3.2, code: 3.3 } },
      { date: "2026-09-14", profile: { data: 3.2, model: 3.7, code: 4 } },
    ],
  },
  {
    team: "demand-forecasting",
    context: {
      "models-in-production": "few",
      "serving-mode": "batch",
      "model-kind": "trained",
      "label-delay": "slow",
      regulated: "no",
      platform: "cloud-ml",
    },
    targets: { data: 2, model: 2, code: 2 },
    submitted: [
      { date: "2026-04-06", profile: { data: 1.3, model: 1.2, code: 0.6 } },
      { date: "2026-10-05", profile: { data: 1.7, model: 2.2, code: 1.4 } },
    ],
  },
  {
    team: "credit-risk",
    context: {
      "models-in-production": "few",
      "serving-mode": "batch",
      "model-kind": "trained",
      "label-delay": "slow",
      regulated: "strict",
      platform: "databricks",
    },
    targets: { data: 3, model: 3, code: 3 },
    submitted: [
      { date: "2026-01-19", profile: { data: 2.2, model: 1.5, code: 1.2 } },
      { date: "2026-07-13", profile: { data: 2.6, model: 2.4, code: 1.8 } },
    ],
  },
  {
    team: "recommendations",
    context: {
      "models-in-production": "few",
      "serving-mode": "batch-and-online",
      "model-kind": "trained",
      "label-delay": "fast",
      regulated: "personal-data",
      platform: "open-source",
    },
    targets: { data: 3, model: 4, code: 3 },
    submitted: [{ date: "2026-06-08", profile: { data: 0.7, model: 2.6, code: 2.4 } }],
  },
];

/** A deterministic number in [0, 1) for a name, so demo answers vary but never change between runs. */
function jitter(name: string): number {
  return parseInt(createHash("sha1").update(name).digest("hex").slice(0, 8), 16) / 2 ** 32;
}

/**
 * Answers that put each object at its profile: the steps below it in place (consistent or
 * automated, as each step's pass mark asks), the next partly there, the rest mostly missing.
 */
export function answersForProfile(
  questionnaire: QuestionnaireV2,
  profile: Profile,
  context: Record<string, string>,
  seed: string,
): Answer[] {
  const answers: Answer[] = [];
  for (const object of questionnaire.objects) {
    const reached = profile[object.id];
    for (const question of object.questions) {
      const step = object.capabilities.find((c) => c.id === question.capability)?.step ?? 1;
      const mark = questionnaire.passMarks[String(step) as "1" | "2" | "3" | "4"];
      const r = jitter(`${seed}:${question.id}`);
      const partial = reached - Math.floor(reached);
      const value =
        step <= Math.floor(reached)
          ? r < 0.5
            ? 3
            : mark
          : step === Math.floor(reached) + 1
            ? r < partial
              ? mark
              : mark - 1
            : r < 0.15
              ? 1
              : 0;
      if (r > 0.97 && step > Math.floor(reached)) {
        answers.push({ questionId: question.id, kind: "dont-know" });
        continue;
      }
      const option = [...question.options].sort(
        (a, b) => Math.abs(a.value - value) - Math.abs(b.value - value),
      )[0];
      if (option) answers.push({ questionId: question.id, kind: "option", optionId: option.id });
    }
  }
  for (const [questionId, optionId] of Object.entries(context))
    answers.push({ questionId, kind: "option", optionId });
  return answers;
}
