import { MANIFEST_FILE } from "./files";
import type { ContextFile, ManifestFile, MlTestScoreFile, ObjectFile, Question } from "./schema";

/**
 * The cross-file checks of a format-2 questionnaire, one per concern. Each reports through `add`
 * (file, path inside it, problem) and none stops at the first problem, so a maintainer sees them
 * all at once. The files themselves were already parsed with their zod schemas.
 */

export type Add = (file: string, path: string, message: string) => void;

export interface Files {
  manifest: ManifestFile;
  context: ContextFile;
  objects: { name: string; file: ObjectFile }[];
  mlTestScore: MlTestScoreFile;
}

/** What the checks learn as they go: the context questions' options, and every scored question. */
export interface Known {
  lensIds: Set<string>;
  contextOptions: Map<string, Set<string>>;
  questions: Map<string, { question: Question; mark: number; file: string }>;
}

/** The values a context question answered from the team's settings must offer, as option ids. */
const TEAM_SETTING_OPTIONS: Record<"ownershipModel" | "structure", string[]> = {
  ownershipModel: ["hand-off", "shared", "end-to-end"],
  structure: ["centralised", "hub-and-spoke", "embedded"],
};

/** A practice counts from this many questions per transition up (the coverage floor of the product). */
const QUESTIONS_PER_TRANSITION = 3;

export function checkLenses({ manifest }: Files, add: Add): Set<string> {
  const lensIds = new Set(manifest.lenses.map((l) => l.id));
  if (!lensIds.has(manifest.defaultLens))
    add(MANIFEST_FILE, "defaultLens", `unknown lens "${manifest.defaultLens}"`);
  return lensIds;
}

/** A condition on a context answer names a context question and options it has. */
export function checkCondition(
  known: Known,
  add: Add,
  file: string,
  at: string,
  question: string,
  options: readonly string[],
): void {
  const offered = known.contextOptions.get(question);
  if (!offered) return add(file, at, `unknown context question "${question}"`);
  options.forEach((option, o) => {
    if (!offered.has(option)) add(file, `${at}[${o}]`, `unknown option "${option}" of "${question}"`);
  });
}

/** Context questions first: scored questions and risks refer to their answers. */
export function checkContext({ manifest, context }: Files, known: Known, add: Add): void {
  const file = manifest.files.context;
  context.questions.forEach((question, i) => {
    const at = `questions[${i}]`;
    if (known.contextOptions.has(question.id))
      add(file, `${at}.id`, `duplicate question id "${question.id}"`);
    const options = new Set(question.options.map((o) => o.id));
    known.contextOptions.set(question.id, options);
    if (question.fromTeam) {
      const expected = TEAM_SETTING_OPTIONS[question.fromTeam];
      if ([...options].sort().join() !== [...expected].sort().join()) {
        add(
          file,
          `${at}.options`,
          `a question answered from the team's ${question.fromTeam} offers exactly ${expected.join(", ")}`,
        );
      }
    }
    for (const [option, lens] of Object.entries(question.selectsLens ?? {})) {
      if (!options.has(option)) add(file, `${at}.selectsLens.${option}`, `unknown option "${option}"`);
      if (!known.lensIds.has(lens)) add(file, `${at}.selectsLens.${option}`, `unknown lens "${lens}"`);
    }
  });
  context.rules.forEach((rule, i) =>
    checkCondition(known, add, file, `rules[${i}].when.anyOf`, rule.when.question, rule.when.anyOf),
  );
}

/** Each object: its five levels, capabilities with guidance for every lens, and enough questions per step that reach its pass mark. */
export function checkObjects({ manifest, objects }: Files, known: Known, add: Add): void {
  const seenObjects = new Set<string>();
  const capabilityIds = new Set<string>();
  for (const { name, file } of objects) {
    if (seenObjects.has(file.object))
      add(name, "object", `object "${file.object}" is defined by more than one file`);
    seenObjects.add(file.object);
    if (
      file.levels
        .map((l) => l.level)
        .sort()
        .join() !== "0,1,2,3,4"
    )
      add(name, "levels", "levels must describe each of L0, L1, L2, L3 and L4 once");

    const steps = new Map<string, number>();
    file.capabilities.forEach((capability, i) => {
      if (capabilityIds.has(capability.id))
        add(name, `capabilities[${i}].id`, `duplicate capability id "${capability.id}"`);
      capabilityIds.add(capability.id);
      steps.set(capability.id, capability.step);
      for (const lens of known.lensIds)
        if (!capability.lenses[lens])
          add(name, `capabilities[${i}].lenses`, `missing guidance for lens "${lens}"`);
      for (const lens of Object.keys(capability.lenses)) {
        if (!known.lensIds.has(lens))
          add(
            name,
            `capabilities[${i}].lenses.${lens}`,
            `unknown lens "${lens}" (not declared in ${MANIFEST_FILE})`,
          );
      }
    });

    const perStep = [0, 0, 0, 0];
    const asked = new Set<string>();
    file.questions.forEach((question, i) => {
      const at = `questions[${i}]`;
      if (known.questions.has(question.id) || known.contextOptions.has(question.id))
        add(name, `${at}.id`, `duplicate question id "${question.id}"`);
      const step = steps.get(question.capability);
      if (step === undefined) {
        add(
          name,
          `${at}.capability`,
          `unknown capability "${question.capability}" (not a capability of ${file.object})`,
        );
        return;
      }
      asked.add(question.capability);
      perStep[step - 1] = (perStep[step - 1] ?? 0) + 1;
      const mark = manifest.passMarks[String(step) as "1" | "2" | "3" | "4"];
      known.questions.set(question.id, { question, mark, file: name });
      checkOptions(question, mark, step, add, name, at);
      for (const [contextQuestion, options] of Object.entries(question.appliesWhen ?? {})) {
        checkCondition(known, add, name, `${at}.appliesWhen.${contextQuestion}`, contextQuestion, options);
      }
    });
    perStep.forEach((count, i) => {
      if (count < QUESTIONS_PER_TRANSITION)
        add(
          name,
          "questions",
          `the transition L${i}→L${i + 1} of ${file.object} has ${count} question(s); it needs at least ${QUESTIONS_PER_TRANSITION}`,
        );
    });
    file.capabilities.forEach((capability, i) => {
      if (!asked.has(capability.id))
        add(name, `capabilities[${i}]`, `capability "${capability.id}" has no question`);
    });
  }
}

