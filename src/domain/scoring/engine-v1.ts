import type {
  MaturityObjectDefinitionV1 as MaturityObjectDefinition,
  QuestionnaireV1 as Questionnaire,
} from "../questionnaire/questionnaire";
import type { Level } from "../questionnaire/primitives";
import type {
  CapabilityV1 as Capability,
  ContextQuestionV1 as ContextQuestion,
  QuestionV1 as Question,
} from "../questionnaire/schema-v1";
import type { Answer, AssessmentInput } from "./answers";
import type {
  AssessmentResult,
  CapabilityResult,
  ContextAdvice,
  ObjectResult,
  QuestionResult,
  Recommendation,
  RiskCause,
  RiskResult,
  Severity,
  TransitionResult,
} from "./result";

/**
 * Engine 1: scores questionnaires of the first format (mlops-maturity v1) exactly as it did when
 * they were current, so that v1 drafts and imports keep the rules their results were made with.
 * The rules, in plain words, are in docs/scoring-v1.md.
 */
export const ENGINE_V1_VERSION = "1.0.0";

interface QuestionEntry {
  question: Question;
  object: MaturityObjectDefinition;
  maxValue: number;
  values: Map<string, number>;
}

interface CapabilityEntry {
  capability: Capability;
  questions: QuestionEntry[];
}

interface Index {
  questions: Map<string, QuestionEntry>;
  capabilities: Map<MaturityObjectDefinition, CapabilityEntry[]>;
  capabilityById: Map<string, Capability>;
  contextQuestions: Map<string, ContextQuestion>;
}

/** Engine 1 always rates every object. */
type RatedObject = ObjectResult & { level: Level };

// Memoised per questionnaire object: joining questions to capabilities is the costliest part of
// a small scoring, and it depends on the questionnaire only.
const indexes = new WeakMap<Questionnaire, Index>();

function indexOf(questionnaire: Questionnaire): Index {
  let index = indexes.get(questionnaire);
  if (!index) {
    const questions = new Map<string, QuestionEntry>();
    const capabilities = new Map<MaturityObjectDefinition, CapabilityEntry[]>();
    for (const object of questionnaire.objects) {
      const entries = object.questions.map((question): QuestionEntry => ({
        question,
        object,
        maxValue: Math.max(...question.options.map((o) => o.value)),
        values: new Map(question.options.map((o) => [o.id, o.value])),
      }));
      for (const entry of entries) questions.set(entry.question.id, entry);
      capabilities.set(
        object,
        object.capabilities.map((capability) => ({
          capability,
          questions: entries.filter((e) => e.question.capability === capability.id),
        })),
      );
    }
    const capabilityById = new Map(
      questionnaire.objects.flatMap((o) => o.capabilities.map((c) => [c.id, c] as const)),
    );
    index = {
      questions,
      capabilities,
      capabilityById,
      contextQuestions: new Map(questionnaire.context.questions.map((q) => [q.id, q])),
    };
    indexes.set(questionnaire, index);
  }
  return index;
}

/** Problems that make a set of answers unusable with this questionnaire (empty when fine). */
export function findAnswerProblemsV1(questionnaire: Questionnaire, answers: readonly Answer[]): string[] {
  const index = indexOf(questionnaire);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    if (seen.has(answer.questionId)) problems.push(`question "${answer.questionId}" is answered twice`);
    seen.add(answer.questionId);
    const scored = index.questions.get(answer.questionId);
    const context = index.contextQuestions.get(answer.questionId);
    if (!scored && !context) {
      problems.push(`unknown question "${answer.questionId}"`);
      continue;
    }
    if (answer.kind !== "option") {
      if (context) problems.push(`context question "${answer.questionId}" takes one of its options`);
      continue;
    }
    const options = scored ? scored.question.options : (context?.options ?? []);
    if (!options.some((o) => o.id === answer.optionId)) {
      problems.push(`unknown option "${answer.optionId}" for question "${answer.questionId}"`);
    }
  }
  return problems;
}

