import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { assembleQuestionnaire, MANIFEST_FILE, QuestionnaireError } from "@/domain/questionnaire/assemble";
import type { Questionnaire } from "@/domain/questionnaire/questionnaire";
import { env } from "@/lib/env";

/** Reads questionnaire versions from `questionnaires/<id>/v<version>/` (YAML) and validates them. */

export const questionnairesDir = () => path.resolve(env().QUESTIONNAIRES_DIR);

export function loadQuestionnaireFolder(folder: string, root = questionnairesDir()): Questionnaire {
  const relative = path.relative(process.cwd(), folder) || folder;
  const questionnaire = assembleQuestionnaire((name) => {
    const file = path.join(folder, name);
    if (!fs.existsSync(file)) throw new Error("file not found");
    try {
      return parseYaml(fs.readFileSync(file, "utf8"));
    } catch (error) {
      if (error instanceof YAMLParseError) {
        const where = error.linePos?.[0];
        throw new Error(
          `invalid YAML${where ? ` at line ${where.line}, column ${where.col}` : ""}: ${error.message.split("\n")[0]}`,
        );
      }
      throw error;
    }
  }, relative);
  const expected = path.relative(root, folder).split(path.sep).join("/");
  if (`${questionnaire.id}/v${questionnaire.version}` !== expected) {
    throw new QuestionnaireError([
      {
        file: `${relative}/${MANIFEST_FILE}`,
        path: "id",
        message: `id and version must match the folder <id>/v<version> (${expected}), found id ${questionnaire.id}, version ${questionnaire.version}`,
      },
    ]);
  }
  return questionnaire;
}

/** Every version folder under the root: `<id>/v<version>` with a manifest. */
export function listQuestionnaireFolders(root = questionnairesDir()): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(root, d.name), { withFileTypes: true })
        .filter((v) => v.isDirectory() && fs.existsSync(path.join(root, d.name, v.name, MANIFEST_FILE)))
        .map((v) => path.join(root, d.name, v.name)),
    )
    .sort();
}

export function loadAllQuestionnaires(root = questionnairesDir()): Questionnaire[] {
  return listQuestionnaireFolders(root).map((folder) => loadQuestionnaireFolder(folder, root));
}

/** The newest version of a questionnaire (versions are whole numbers). */
export function latestVersion(questionnaires: Questionnaire[], id: string): Questionnaire | undefined {
  return questionnaires.filter((q) => q.id === id).sort((a, b) => Number(b.version) - Number(a.version))[0];
}