/** A question's options: distinct ids, one that says "not in place" (0), one that reaches the step's pass mark. */
function checkOptions(
  question: Question,
  mark: number,
  step: number,
  add: Add,
  file: string,
  at: string,
): void {
  const optionIds = new Set<string>();
  question.options.forEach((option, o) => {
    if (optionIds.has(option.id)) add(file, `${at}.options[${o}].id`, `duplicate option id "${option.id}"`);
    optionIds.add(option.id);
  });
  const values = question.options.map((o) => o.value);
  if (Math.min(...values) !== 0)
    add(file, `${at}.options`, "the lowest option must have value 0 (the practice is not in place)");
  if (Math.max(...values) < mark)
    add(
      file,
      `${at}.options`,
      `no option reaches the pass mark ${mark} of step ${step}, so the practice can never count as in place`,
    );
}

/** Every risk opens from weaker answers of known questions, and every question opens some risk. */
export function checkRisks({ objects }: Files, known: Known, add: Add): void {
  const riskIds = new Set<string>();
  const opening = new Set<string>();
  for (const { name, file } of objects) {
    file.risks.forEach((risk, i) => {
      const at = `risks[${i}]`;
      if (riskIds.has(risk.id)) add(name, `${at}.id`, `duplicate risk id "${risk.id}"`);
      riskIds.add(risk.id);
      risk.openedBy.forEach((cause, c) => {
        const entry = known.questions.get(cause.question);
        if (!entry) return add(name, `${at}.openedBy[${c}].question`, `unknown question "${cause.question}"`);
        opening.add(cause.question);
        cause.options.forEach((optionId, o) => {
          const option = entry.question.options.find((x) => x.id === optionId);
          if (!option)
            add(
              name,
              `${at}.openedBy[${c}].options[${o}]`,
              `unknown option "${optionId}" of "${cause.question}"`,
            );
          else if (option.value >= entry.mark) {
            add(
              name,
              `${at}.openedBy[${c}].options[${o}]`,
              `option "${optionId}" meets its question's pass mark; a risk opens only from answers that leave the practice out`,
            );
          }
        });
      });
      risk.raisedBy?.forEach((condition, c) =>
        checkCondition(known, add, name, `${at}.raisedBy[${c}].anyOf`, condition.question, condition.anyOf),
      );
    });
  }
  for (const [id, entry] of known.questions) {
    if (!opening.has(id))
      add(
        entry.file,
        `questions (${id})`,
        `question "${id}" opens no risk: say in a risk's openedBy what its weaker answers leave open`,
      );
  }
}

/** The manifest's named answers (the real test, MLOps v0) and the pre-production condition. */
export function checkManifestReferences({ manifest }: Files, known: Known, add: Add): void {
  const checkPractice = (at: string, practice: { question: string; options: readonly string[] }) => {
    const entry = known.questions.get(practice.question);
    if (!entry) return add(MANIFEST_FILE, `${at}.question`, `unknown question "${practice.question}"`);
    practice.options.forEach((option, o) => {
      if (!entry.question.options.some((x) => x.id === option))
        add(MANIFEST_FILE, `${at}.options[${o}]`, `unknown option "${option}" of "${practice.question}"`);
    });
  };
  checkPractice("realTest", manifest.realTest);
  manifest.mlopsV0.forEach((practice, i) => checkPractice(`mlopsV0[${i}]`, practice));
  checkCondition(
    known,
    add,
    MANIFEST_FILE,
    "preProductionWhen.anyOf",
    manifest.preProductionWhen.question,
    manifest.preProductionWhen.anyOf,
  );
}

/** The ML Test Score mapping names known options, never one for both half and full credit. */
export function checkMlTestScore({ manifest, mlTestScore }: Files, known: Known, add: Add): void {
  const file = manifest.files.mlTestScore;
  mlTestScore.tests.forEach((test, i) => {
    test.questions.forEach((mapping, n) => {
      const at = `tests[${i}].questions[${n}]`;
      const entry = known.questions.get(mapping.question);
      if (!entry) return add(file, `${at}.question`, `unknown question "${mapping.question}"`);
      for (const [kind, options] of [
        ["half", mapping.half],
        ["full", mapping.full],
      ] as const) {
        options.forEach((option, o) => {
          if (!entry.question.options.some((x) => x.id === option))
            add(file, `${at}.${kind}[${o}]`, `unknown option "${option}" of "${mapping.question}"`);
          if (kind === "full" && mapping.half.includes(option))
            add(file, `${at}.full[${o}]`, `option "${option}" cannot earn both half and full credit`);
        });
      }
    });
    if (test.coverage !== "not-covered" && test.questions.length === 0)
      add(file, `tests[${i}].questions`, "a covered test names the questions that cover it");
  });
}