export function scoreAssessmentV1(questionnaire: Questionnaire, input: AssessmentInput): AssessmentResult {
  const index = indexOf(questionnaire);
  const answers = new Map(input.answers.map((a) => [a.questionId, a]));

  const objects = questionnaire.objects.map((object) =>
    scoreObject(
      object,
      index.capabilities.get(object) ?? [],
      answers,
      questionnaire.passMark,
      input.targets?.[object.id] ?? null,
    ),
  );
  const advice = contextAdvice(questionnaire, answers);
  const weakestLevel = Math.min(...objects.map((o) => o.level));
  return {
    engineVersion: ENGINE_V1_VERSION,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    objects,
    overall: {
      weakestLevel,
      weakestObjects: objects
        .filter((o) => o.level === weakestLevel)
        .sort((a, b) => a.score - b.score)
        .map((o) => o.object),
      meanScore: round2(objects.reduce((sum, o) => sum + o.score, 0) / objects.length),
    },
    risks: openRisks(questionnaire, index, objects, answers, advice),
    recommendations: recommend(index, objects),
    advice: advice.map(({ raiseRiskTags: _r, ...a }) => a),
  };
}

function scoreQuestion(entry: QuestionEntry, answer: Answer | undefined, passMark: number): QuestionResult {
  const questionId = entry.question.id;
  if (!answer) return { questionId, status: "unanswered", value: null };
  if (answer.kind === "not-applicable") return { questionId, status: "not-applicable", value: null };
  if (answer.kind === "dont-know") return { questionId, status: "dont-know", value: null };
  const value = entry.values.get(answer.optionId) ?? 0;
  return { questionId, status: value >= passMark ? "met" : "unmet", value };
}

/** A capability is met when every applicable question is; N/A questions drop out of both counts. */
function scoreCapability(
  { capability, questions }: CapabilityEntry,
  answers: ReadonlyMap<string, Answer>,
  passMark: number,
): CapabilityResult {
  const results: QuestionResult[] = [];
  let applicable = 0;
  let met = 0;
  let credit = 0;
  for (const entry of questions) {
    const result = scoreQuestion(entry, answers.get(entry.question.id), passMark);
    results.push(result);
    if (result.status === "not-applicable") continue;
    applicable++;
    if (result.status === "met") met++;
    if (result.value !== null && entry.maxValue > 0) credit += result.value / entry.maxValue;
  }
  return {
    id: capability.id,
    step: capability.step,
    status: applicable === 0 ? "not-applicable" : met === applicable ? "met" : "unmet",
    progress: applicable === 0 ? 1 : credit / applicable,
    questions: results,
  };
}

function scoreObject(
  object: MaturityObjectDefinition,
  capabilityEntries: CapabilityEntry[],
  answers: ReadonlyMap<string, Answer>,
  passMark: number,
  target: Level | null,
): RatedObject {
  const transitions: TransitionResult[] = [1, 2, 3, 4].map((step) => ({
    step,
    met: true,
    progress: 1,
    capabilities: [],
  }));
  let total = 0;
  let answered = 0;
  let applicable = 0;
  let dontKnow = 0;
  for (const entry of capabilityEntries) {
    const result = scoreCapability(entry, answers, passMark);
    (transitions[result.step - 1] as TransitionResult).capabilities.push(result);
    for (const q of result.questions) {
      total++;
      if (q.status !== "unanswered") answered++;
      if (q.status !== "not-applicable") applicable++;
      if (q.status === "dont-know") dontKnow++;
    }
  }
  for (const transition of transitions) {
    const counted = transition.capabilities.filter((c) => c.status !== "not-applicable");
    transition.met = counted.every((c) => c.status === "met");
    transition.progress =
      counted.length === 0 ? 1 : counted.reduce((sum, c) => sum + c.progress, 0) / counted.length;
  }

  const firstUnmet = transitions.findIndex((t) => !t.met);
  const level = firstUnmet === -1 ? 4 : firstUnmet;
  const next = transitions[level];
  return {
    object: object.id,
    level,
    score: next ? round2(level + Math.min(floor2(next.progress), 0.99)) : 4,
    completion: round2(answered / Math.max(total, 1)),
    confidence: applicable === 0 ? 1 : round2(1 - dontKnow / applicable),
    target,
    gap: target === null ? null : Math.max(0, target - level),
    blocking: next ? next.capabilities.filter((c) => c.status === "unmet").map((c) => c.id) : [],
    transitions,
  };
}

