import type { z } from "zod";
import { assembleQuestionnaireV1 } from "./assemble-v1";
import { type FileReader, MANIFEST_FILE, parseFile, QuestionnaireError, type QuestionnaireIssue } from "./files";
import type { Questionnaire, QuestionnaireV2 } from "./questionnaire";
import {
  contextFileSchema,
  manifestFileSchema,
  mlTestScoreFileSchema,
  objectFileSchema,
  type ContextFile,
  type ManifestFile,
  type MlTestScoreFile,
  type ObjectFile,
  type Question,
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

/** The values a context question answered from the team's settings must offer, as option ids. */
const TEAM_SETTING_OPTIONS: Record<"ownershipModel" | "structure", string[]> = {
  ownershipModel: ["hand-off", "shared", "end-to-end"],
  structure: ["centralised", "hub-and-spoke", "embedded"],
};

/** A practice counts from this many questions per transition up (the coverage floor of the product). */
const QUESTIONS_PER_TRANSITION = 3;

function assembleQuestionnaireV2(read: FileReader, folder: string): QuestionnaireV2 {
  const issues: QuestionnaireIssue[] = [];
  const fileName = (name: string) => (folder ? `${folder}/${name}` : name);
  const add = (file: string, path: string, message: string) => issues.push({ file: fileName(file), path, message });
  const parse = <T>(name: string, schema: z.ZodType<T>) => parseFile(read, name, schema, add);

  const manifest = parse<ManifestFile>(MANIFEST_FILE, manifestFileSchema);
  if (!manifest) throw new QuestionnaireError(issues);
  const objectFiles = manifest.files.objects
    .map((name) => ({ name, file: parse<ObjectFile>(name, objectFileSchema) }))
    .filter((o): o is { name: string; file: ObjectFile } => o.file !== undefined);
  const context = parse<ContextFile>(manifest.files.context, contextFileSchema);
  const mlTestScore = parse<MlTestScoreFile>(manifest.files.mlTestScore, mlTestScoreFileSchema);
  if (issues.length > 0 || !context || !mlTestScore) throw new QuestionnaireError(issues);

  const lensIds = new Set(manifest.lenses.map((l) => l.id));
  if (!lensIds.has(manifest.defaultLens)) add(MANIFEST_FILE, "defaultLens", `unknown lens "${manifest.defaultLens}"`);

  // Context first: scored questions refer to its answers.
  const contextOptions = new Map<string, Set<string>>();
  context.questions.forEach((question, i) => {
    const at = `questions[${i}]`;
    if (contextOptions.has(question.id)) add(manifest.files.context, `${at}.id`, `duplicate question id "${question.id}"`);
    const options = new Set(question.options.map((o) => o.id));
    contextOptions.set(question.id, options);
    if (question.fromTeam) {
      const expected = TEAM_SETTING_OPTIONS[question.fromTeam];
      if ([...options].sort().join() !== [...expected].sort().join()) {
        add(manifest.files.context, `${at}.options`, `a question answered from the team's ${question.fromTeam} offers exactly ${expected.join(", ")}`);
      }
    }
    for (const [option, lens] of Object.entries(question.selectsLens ?? {})) {
      if (!options.has(option)) add(manifest.files.context, `${at}.selectsLens.${option}`, `unknown option "${option}"`);
      if (!lensIds.has(lens)) add(manifest.files.context, `${at}.selectsLens.${option}`, `unknown lens "${lens}"`);
    }
  });
  const checkCondition = (file: string, at: string, question: string, options: readonly string[]) => {
    const known = contextOptions.get(question);
    if (!known) return add(file, at, `unknown context question "${question}"`);
    options.forEach((option, o) => {
      if (!known.has(option)) add(file, `${at}[${o}]`, `unknown option "${option}" of "${question}"`);
    });
  };
  context.rules.forEach((rule, i) => checkCondition(manifest.files.context, `rules[${i}].when.anyOf`, rule.when.question, rule.when.anyOf));

  const questions = new Map<string, { question: Question; mark: number; file: string }>();
  const seenObjects = new Set<string>();
  const capabilityIds = new Set<string>();
  for (const { name, file } of objectFiles) {
    if (seenObjects.has(file.object)) add(name, "object", `object "${file.object}" is defined by more than one file`);
    seenObjects.add(file.object);
    if (file.levels.map((l) => l.level).sort().join() !== "0,1,2,3,4") add(name, "levels", "levels must describe each of L0, L1, L2, L3 and L4 once");

    const steps = new Map<string, number>();
    file.capabilities.forEach((capability, i) => {
      if (capabilityIds.has(capability.id)) add(name, `capabilities[${i}].id`, `duplicate capability id "${capability.id}"`);
      capabilityIds.add(capability.id);
      steps.set(capability.id, capability.step);
      for (const lens of lensIds) if (!capability.lenses[lens]) add(name, `capabilities[${i}].lenses`, `missing guidance for lens "${lens}"`);
      for (const lens of Object.keys(capability.lenses)) {
        if (!lensIds.has(lens)) add(name, `capabilities[${i}].lenses.${lens}`, `unknown lens "${lens}" (not declared in ${MANIFEST_FILE})`);
      }
    });

    const perStep = [0, 0, 0, 0];
    const evidenced = new Set<string>();
    file.questions.forEach((question, i) => {
      const at = `questions[${i}]`;
      if (questions.has(question.id) || contextOptions.has(question.id)) add(name, `${at}.id`, `duplicate question id "${question.id}"`);
      const step = steps.get(question.capability);
      if (step === undefined) {
        add(name, `${at}.capability`, `unknown capability "${question.capability}" (not a capability of ${file.object})`);
        return;
      }
      evidenced.add(question.capability);
      perStep[step - 1] = (perStep[step - 1] ?? 0) + 1;
      const mark = manifest.passMarks[String(step) as "1" | "2" | "3" | "4"];
      questions.set(question.id, { question, mark, file: name });
      const optionIds = new Set<string>();
      question.options.forEach((option, o) => {
        if (optionIds.has(option.id)) add(name, `${at}.options[${o}].id`, `duplicate option id "${option.id}"`);
        optionIds.add(option.id);
      });
      const values = question.options.map((o) => o.value);
      if (Math.min(...values) !== 0) add(name, `${at}.options`, "the lowest option must have value 0 (the practice is not in place)");
      if (Math.max(...values) < mark) add(name, `${at}.options`, `no option reaches the pass mark ${mark} of step ${step}, so the practice can never count as in place`);
      for (const [contextQuestion, options] of Object.entries(question.appliesWhen ?? {})) {
        checkCondition(name, `${at}.appliesWhen.${contextQuestion}`, contextQuestion, options);
      }
    });
    perStep.forEach((count, i) => {
      if (count < QUESTIONS_PER_TRANSITION) add(name, "questions", `the transition L${i}→L${i + 1} of ${file.object} has ${count} question(s); it needs at least ${QUESTIONS_PER_TRANSITION}`);
    });
    file.capabilities.forEach((capability, i) => {
      if (!evidenced.has(capability.id)) add(name, `capabilities[${i}]`, `capability "${capability.id}" has no question`);
    });
  }

  const riskIds = new Set<string>();
  const opening = new Set<string>();
  for (const { name, file } of objectFiles) {
    file.risks.forEach((risk, i) => {
      const at = `risks[${i}]`;
      if (riskIds.has(risk.id)) add(name, `${at}.id`, `duplicate risk id "${risk.id}"`);
      riskIds.add(risk.id);
      risk.openedBy.forEach((cause, c) => {
        const entry = questions.get(cause.question);
        if (!entry) return add(name, `${at}.openedBy[${c}].question`, `unknown question "${cause.question}"`);
        opening.add(cause.question);
        cause.options.forEach((optionId, o) => {
          const option = entry.question.options.find((x) => x.id === optionId);
          if (!option) add(name, `${at}.openedBy[${c}].options[${o}]`, `unknown option "${optionId}" of "${cause.question}"`);
          else if (option.value >= entry.mark) {
            add(name, `${at}.openedBy[${c}].options[${o}]`, `option "${optionId}" meets its question's pass mark; a risk opens only from answers that leave the practice out`);
          }
        });
      });
      risk.raisedBy?.forEach((condition, c) => checkCondition(name, `${at}.raisedBy[${c}].anyOf`, condition.question, condition.anyOf));
    });
  }
  for (const [id, entry] of questions) {
    if (!opening.has(id)) add(entry.file, `questions (${id})`, `question "${id}" opens no risk: say in a risk's openedBy what its weaker answers leave open`);
  }

  const checkPractice = (at: string, practice: { question: string; options: readonly string[] }) => {
    const entry = questions.get(practice.question);
    if (!entry) return add(MANIFEST_FILE, `${at}.question`, `unknown question "${practice.question}"`);
    practice.options.forEach((option, o) => {
      if (!entry.question.options.some((x) => x.id === option)) add(MANIFEST_FILE, `${at}.options[${o}]`, `unknown option "${option}" of "${practice.question}"`);
    });
  };
  checkPractice("realTest", manifest.realTest);
  manifest.mlopsV0.forEach((practice, i) => checkPractice(`mlopsV0[${i}]`, practice));

  checkCondition(MANIFEST_FILE, "preProductionWhen.anyOf", manifest.preProductionWhen.question, manifest.preProductionWhen.anyOf);

  mlTestScore.tests.forEach((test, i) => {
    test.questions.forEach((mapping, n) => {
      const at = `tests[${i}].questions[${n}]`;
      const entry = questions.get(mapping.question);
      if (!entry) return add(manifest.files.mlTestScore, `${at}.question`, `unknown question "${mapping.question}"`);
      for (const [kind, options] of [["half", mapping.half], ["full", mapping.full]] as const) {
        options.forEach((option, o) => {
          if (!entry.question.options.some((x) => x.id === option)) add(manifest.files.mlTestScore, `${at}.${kind}[${o}]`, `unknown option "${option}" of "${mapping.question}"`);
          if (kind === "full" && mapping.half.includes(option)) add(manifest.files.mlTestScore, `${at}.full[${o}]`, `option "${option}" cannot earn both half and full credit`);
        });
      }
    });
    if (test.coverage !== "not-covered" && test.questions.length === 0) add(manifest.files.mlTestScore, `tests[${i}].questions`, "a covered test names the questions that cover it");
  });

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
