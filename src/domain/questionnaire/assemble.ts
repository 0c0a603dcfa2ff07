import type { z } from "zod";
import { assembleQuestionnaireV1 } from "./assemble-v1";
import {
  type FileReader,
  MANIFEST_FILE,
  parseFile,
  QuestionnaireError,
  type QuestionnaireIssue,
} from "./files";
import type { Questionnaire, QuestionnaireV2 } from "./questionnaire";
import {
  checkContext,
  checkLenses,
  checkManifestReferences,
  checkMlTestScore,
  checkObjects,
  checkRisks,
  type Add,
  type Files,
  type Known,
} from "./checks";
import {
  contextFileSchema,
  manifestFileSchema,
  mlTestScoreFileSchema,
  objectFileSchema,
  type ContextFile,
  type ManifestFile,
  type MlTestScoreFile,
  type ObjectFile,
} from "./schema";

export { MANIFEST_FILE, QuestionnaireError, type FileReader, type QuestionnaireIssue };

/**
 * Validates the parsed files of one questionnaire version and joins them: format 2 here, the first
 * format in assemble-v1.ts. Every problem is reported with the file, the path inside it and what
 * is wrong, all at once, so a maintainer fixes them in one go.
 */
export function assembleQuestionnaire(read: FileReader, folder = ""): Questionnaire {
  let manifest: unknown;
  try {
    manifest = read(MANIFEST_FILE);
  } catch {
    manifest = undefined;
  }
  const format = (manifest as { format?: unknown } | undefined)?.format;
  return format === undefined ? assembleQuestionnaireV1(read, folder) : assembleQuestionnaireV2(read, folder);
}

function assembleQuestionnaireV2(read: FileReader, folder: string): QuestionnaireV2 {
  const issues: QuestionnaireIssue[] = [];
  const fileName = (name: string) => (folder ? `${folder}/${name}` : name);
  const add: Add = (file, path, message) => issues.push({ file: fileName(file), path, message });
  const parse = <T>(name: string, schema: z.ZodType<T>) => parseFile(read, name, schema, add);

  const manifest = parse<ManifestFile>(MANIFEST_FILE, manifestFileSchema);
  if (!manifest) throw new QuestionnaireError(issues);
  const objectFiles = manifest.files.objects
    .map((name) => ({ name, file: parse<ObjectFile>(name, objectFileSchema) }))
    .filter((o): o is { name: string; file: ObjectFile } => o.file !== undefined);
  const context = parse<ContextFile>(manifest.files.context, contextFileSchema);
  const mlTestScore = parse<MlTestScoreFile>(manifest.files.mlTestScore, mlTestScoreFileSchema);
  if (issues.length > 0 || !context || !mlTestScore) throw new QuestionnaireError(issues);

  const files: Files = { manifest, context, objects: objectFiles, mlTestScore };
  const known: Known = { lensIds: checkLenses(files, add), contextOptions: new Map(), questions: new Map() };
  checkContext(files, known, add);
  checkObjects(files, known, add);
  checkRisks(files, known, add);
  checkManifestReferences(files, known, add);
  checkMlTestScore(files, known, add);
  if (issues.length > 0) throw new QuestionnaireError(issues);

  return {
    format: 2,
    id: manifest.id,
    version: manifest.version,
    title: manifest.title,
    description: manifest.description,
    passMarks: manifest.passMarks,
    answerRule: manifest.answerRule,
    scopeRule: manifest.scopeRule,
    lenses: manifest.lenses,
    defaultLens: manifest.defaultLens,
    realTest: manifest.realTest,
    mlopsV0: manifest.mlopsV0,
    preProductionWhen: manifest.preProductionWhen,
    objects: objectFiles.map(({ file: { $schema: _s, object, risks: _r, ...rest } }) => ({
      id: object,
      ...rest,
      levels: [...rest.levels].sort((a, b) => a.level - b.level),
    })),
    context: { questions: context.questions, rules: context.rules },
    risks: objectFiles.flatMap(({ file }) => file.risks.map((risk) => ({ ...risk, object: file.object }))),
    mlTestScore: mlTestScore.tests,
  };
}