/** Exposure: an unmet capability of the next step is high, one step further medium, beyond that low. */
function severityFor(step: number, level: number): Severity {
  const stepsAway = step - level;
  return stepsAway <= 1 ? "high" : stepsAway === 2 ? "medium" : "low";
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const raise = (s: Severity): Severity => (s === "low" ? "medium" : "high");

type ActiveRule = ContextAdvice & { raiseRiskTags: string[] };

function contextAdvice(questionnaire: Questionnaire, answers: ReadonlyMap<string, Answer>): ActiveRule[] {
  return questionnaire.context.rules
    .filter((rule) => {
      const answer = answers.get(rule.when.question);
      return answer?.kind === "option" && rule.when.anyOf.includes(answer.optionId);
    })
    .map((rule) => ({
      ruleId: rule.id,
      title: rule.title,
      advice: rule.advice,
      objects: rule.objects ?? [],
      raiseRiskTags: rule.raiseRiskTags ?? [],
    }));
}

function openRisks(
  questionnaire: Questionnaire,
  index: Index,
  objects: RatedObject[],
  answers: ReadonlyMap<string, Answer>,
  rules: ActiveRule[],
): RiskResult[] {
  const open = new Map<string, { severity: Severity; causes: RiskCause[] }>();
  for (const object of objects) {
    for (const transition of object.transitions) {
      for (const capability of transition.capabilities) {
        for (const q of capability.questions) {
          if (q.status === "met" || q.status === "not-applicable") continue;
          const entry = index.questions.get(q.questionId);
          const answer = answers.get(q.questionId);
          const cause: RiskCause = {
            questionId: q.questionId,
            object: object.object,
            status: q.status,
            optionId: answer?.kind === "option" ? answer.optionId : null,
          };
          const severity = severityFor(capability.step, object.level);
          for (const riskId of entry?.question.risks ?? []) {
            const current = open.get(riskId);
            if (!current) open.set(riskId, { severity, causes: [cause] });
            else {
              current.causes.push(cause);
              if (SEVERITY_RANK[severity] < SEVERITY_RANK[current.severity]) current.severity = severity;
            }
          }
        }
      }
    }
  }
  const objectRank = new Map(questionnaire.objects.map((o, i) => [o.id, i]));
  return questionnaire.risks
    .filter((risk) => open.has(risk.id))
    .map((risk): RiskResult => {
      const { severity, causes } = open.get(risk.id) as { severity: Severity; causes: RiskCause[] };
      const rule = rules.find((r) => r.raiseRiskTags.some((tag) => risk.tags?.includes(tag)));
      const raised = rule && severity !== "high" ? raise(severity) : severity;
      return {
        id: risk.id,
        title: risk.title,
        object: risk.object,
        severity: raised,
        raisedBy: raised !== severity && rule ? rule.ruleId : null,
        causes,
      };
    })
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (objectRank.get(a.object) ?? 0) - (objectRank.get(b.object) ?? 0),
    );
}

function recommend(index: Index, objects: RatedObject[]): Recommendation[] {
  const candidates: (Omit<Recommendation, "rank"> & { order: number[] })[] = [];
  objects.forEach((result, objectIndex) => {
    for (const transition of result.transitions) {
      transition.capabilities.forEach((outcome, position) => {
        const capability = index.capabilityById.get(outcome.id);
        if (!capability || outcome.status !== "unmet") return;
        const unmet = outcome.questions
          .filter((q) => q.status !== "met" && q.status !== "not-applicable")
          .map((q) => q.questionId);
        candidates.push({
          capabilityId: capability.id,
          object: result.object,
          step: capability.step,
          title: capability.title,
          description: capability.description,
          priority: severityFor(capability.step, result.level),
          forTarget: result.target !== null && capability.step <= result.target,
          unmetQuestions: unmet,
          closesRisks: [...new Set(unmet.flatMap((id) => index.questions.get(id)?.question.risks ?? []))],
          guidance: capability.lenses,
          // Basics first: steps away from the object's level, then the weakest object, then file order.
          order: [capability.step - result.level, result.score, objectIndex, capability.step, position],
        });
      });
    }
  });
  candidates.sort((a, b) => compareTuples(a.order, b.order));
  return candidates.map(({ order: _o, ...rec }, i) => Object.assign(rec, { rank: i + 1 }));
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// Rounded to 6 places first so that 0.3 computed as 0.29999… still floors to 0.30.
function floor2(x: number): number {
  return Math.floor(Math.round(x * 1e6) / 1e4) / 100;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
