import type { Capability, ContextQuestion, MaturityObjectDefinition, Question, Questionnaire, Risk } from "../questionnaire/questionnaire";
import type { Level, ObjectId } from "../questionnaire/schema";
import type { Answer, AssessmentInput } from "./answers";
import type {
  AssessmentResult,
  CapabilityResult,
  ContextAdvice,
  ObjectResult,
  Recommendation,
  RiskCause,
  RiskResult,
  Severity,
  TransitionResult,
} from "./result";

/**
 * The scoring engine: a pure, deterministic function of a questionnaire version and a set of
 * answers. The rules, in plain words, are in docs/scoring.md.
 */
export const ENGINE_VERSION = "1.0.0";

export class AnswerError extends Error {
  override name = "AnswerError";
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

interface QuestionEntry {
  question: Question;
  object: MaturityObjectDefinition;
  maxValue: number;
}

interface Index {
  questions: Map<string, QuestionEntry>;
  contextQuestions: Map<string, ContextQuestion>;
  risks: Map<string, Risk>;
}

// Memoised per questionnaire object: building the maps is the costliest part of a small scoring.
const indexes = new WeakMap<Questionnaire, Index>();

function indexOf(questionnaire: Questionnaire): Index {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = {
      questions: new Map(
        questionnaire.objects.flatMap((object) =>
          object.questions.map((question) => [
            question.id,
            { question, object, maxValue: Math.max(...question.options.map((o) => o.value)) },
          ]),
        ),
      ),
      contextQuestions: new Map(questionnaire.context.questions.map((q) => [q.id, q])),
      risks: new Map(questionnaire.risks.map((r) => [r.id, r])),
    };
    indexes.set(questionnaire, index);
  }
  return index;
}

/** Problems that make a set of answers unusable with this questionnaire (empty when fine). */
export function findAnswerProblems(questionnaire: Questionnaire, answers: readonly Answer[]): string[] {
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

export function scoreAssessment(questionnaire: Questionnaire, input: AssessmentInput): AssessmentResult {
  const problems = findAnswerProblems(questionnaire, input.answers);
  if (problems.length > 0) throw new AnswerError(problems);
  const index = indexOf(questionnaire);
  const answers = new Map(input.answers.map((a) => [a.questionId, a]));

  const objects = questionnaire.objects.map((object) =>
    scoreObject(object, answers, questionnaire.passMark, input.targets?.[object.id] ?? null),
  );
  const advice = contextAdvice(questionnaire, answers);
  const weakestLevel = Math.min(...objects.map((o) => o.level)) as Level;
  return {
    engineVersion: ENGINE_VERSION,
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
    recommendations: recommend(questionnaire, objects),
    advice: advice.map(({ raiseRiskTags: _r, ...a }) => a),
  };
}

function scoreQuestion(question: Question, answer: Answer | undefined, passMark: number, maxValue: number) {
  if (!answer) return { result: { questionId: question.id, status: "unanswered", value: null }, credit: 0 } as const;
  if (answer.kind === "not-applicable") {
    return { result: { questionId: question.id, status: "not-applicable", value: null }, credit: 0 } as const;
  }
  if (answer.kind === "dont-know") return { result: { questionId: question.id, status: "dont-know", value: null }, credit: 0 } as const;
  const value = question.options.find((o) => o.id === answer.optionId)?.value ?? 0;
  const status = value >= passMark ? "met" : "unmet";
  return { result: { questionId: question.id, status, value }, credit: maxValue > 0 ? value / maxValue : 0 } as const;
}

function scoreObject(
  object: MaturityObjectDefinition,
  answers: ReadonlyMap<string, Answer>,
  passMark: number,
  target: Level | null,
): ObjectResult {
  const capabilityResults = object.capabilities.map((capability): CapabilityResult => {
    const scored = object.questions
      .filter((q) => q.capability === capability.id)
      .map((q) => scoreQuestion(q, answers.get(q.id), passMark, Math.max(...q.options.map((o) => o.value))));
    const applicable = scored.filter((s) => s.result.status !== "not-applicable");
    return {
      id: capability.id,
      step: capability.step,
      status: applicable.length === 0 ? "not-applicable" : applicable.every((s) => s.result.status === "met") ? "met" : "unmet",
      progress: applicable.length === 0 ? 1 : mean(applicable.map((s) => s.credit)),
      questions: scored.map((s) => s.result),
    };
  });

  const transitions = [1, 2, 3, 4].map((step): TransitionResult => {
    const capabilities = capabilityResults.filter((c) => c.step === step);
    const applicable = capabilities.filter((c) => c.status !== "not-applicable");
    return {
      step,
      met: applicable.every((c) => c.status === "met"),
      progress: applicable.length === 0 ? 1 : mean(applicable.map((c) => c.progress)),
      capabilities,
    };
  });

  const firstUnmet = transitions.findIndex((t) => !t.met);
  const level = (firstUnmet === -1 ? 4 : firstUnmet) as Level;
  const next = transitions[level];
  const questions = capabilityResults.flatMap((c) => c.questions);
  const applicable = questions.filter((q) => q.status !== "not-applicable");
  const dontKnow = applicable.filter((q) => q.status === "dont-know").length;

  return {
    object: object.id,
    level,
    score: next ? round2(level + Math.min(floor2(next.progress), 0.99)) : 4,
    completion: round2(questions.filter((q) => q.status !== "unanswered").length / Math.max(questions.length, 1)),
    confidence: applicable.length === 0 ? 1 : round2(1 - dontKnow / applicable.length),
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
  objects: ObjectResult[],
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
  const objectOrder = questionnaire.objects.map((o) => o.id);
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
        objectOrder.indexOf(a.object) - objectOrder.indexOf(b.object),
    );
}

function recommend(questionnaire: Questionnaire, objects: ObjectResult[]): Recommendation[] {
  const candidates: (Omit<Recommendation, "rank"> & { order: number[] })[] = [];
  objects.forEach((result, objectIndex) => {
    const definition = questionnaire.objects[objectIndex] as MaturityObjectDefinition;
    definition.capabilities.forEach((capability: Capability, capabilityIndex) => {
      const outcome = result.transitions[capability.step - 1]?.capabilities.find((c) => c.id === capability.id);
      if (!outcome || outcome.status !== "unmet") return;
      const unmet = outcome.questions.filter((q) => q.status !== "met" && q.status !== "not-applicable");
      const unmetIds = new Set(unmet.map((q) => q.questionId));
      candidates.push({
        capabilityId: capability.id,
        object: result.object,
        step: capability.step,
        title: capability.title,
        description: capability.description,
        priority: severityFor(capability.step, result.level),
        forTarget: result.target !== null && capability.step <= result.target,
        unmetQuestions: [...unmetIds],
        closesRisks: [
          ...new Set(definition.questions.filter((q) => unmetIds.has(q.id)).flatMap((q) => q.risks)),
        ],
        guidance: capability.lenses,
        // Basics first: steps away from the object's level, then the weakest object, then file order.
        order: [capability.step - result.level, result.score, objectIndex, capability.step, capabilityIndex],
      });
    });
  });
  return candidates
    .sort((a, b) => compareTuples(a.order, b.order))
    .map(({ order: _o, ...rec }, i) => ({ rank: i + 1, ...rec }));
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

// Rounded to 6 places first so that 0.3 computed as 0.29999… still floors to 0.30.
function floor2(x: number): number {
  return Math.floor(Math.round(x * 1e6) / 1e4) / 100;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export type { ObjectId };
