import type { z } from "zod";
import {
  type FileReader,
  MANIFEST_FILE,
  QuestionnaireError,
  type QuestionnaireIssue,
  parseFile,
} from "./files";
import type { MaturityObjectDefinitionV1, QuestionnaireV1 } from "./questionnaire";
import {
  contextFileV1Schema,
  manifestFileV1Schema,
  mlTestScoreFileV1Schema,
  objectFileV1Schema,
  risksFileV1Schema,
  type ContextFileV1,
  type ManifestFileV1,
  type MlTestScoreFileV1,
  type ObjectFileV1,
  type RisksFileV1,
} from "./schema-v1";

/** Validates and joins the files of a questionnaire in the first format (see schema-v1.ts). */
export function assembleQuestionnaireV1(read: FileReader, folder = ""): QuestionnaireV1 {
  const issues: QuestionnaireIssue[] = [];
  const fileName = (name: string) => (folder ? `${folder}/${name}` : name);
  const add = (file: string, path: string, message: string) =>
    issues.push({ file: fileName(file), path, message });

  const parse = <T>(name: string, schema: z.ZodType<T>) => parseFile(read, name, schema, add);

  const manifest = parse<ManifestFileV1>(MANIFEST_FILE, manifestFileV1Schema);
  if (!manifest) throw new QuestionnaireError(issues);

  const objectFiles = manifest.files.objects
    .map((name) => ({ name, file: parse<ObjectFileV1>(name, objectFileV1Schema) }))
    .filter((o): o is { name: string; file: ObjectFileV1 } => o.file !== undefined);
  const context = parse<ContextFileV1>(manifest.files.context, contextFileV1Schema);
  const risks = parse<RisksFileV1>(manifest.files.risks, risksFileV1Schema);
  const mlTestScore = manifest.files.mlTestScore
    ? parse<MlTestScoreFileV1>(manifest.files.mlTestScore, mlTestScoreFileV1Schema)
    : { tests: [] };
  if (issues.length > 0 || !context || !risks || !mlTestScore) throw new QuestionnaireError(issues);

  const lensIds = new Set(manifest.lenses.map((l) => l.id));
  if (!lensIds.has(manifest.defaultLens))
    add(MANIFEST_FILE, "defaultLens", `unknown lens "${manifest.defaultLens}"`);

  const riskIds = new Set<string>();
  risks.risks.forEach((risk, i) => {
    if (riskIds.has(risk.id)) add(manifest.files.risks, `risks[${i}].id`, `duplicate risk id "${risk.id}"`);
    riskIds.add(risk.id);
  });

  const capabilityIds = new Set<string>();
  const questionIds = new Set<string>();
  const referencedRisks = new Set<string>();
  const seenObjects = new Set<string>();
  for (const { name, file } of objectFiles) {
    if (seenObjects.has(file.object))
      add(name, "object", `object "${file.object}" is defined by more than one file`);
    seenObjects.add(file.object);

    const levels = file.levels.map((l) => l.level).sort();
    if (levels.join() !== "0,1,2,3,4")
      add(name, "levels", "levels must describe each of L0, L1, L2, L3 and L4 once");

    const localCapabilities = new Set<string>();
    file.capabilities.forEach((capability, i) => {
      if (capabilityIds.has(capability.id))
        add(name, `capabilities[${i}].id`, `duplicate capability id "${capability.id}"`);
      capabilityIds.add(capability.id);
      localCapabilities.add(capability.id);
      for (const lens of lensIds) {
        if (!capability.lenses[lens])
          add(name, `capabilities[${i}].lenses`, `missing guidance for lens "${lens}"`);
      }
      for (const lens of Object.keys(capability.lenses)) {
        if (!lensIds.has(lens))
          add(
            name,
            `capabilities[${i}].lenses.${lens}`,
            `unknown lens "${lens}" (not declared in ${MANIFEST_FILE})`,
          );
      }
    });
    for (const step of [1, 2, 3, 4]) {
      if (!file.capabilities.some((c) => c.step === step)) {
        add(name, "capabilities", `the transition L${step - 1}→L${step} of ${file.object} has no capability`);
      }
    }

    const evidenced = new Set<string>();
    file.questions.forEach((question, i) => {
      const at = `questions[${i}]`;
      if (questionIds.has(question.id)) add(name, `${at}.id`, `duplicate question id "${question.id}"`);
      questionIds.add(question.id);
      if (!localCapabilities.has(question.capability)) {
        add(
          name,
          `${at}.capability`,
          `unknown capability "${question.capability}" (not a capability of ${file.object})`,
        );
      }
      evidenced.add(question.capability);
      question.risks.forEach((risk, r) => {
        referencedRisks.add(risk);
        if (!riskIds.has(risk)) add(name, `${at}.risks[${r}]`, `unknown risk "${risk}"`);
      });
      const optionIds = new Set<string>();
      question.options.forEach((option, o) => {
        if (optionIds.has(option.id))
          add(name, `${at}.options[${o}].id`, `duplicate option id "${option.id}"`);
        optionIds.add(option.id);
      });
      if (!question.options.some((o) => o.value >= manifest.passMark)) {
        add(
          name,
          `${at}.options`,
          `no option reaches the pass mark ${manifest.passMark}, so the question can never be met`,
        );
      }
    });
    file.capabilities.forEach((capability, i) => {
      if (!evidenced.has(capability.id))
        add(name, `capabilities[${i}]`, `capability "${capability.id}" has no question`);
    });
  }

  risks.risks.forEach((risk, i) => {
    risk.mitigatedBy.forEach((capability, c) => {
      if (!capabilityIds.has(capability))
        add(manifest.files.risks, `risks[${i}].mitigatedBy[${c}]`, `unknown capability "${capability}"`);
    });
    if (!referencedRisks.has(risk.id))
      add(manifest.files.risks, `risks[${i}]`, `risk "${risk.id}" is not left open by any question`);
  });

  const contextOptions = new Map<string, Set<string>>();
  context.questions.forEach((question, i) => {
    if (questionIds.has(question.id))
      add(manifest.files.context, `questions[${i}].id`, `duplicate question id "${question.id}"`);
    questionIds.add(question.id);
    contextOptions.set(question.id, new Set(question.options.map((o) => o.id)));
  });
  context.rules.forEach((rule, i) => {
    const options = contextOptions.get(rule.when.question);
    if (!options) {
      add(
        manifest.files.context,
        `rules[${i}].when.question`,
        `unknown context question "${rule.when.question}"`,
      );
      return;
    }
    rule.when.anyOf.forEach((option, o) => {
      if (!options.has(option))
        add(
          manifest.files.context,
          `rules[${i}].when.anyOf[${o}]`,
          `unknown option "${option}" of "${rule.when.question}"`,
        );
    });
  });

  if (manifest.files.mlTestScore) {
    const testIds = new Set<string>();
    mlTestScore.tests.forEach((test, i) => {
      if (testIds.has(test.id))
        add(manifest.files.mlTestScore ?? "", `tests[${i}].id`, `duplicate test id "${test.id}"`);
      testIds.add(test.id);
      test.questions.forEach((q, n) => {
        if (!questionIds.has(q))
          add(manifest.files.mlTestScore ?? "", `tests[${i}].questions[${n}]`, `unknown question "${q}"`);
      });
    });
  }

  if (issues.length > 0) throw new QuestionnaireError(issues);

  const objects: MaturityObjectDefinitionV1[] = objectFiles.map(
    ({ file: { $schema: _s, object, ...rest } }) => ({
      id: object,
      ...rest,
      levels: [...rest.levels].sort((a, b) => a.level - b.level),
    }),
  );
  return {
    id: manifest.id,
    version: manifest.version,
    title: manifest.title,
    description: manifest.description,
    passMark: manifest.passMark,
    lenses: manifest.lenses,
    defaultLens: manifest.defaultLens,
    objects,
    context: { questions: context.questions, rules: context.rules },
    risks: risks.risks,
    mlTestScore: mlTestScore.tests,
  };
}
