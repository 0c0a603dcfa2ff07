import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { assembleEvidenceRules, type EvidenceRules } from "@/domain/evidence/rules";
import { EVIDENCE_FILE } from "@/domain/evidence/schema";
import { assembleQuestionnaire, QuestionnaireError } from "@/domain/questionnaire/assemble";
import { isV2, type QuestionnaireV2 } from "@/domain/questionnaire/questionnaire";

/**
 * What a scan judges against: the newest questionnaire version that has evidence rules, and the
 * rules, read from the project's `questionnaires/` folder. The one-file scanner (npm run
 * build:scanner) replaces this module with the same content built in, so it needs no files.
 */
export interface ScanContent {
  questionnaire: QuestionnaireV2;
  rules: EvidenceRules;
  scannerVersion: string;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function readYaml(file: string): unknown {
  if (!fs.existsSync(file)) throw new Error("file not found");
  return parseYaml(fs.readFileSync(file, "utf8"));
}

/** Reads and checks a questionnaire folder and its evidence rules (errors name the file, path and problem). */
function loadScanContentFrom(folder: string): Omit<ScanContent, "scannerVersion"> {
  const relative = path.relative(process.cwd(), folder) || folder;
  const questionnaire = assembleQuestionnaire((name) => readYaml(path.join(folder, name)), relative);
  if (!isV2(questionnaire))
    throw new Error(`${relative} is in the first questionnaire format, which has no evidence rules`);
  let data: unknown;
  try {
    data = readYaml(path.join(folder, EVIDENCE_FILE));
  } catch (error) {
    throw new QuestionnaireError([
      {
        file: `${relative}/${EVIDENCE_FILE}`,
        path: "",
        message: error instanceof Error ? error.message : String(error),
      },
    ]);
  }
  return { questionnaire, rules: assembleEvidenceRules(data, questionnaire, `${relative}/${EVIDENCE_FILE}`) };
}

export function loadScanContent(questionnaireId = "mlops-maturity"): ScanContent {
  const base = path.join(projectRoot, "questionnaires", questionnaireId);
  const versions = fs
    .readdirSync(base)
    .filter((name) => /^v\d+$/.test(name) && fs.existsSync(path.join(base, name, EVIDENCE_FILE)))
    .sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)));
  const newest = versions[0];
  if (!newest) throw new Error(`no version of ${questionnaireId} has ${EVIDENCE_FILE}`);
  const { version } = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
    version: string;
  };
  return { ...loadScanContentFrom(path.join(base, newest)), scannerVersion: version };
}
