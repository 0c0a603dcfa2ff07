import { formatPath, QuestionnaireError, type QuestionnaireIssue } from "../questionnaire/files";
import type { QuestionnaireV2 } from "../questionnaire/questionnaire";
import { compileGlobs, GlobError } from "./glob";
import { evidenceFileSchema, type EvidenceFile, type Signal } from "./schema";

/**
 * The evidence rules of one questionnaire version, checked against it: every rule names a scored
 * question and one of its options, every named signal exists, globs are valid, and every scored
 * question is either covered by a rule or listed as not observable from a repository. Problems
 * are reported all at once with the file, the path inside it and what is wrong, as the
 * questionnaire's own files are.
 */
export interface EvidenceRules extends Omit<EvidenceFile, "$schema"> {
  questionnaire: { id: string; version: string };
}

const LEAVES = ["files", "code", "dependency", "ci", "git"] as const;

export function assembleEvidenceRules(
  data: unknown,
  questionnaire: QuestionnaireV2,
  file: string,
): EvidenceRules {
  const issues: QuestionnaireIssue[] = [];
  const add = (path: string, message: string) => issues.push({ file, path, message });
  const parsed = evidenceFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(formatPath(issue.path), issue.message);
    throw new QuestionnaireError(issues);
  }
  const evidence = parsed.data;

  const options = new Map<string, Set<string>>();
  for (const object of questionnaire.objects) {
    for (const question of object.questions)
      options.set(question.id, new Set(question.options.map((o) => o.id)));
  }
  const contextIds = new Set(questionnaire.context.questions.map((q) => q.id));
  const checkQuestion = (path: string, id: string): boolean => {
    if (options.has(id)) return true;
    add(
      path,
      contextIds.has(id)
        ? `"${id}" is a context question; rules inform scored questions`
        : `unknown question "${id}"`,
    );
    return false;
  };

  // Named signals: each resolvable, none defined through itself.
  const named = evidence.signals;
  const checkSignal = (signal: Signal, path: string, seen: readonly string[]) => {
    if (signal.use !== undefined) {
      if (!(signal.use in named)) add(`${path}.use`, `unknown signal "${signal.use}" (not in signals)`);
      else if (seen.includes(signal.use))
        add(`${path}.use`, `signal "${signal.use}" uses itself (${[...seen, signal.use].join(" → ")})`);
    }
    for (const kind of ["files", "code"] as const) {
      const globs = signal[kind];
      if (!globs) continue;
      for (const key of ["include", "exclude"] as const) {
        globs[key]?.forEach((glob, g) => {
          try {
            compileGlobs([glob]);
          } catch (error) {
            if (!(error instanceof GlobError)) throw error;
            add(`${path}.${kind}.${key}[${g}]`, error.message);
          }
        });
      }
    }
    signal.all?.forEach((s, i) => checkSignal(s, `${path}.all[${i}]`, seen));
    signal.any?.forEach((s, i) => checkSignal(s, `${path}.any[${i}]`, seen));
    if (signal.not) checkSignal(signal.not, `${path}.not`, seen);
  };
  const resolveNamed = (name: string, seen: string[]) => {
    const signal = named[name];
    if (signal) checkSignal(signal, `signals.${name}`, [...seen, name]);
  };
  for (const name of Object.keys(named)) resolveNamed(name, []);
  const cyclic = issues.some((i) => i.message.includes("uses itself"));

  /** Whether the signal can match only on something observed: absence alone never fires a rule. */
  const observes = (signal: Signal, negated: boolean, depth: number): boolean => {
    if (depth > 50) return false;
    if (LEAVES.some((kind) => signal[kind] !== undefined)) return !negated;
    if (signal.use !== undefined) {
      const target = named[signal.use];
      return !cyclic && target !== undefined && observes(target, negated, depth + 1);
    }
    if (signal.not) return observes(signal.not, !negated, depth + 1);
    // Under a negation "all" behaves as "any" and the other way round.
    const children = signal.all ?? signal.any ?? [];
    const conjunctive = (signal.all !== undefined) !== negated;
    return conjunctive
      ? children.some((c) => observes(c, negated, depth + 1))
      : children.every((c) => observes(c, negated, depth + 1));
  };

  const ruleIds = new Set<string>();
  const covered = new Set<string>();
  evidence.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (ruleIds.has(rule.id)) add(`${at}.id`, `duplicate rule id "${rule.id}"`);
    ruleIds.add(rule.id);
    if (checkQuestion(`${at}.question`, rule.question)) {
      covered.add(rule.question);
      const kind = rule.floor !== undefined ? "floor" : "ceiling";
      const option = rule.floor ?? rule.ceiling ?? "";
      if (!options.get(rule.question)?.has(option))
        add(`${at}.${kind}`, `unknown option "${option}" of "${rule.question}"`);
    }
    checkSignal(rule.signal, `${at}.signal`, []);
    if (!cyclic && !observes(rule.signal, false, 0)) {
      add(
        `${at}.signal`,
        "the signal matches on absence alone; combine the absence with something the scan observes (absence of a signal is not proof)",
      );
    }
  });

  const notObservable = new Set<string>();
  evidence.notObservable.forEach((entry, i) => {
    const at = `notObservable[${i}].question`;
    if (!checkQuestion(at, entry.question)) return;
    if (notObservable.has(entry.question)) add(at, `"${entry.question}" is listed twice`);
    if (covered.has(entry.question)) add(at, `"${entry.question}" is covered by a rule, so it is observable`);
    notObservable.add(entry.question);
  });
  for (const id of options.keys()) {
    if (!covered.has(id) && !notObservable.has(id)) {
      add(
        "rules",
        `question "${id}" is neither informed by a rule nor listed in notObservable with the reason`,
      );
    }
  }

  if (issues.length > 0) throw new QuestionnaireError(issues);
  const { $schema: _schema, ...rest } = evidence;
  return { questionnaire: { id: questionnaire.id, version: questionnaire.version }, ...rest };
}
