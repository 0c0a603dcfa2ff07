import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { assembleEvidenceRules, type EvidenceRules } from "@/domain/evidence/rules";
import { EVIDENCE_FILE } from "@/domain/evidence/schema";
import { isV2, type Questionnaire } from "@/domain/questionnaire/questionnaire";
import { questionnairesDir } from "./files";

/**
 * The evidence rules beside a questionnaire version (`evidence.yaml`), read and checked against
 * it once per process: the app shows their one-line explanations next to a scan's findings. A
 * version without the file has no rules (v1).
 */
const cache = new Map<string, EvidenceRules | null>();

export function evidenceRulesOf(
  questionnaire: Questionnaire,
  root = questionnairesDir(),
): EvidenceRules | null {
  const key = `${root}\0${questionnaire.id}@${questionnaire.version}`;
  if (!cache.has(key)) {
    const file = path.join(root, questionnaire.id, `v${questionnaire.version}`, EVIDENCE_FILE);
    const relative = path.relative(process.cwd(), file) || file;
    cache.set(
      key,
      isV2(questionnaire) && fs.existsSync(file)
        ? assembleEvidenceRules(parseYaml(fs.readFileSync(file, "utf8")), questionnaire, relative)
        : null,
    );
  }
  return cache.get(key) ?? null;
}

/** Rule id → its explanation, for a questionnaire version (empty without rules). */
export function ruleExplanations(questionnaire: Questionnaire): Map<string, string> {
  return new Map(evidenceRulesOf(questionnaire)?.rules.map((r) => [r.id, r.explanation]) ?? []);
}
