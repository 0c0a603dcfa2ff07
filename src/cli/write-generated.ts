import fs from "node:fs";
import path from "node:path";
import { evidenceRulesTable, withRulesTable } from "@/domain/evidence/rules-table";
import { isV2 } from "@/domain/questionnaire/questionnaire";
import { questionnaireJsonSchemas } from "@/domain/questionnaire/json-schema";
import { mlTestScoreTable } from "@/domain/questionnaire/ml-test-score-table";
import { riskTable } from "@/domain/questionnaire/risk-table";
import { loadScanContent } from "@/evidence/content";
import { latestVersion, loadAllQuestionnaires } from "@/server/questionnaires/files";

/**
 * `npm run generate` regenerates the files derived from the code and the questionnaire content:
 * the JSON Schemas in questionnaires/schema/ (from the zod schemas), docs/risks.md and
 * docs/ml-test-score.md (from the current questionnaire), the rules part of docs/evidence.md (from
 * the newest evidence rules); tests/calibration/write-doc.ts then writes
 * docs/calibration.md. Tests fail while any of them is out of date.
 */
const dir = path.join(process.cwd(), "questionnaires", "schema");
for (const [name, schema] of Object.entries(questionnaireJsonSchemas())) {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote questionnaires/schema/${name}`);
}
const current = latestVersion(loadAllQuestionnaires(), "mlops-maturity");
if (current && isV2(current)) {
  fs.writeFileSync(path.join(process.cwd(), "docs", "risks.md"), riskTable(current));
  fs.writeFileSync(path.join(process.cwd(), "docs", "ml-test-score.md"), mlTestScoreTable(current));
  console.log("wrote docs/risks.md and docs/ml-test-score.md");
}
const evidence = loadScanContent();
const evidenceDoc = path.join(process.cwd(), "docs", "evidence.md");
const existing = fs.existsSync(evidenceDoc)
  ? fs.readFileSync(evidenceDoc, "utf8")
  : "# Evidence from repositories\n";
fs.writeFileSync(
  evidenceDoc,
  withRulesTable(existing, evidenceRulesTable(evidence.questionnaire, evidence.rules)),
);
console.log("wrote the rules of docs/evidence.md");
