import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { answersFileSchema } from "@/domain/scoring/answers";
import { AnswerError, scoreAssessment } from "@/domain/scoring/engine";
import type { AssessmentResult } from "@/domain/scoring/result";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import { buildResultView } from "@/features/results/view";
import { latestVersion, loadAllQuestionnaires } from "@/server/questionnaires/files";

/**
 * `npm run score -- <answers.json> [--questionnaire id@version] [--lens id] [--json]`:
 * scores an answers file with the engine and prints the result.
 */

function fail(message: string): never {
  console.error(`score: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    questionnaire: { type: "string" },
    lens: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const file =
  positionals[0] ??
  fail("usage: npm run score -- <answers.json> [--questionnaire id@version] [--lens id] [--json]");
if (!fs.existsSync(file)) fail(`no such file: ${file}`);

const parsed = answersFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
if (!parsed.success) fail(`${file} is not an answers file:\n${z.prettifyError(parsed.error)}`);

const wanted = values.questionnaire ?? parsed.data.questionnaire ?? "mlops-maturity";
const [id = "", version] = wanted.split("@");
const all = loadAllQuestionnaires();
const questionnaire = version
  ? all.find((q) => q.id === id && q.version === version)
  : latestVersion(all, id);
if (!questionnaire)
  fail(
    `no questionnaire ${wanted} under questionnaires/ (have: ${all.map((q) => `${q.id}@${q.version}`).join(", ")})`,
  );
const lens = values.lens ?? questionnaire.defaultLens;
if (!questionnaire.lenses.some((l) => l.id === lens))
  fail(`unknown lens ${lens} (have: ${questionnaire.lenses.map((l) => l.id).join(", ")})`);

let result: AssessmentResult;
try {
  result = scoreAssessment(questionnaire, { answers: parsed.data.answers, targets: parsed.data.targets });
} catch (error) {
  if (error instanceof AnswerError)
    fail(`the answers do not fit ${questionnaire.id}@${questionnaire.version}: ${error.message}`);
  throw error;
}
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(render(questionnaire, result, lens));
}

function render(q: Questionnaire, r: AssessmentResult, lensId: string): string {
  const answers = (parsed.data?.answers ?? []).map((answer) => ({
    questionId: answer.questionId,
    answer,
    note: null,
    evidenceUrl: null,
  }));
  const view = buildResultView({ questionnaire: q, result: r, answers, lens: lensId });
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  const level = (l: number | null) => (l === null ? "n/a" : `L${l}`);
  const lines = [`${q.title} (${q.id}@${q.version}), engine ${r.engineVersion}`, ""];
  lines.push("Object  Level  Score  Covered  Applies  Target  Complete  Confidence  Blocking the next level");
  for (const o of view.objects) {
    lines.push(
      [
        o.title.padEnd(7),
        level(o.level).padEnd(6),
        o.score.toFixed(2).padEnd(6),
        (o.coverage === null ? "-" : percent(o.coverage)).padEnd(8),
        (o.applicability === null ? "-" : percent(o.applicability)).padEnd(8),
        (o.target === null ? "-" : `L${o.target}`).padEnd(7),
        percent(o.completion).padEnd(9),
        percent(o.confidence).padEnd(11),
        o.blocking.join(", ") || "-",
      ].join(" "),
    );
    if (o.level === null) lines.push(`        ${o.explanation.level}`);
    if (o.oneAnswerAway)
      lines.push(
        `        one answer away from L${o.oneAnswerAway.level}: ${o.oneAnswerAway.question} → ${o.oneAnswerAway.answer}`,
      );
  }
  lines.push(
    "",
    `Weakest link: ${level(view.weakest.level)} (${view.weakest.objects.join(", ")})${view.coverage === null ? `; mean score ${view.meanScore.toFixed(2)}` : `; ${percent(view.coverage)} of the practice in place`}.`,
  );
  if (view.preProduction)
    lines.push("Pre-production: no model in production yet; production practices are not rated.");
  if (view.realTest)
    lines.push(`The real test: ${view.realTest.passed ? "passed" : "not passed"} (${view.realTest.answer}).`);
  if (view.mlopsV0)
    lines.push(
      `MLOps v0: ${view.mlopsV0.practices.map((p) => `${p.met ? "✓" : "✗"} ${p.title}`).join("; ")}.`,
    );
  lines.push("", `Open risks (${view.risks.length}):`);
  for (const risk of view.risks) {
    lines.push(
      `  ${risk.severity.toUpperCase().padEnd(6)} ${risk.title} (${risk.objectTitle})${risk.raisedBy ? ` — raised by: ${risk.raisedBy}` : ""}`,
    );
    lines.push(`         opened by: ${risk.causes.map((c) => `${c.question} [${c.answer}]`).join("; ")}`);
  }
  lines.push("", `Improvement plan (lens: ${view.lens.title}):`);
  for (const item of view.plan) {
    lines.push(
      `  ${String(item.rank).padStart(2)}. [${item.priority}] ${item.objectTitle} L${item.step - 1}→L${item.step}: ${item.title}${item.forTarget ? " (for target)" : ""}`,
    );
    if (item.guidance) lines.push(`      ${item.guidance.how} Tools: ${item.guidance.tools.join(", ")}.`);
  }
  if (view.advice.length > 0) {
    lines.push("", "Advice from your context:");
    for (const a of view.advice) lines.push(`  - ${a.title}: ${a.advice}`);
  }
  return lines.join("\n");
}
