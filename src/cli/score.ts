import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { answersFileSchema } from "@/domain/scoring/answers";
import { AnswerError, scoreAssessment } from "@/domain/scoring/engine";
import type { AssessmentResult } from "@/domain/scoring/result";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
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
  options: { questionnaire: { type: "string" }, lens: { type: "string" }, json: { type: "boolean", default: false } },
});
const file = positionals[0] ?? fail("usage: npm run score -- <answers.json> [--questionnaire id@version] [--lens id] [--json]");
if (!fs.existsSync(file)) fail(`no such file: ${file}`);

const parsed = answersFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
if (!parsed.success) fail(`${file} is not an answers file:\n${z.prettifyError(parsed.error)}`);

const wanted = values.questionnaire ?? parsed.data.questionnaire ?? "mlops-maturity";
const [id = "", version] = wanted.split("@");
const all = loadAllQuestionnaires();
const questionnaire = version ? all.find((q) => q.id === id && q.version === version) : latestVersion(all, id);
if (!questionnaire) fail(`no questionnaire ${wanted} under questionnaires/ (have: ${all.map((q) => `${q.id}@${q.version}`).join(", ")})`);
const lens = values.lens ?? questionnaire.defaultLens;
if (!questionnaire.lenses.some((l) => l.id === lens)) fail(`unknown lens ${lens} (have: ${questionnaire.lenses.map((l) => l.id).join(", ")})`);

let result: AssessmentResult;
try {
  result = scoreAssessment(questionnaire, { answers: parsed.data.answers, targets: parsed.data.targets });
} catch (error) {
  if (error instanceof AnswerError) fail(`the answers do not fit ${questionnaire.id}@${questionnaire.version}: ${error.message}`);
  throw error;
}
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(render(questionnaire, result, lens));
}

function render(q: Questionnaire, r: AssessmentResult, lensId: string): string {
  const title = (id: string) => q.objects.find((o) => o.id === id)?.title ?? id;
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  const lines = [`${q.title} (${q.id}@${q.version}), engine ${r.engineVersion}`, ""];
  lines.push("Object  Level  Score  Target  Complete  Confidence  Blocking the next level");
  for (const o of r.objects) {
    lines.push(
      [title(o.object).padEnd(7), `L${o.level}`.padEnd(6), o.score.toFixed(2).padEnd(6), (o.target === null ? "-" : `L${o.target}`).padEnd(7), percent(o.completion).padEnd(9), percent(o.confidence).padEnd(11), o.blocking.join(", ") || "-"].join(" "),
    );
  }
  lines.push("", `Weakest link: L${r.overall.weakestLevel} (${r.overall.weakestObjects.map(title).join(", ")}); mean score ${r.overall.meanScore.toFixed(2)}.`, "");
  lines.push(`Open risks (${r.risks.length}):`);
  for (const risk of r.risks) {
    lines.push(`  ${risk.severity.toUpperCase().padEnd(6)} ${risk.title}${risk.raisedBy ? ` (raised by ${risk.raisedBy})` : ""} — ${risk.causes.map((c) => `${c.questionId}: ${c.status}`).join("; ")}`);
  }
  const lensTitle = q.lenses.find((l) => l.id === lensId)?.title ?? lensId;
  lines.push("", `Improvement plan (lens: ${lensTitle}):`);
  for (const rec of r.recommendations) {
    const guidance = rec.guidance[lensId];
    lines.push(`  ${String(rec.rank).padStart(2)}. [${rec.priority}] ${title(rec.object)} L${rec.step - 1}→L${rec.step}: ${rec.title}${rec.forTarget ? " (for target)" : ""}`);
    if (guidance) lines.push(`      ${guidance.how} Tools: ${guidance.tools.join(", ")}.`);
  }
  if (r.advice.length > 0) {
    lines.push("", "Advice from your context:");
    for (const a of r.advice) lines.push(`  - ${a.title}: ${a.advice}`);
  }
  return lines.join("\n");
}
