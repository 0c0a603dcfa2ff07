import type {
  Capability,
  MaturityObjectDefinition,
  Question,
  QuestionnaireV2,
  Risk,
} from "../questionnaire/questionnaire";
import type { Level, ObjectId, Severity } from "../questionnaire/schema";
import type { Answer, AssessmentInput } from "./answers";
import type {
  AssessmentResult,
  Blocker,
  CapabilityResult,
  ContextAdvice,
  ObjectResult,
  QuestionResult,
  Recommendation,
  RiskCause,
  RiskResult,
  TransitionResult,
} from "./result";

/**
 * Engine 2: a pure, deterministic function of a questionnaire of format 2 and a set of answers.
 * The rules, in plain words and with a worked example, are in docs/scoring.md; in short:
 *
 * - each applicable question earns credit: its option's value against the pass mark of its step
 *   (consistent practice at the lower steps, automated practice at the top ones);
 * - a step's attainment is the mean credit of its applicable questions, and its fulfilment rises
 *   from 0 at half the credit to 1 at nine tenths;
 * - the ladder position adds the steps' fulfilments, each step counting at most half a step more
 *   than the one below it (every layer assumes the previous one works); the level is its whole part.
 *
 * One answer moved by one option changes a step's fulfilment by at most half, and the gate passes a
 * change on to one step above at most, so it moves the position by at most one: no single answer
 * decides an object, and work above the first gap still counts.
 */
export const ENGINE_V2_VERSION = "2.0.0";

/**
 * Per step, the attainment from which it starts to count and at which it is fully in place. The
 * lower steps count partial practice generously (two of three basics consistently in place is most
 * of L1); the top steps, whose pass mark already asks for automation, need nine tenths of it.
 */
const FULFILMENT_BANDS: readonly (readonly [number, number])[] = [
  [0.3, 0.8],
  [0.3, 0.8],
  [0.5, 0.9],
  [0.5, 0.9],
];
/** How far a step may count above the one below it. */
const GATE_SLACK = 0.5;
/** A step's attainment is taken over at least this many questions, so that N/A cannot make one answer decide it. */
const MIN_STEP_QUESTIONS = 2;
/** Below this share of applicable questions (of those its context leaves) an object is "not assessable". */
const MIN_APPLICABILITY = 0.5;
const EPSILON = 1e-9;

interface QuestionEntry {
  /** The question's position in the questionnaire: results and answers are kept in arrays by it. */
  slot: number;
  question: Question;
  object: MaturityObjectDefinition;
  capability: Capability;
  mark: number;
  /** Options from the lowest value to the highest. */
  ordered: Question["options"];
  values: Map<string, number>;
  /** The question's skip conditions: context question and the options under which it applies. */
  appliesWhen: [string, string[]][];
  /** The risks this question can open. */
  riskIds: string[];
}

interface ObjectEntries {
  entries: QuestionEntry[];
  /** The same, lowest step first (basics first), for blockers and "one answer away". */
  byStep: QuestionEntry[];
  byCapability: Map<string, QuestionEntry[]>;
  capabilitiesByStep: Capability[][];
}

interface RiskEntry {
  risk: Risk;
  openings: { entry: QuestionEntry; options: readonly string[] }[];
}

interface Index {
  questions: Map<string, QuestionEntry>;
  slots: number;
  risks: RiskEntry[];
  /** Per ML Test Score test, the questions it is scored from with their full and half credit options. */
  mlTests: {
    section: "data" | "model" | "infra" | "monitor";
    mappings: { entry: QuestionEntry; full: readonly string[]; half: readonly string[] }[];
  }[];
  byObject: Map<ObjectId, ObjectEntries>;
  capabilities: Map<string, Capability>;
  contextOptions: Map<string, Set<string>>;
  objectRank: Map<ObjectId, number>;
}

// Memoised per questionnaire object: joining questions, capabilities and risks depends on the
// questionnaire only.
const indexes = new WeakMap<QuestionnaireV2, Index>();

function indexOf(questionnaire: QuestionnaireV2): Index {
  const cached = indexes.get(questionnaire);
  if (cached) return cached;
  const questions = new Map<string, QuestionEntry>();
  const byObject = new Map<ObjectId, ObjectEntries>();
  const capabilities = new Map<string, Capability>();
  let slots = 0;
  const riskIdsByQuestion = new Map<string, string[]>();
  for (const risk of questionnaire.risks) {
    for (const cause of risk.openedBy)
      riskIdsByQuestion.set(cause.question, [...(riskIdsByQuestion.get(cause.question) ?? []), risk.id]);
  }
  for (const object of questionnaire.objects) {
    for (const capability of object.capabilities) capabilities.set(capability.id, capability);
    const entries = object.questions.map((question): QuestionEntry => {
      const capability = capabilities.get(question.capability) as Capability;
      return {
        slot: slots++,
        question,
        object,
        capability,
        mark: questionnaire.passMarks[String(capability.step) as "1" | "2" | "3" | "4"],
        ordered: [...question.options].sort((a, b) => a.value - b.value),
        values: new Map(question.options.map((o) => [o.id, o.value])),
        appliesWhen: Object.entries(question.appliesWhen ?? {}),
        riskIds: riskIdsByQuestion.get(question.id) ?? [],
      };
    });
    for (const entry of entries) questions.set(entry.question.id, entry);
    byObject.set(object.id, {
      entries,
      byStep: [...entries].sort((a, b) => a.capability.step - b.capability.step),
      byCapability: new Map(
        object.capabilities.map((c) => [c.id, entries.filter((e) => e.capability.id === c.id)]),
      ),
      capabilitiesByStep: [1, 2, 3, 4].map((step) => object.capabilities.filter((c) => c.step === step)),
    });
  }
  const entryOf = (id: string) => questions.get(id) as QuestionEntry;
  const risks = questionnaire.risks.map((risk) => ({
    risk,
    openings: risk.openedBy
      .filter((o) => questions.has(o.question))
      .map((o) => ({ entry: entryOf(o.question), options: o.options })),
  }));
  const mlTests = questionnaire.mlTestScore
    .filter((test) => test.questions.length > 0)
    .map((test) => ({
      section: test.id.slice(0, test.id.indexOf("-")) as Index["mlTests"][number]["section"],
      mappings: test.questions
        .filter((m) => questions.has(m.question))
        .map((m) => ({ entry: entryOf(m.question), full: m.full, half: m.half })),
    }));
  const contextOptions = new Map(
    questionnaire.context.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]),
  );
  const objectRank = new Map(questionnaire.objects.map((o, i) => [o.id, i]));
  const index = {
    questions,
    slots: questions.size,
    risks,
    mlTests,
    byObject,
    capabilities,
    contextOptions,
    objectRank,
  };
  indexes.set(questionnaire, index);
  return index;
}

/**
 * Answers the questionnaire does not offer: N/A on a question that applies to every team. The
 * answering page and the API refuse them; the engine, given one anyway (an old export, a
 * hand-written answers file), counts it as not in place rather than letting it lift a level.
 */
export function answerRuleProblemsV2(questionnaire: QuestionnaireV2, answers: readonly Answer[]): string[] {
  const index = indexOf(questionnaire);
  return answers
    .filter(
      (a) =>
        a.kind === "not-applicable" &&
        index.questions.has(a.questionId) &&
        !index.questions.get(a.questionId)?.question.notApplicable,
    )
    .map((a) => `question "${a.questionId}" applies to every team: answer it, or say you don't know`);
}

/** Problems that make a set of answers unusable with this questionnaire (empty when fine). */
export function findAnswerProblemsV2(questionnaire: QuestionnaireV2, answers: readonly Answer[]): string[] {
  const index = indexOf(questionnaire);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    if (seen.has(answer.questionId)) problems.push(`question "${answer.questionId}" is answered twice`);
    seen.add(answer.questionId);
    const scored = index.questions.get(answer.questionId);
    const context = index.contextOptions.get(answer.questionId);
    if (!scored && !context) {
      problems.push(`unknown question "${answer.questionId}"`);
      continue;
    }
    if (context) {
      if (answer.kind !== "option")
        problems.push(`context question "${answer.questionId}" takes one of its options`);
      else if (!context.has(answer.optionId))
        problems.push(`unknown option "${answer.optionId}" for question "${answer.questionId}"`);
      continue;
    }
    if (answer.kind === "option" && !scored?.values.has(answer.optionId)) {
      problems.push(`unknown option "${answer.optionId}" for question "${answer.questionId}"`);
    }
  }
  return problems;
}

/** Skip logic (as domain/questionnaire/applicability.ts, on the index's prepared conditions). */
function applies(entry: QuestionEntry, answers: ReadonlyMap<string, Answer>): boolean {
  for (const [contextQuestion, options] of entry.appliesWhen) {
    const answer = answers.get(contextQuestion);
    if (answer?.kind === "option" && !options.includes(answer.optionId)) return false;
  }
  return true;
}

function scoreQuestion(
  entry: QuestionEntry,
  answer: Answer | undefined,
  answers: ReadonlyMap<string, Answer>,
): QuestionResult {
  const questionId = entry.question.id;
  if (!applies(entry, answers))
    return { questionId, status: "not-applicable", value: null, notApplicableBecause: "context" };
  if (!answer) return { questionId, status: "unanswered", value: null, credit: 0 };
  if (answer.kind === "not-applicable") {
    if (entry.question.notApplicable)
      return { questionId, status: "not-applicable", value: null, notApplicableBecause: "answer" };
    return { questionId, status: "dont-know", value: null, credit: 0 };
  }
  if (answer.kind === "dont-know") return { questionId, status: "dont-know", value: null, credit: 0 };
  const value = entry.values.get(answer.optionId) ?? 0;
  const credit = creditOf(value, entry.mark);
  return { questionId, status: credit >= 1 ? "met" : value === 0 ? "unmet" : "partial", value, credit };
}

const creditOf = (value: number, mark: number) => Math.min(1, value / mark);

/** Fulfilment of a step (0-based) from its attainment: linear across the step's band, 0 below it, 1 above. */
function fulfilment(step: number, attainment: number): number {
  const [from, full] = FULFILMENT_BANDS[step] ?? [0.5, 0.9];
  return Math.min(1, Math.max(0, (attainment - from) / (full - from)));
}

/** The ladder position from the steps' credit sums and applicable counts. */
function positionOf(sums: readonly number[], counts: readonly number[]): number {
  let position = 0;
  let below = 1;
  for (let step = 0; step < 4; step++) {
    const count = counts[step] ?? 0;
    const attainment = count === 0 ? 0 : (sums[step] ?? 0) / Math.max(count, MIN_STEP_QUESTIONS);
    const counted =
      step === 0 ? fulfilment(step, attainment) : Math.min(fulfilment(step, attainment), below + GATE_SLACK);
    position += counted;
    below = counted;
  }
  return position;
}

const levelOf = (position: number) => Math.min(4, Math.floor(position + EPSILON));

/** The answers of one assessment: context answers by id, scored answers by their question's slot. */
interface AnswerSet {
  byId: ReadonlyMap<string, Answer>;
  bySlot: readonly (Answer | undefined)[];
}

/** Scores an object's questions into `results` (by slot) and rates the object. */
function scoreObject(
  object: MaturityObjectDefinition,
  { entries, byStep, byCapability, capabilitiesByStep }: ObjectEntries,
  answers: AnswerSet,
  results: QuestionResult[],
  target: Level | null,
): ObjectResult {
  const sums = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0];
  let answered = 0;
  let dontKnow = 0;
  let applicable = 0;
  let skipped = 0;
  let creditTotal = 0;
  for (const entry of entries) {
    const result = scoreQuestion(entry, answers.bySlot[entry.slot], answers.byId);
    results[entry.slot] = result;
    if (result.notApplicableBecause === "context") skipped++;
    if (result.status !== "unanswered") answered++;
    if (result.status === "not-applicable") continue;
    const step = entry.capability.step - 1;
    applicable++;
    // "Don't know" lowers confidence, not the level (the page's answer rule says so): the step is
    // rated on what is known, over at least MIN_STEP_QUESTIONS, so unknowns still cost when many.
    if (result.status === "dont-know") {
      dontKnow++;
      continue;
    }
    sums[step] = (sums[step] ?? 0) + (result.credit ?? 0);
    counts[step] = (counts[step] ?? 0) + 1;
    creditTotal += result.credit ?? 0;
  }

  const position = positionOf(sums, counts);
  // Of the questions the team's context leaves to answer, the share it did not set aside as N/A.
  const inContext = entries.length - skipped;
  const applicability = inContext === 0 ? 0 : applicable / inContext;
  const assessable = applicability >= MIN_APPLICABILITY;
  const level = assessable ? levelOf(position) : null;

  const transitions: TransitionResult[] = [1, 2, 3, 4].map((step) => {
    const count = counts[step - 1] ?? 0;
    const attainment = count === 0 ? 0 : (sums[step - 1] ?? 0) / Math.max(count, MIN_STEP_QUESTIONS);
    return {
      step,
      met: fulfilment(step - 1, attainment) >= 1 - EPSILON,
      progress: round2(attainment),
      capabilities: (capabilitiesByStep[step - 1] ?? []).map((c) =>
        capabilityResult(c, byCapability.get(c.id) ?? [], results),
      ),
    };
  });

  const blockers: Blocker[] = [];
  if (level !== null && level < 4) {
    for (const entry of byStep) {
      if (entry.capability.step > level + 1) break;
      const result = results[entry.slot] as QuestionResult;
      if (result.status === "not-applicable" || (result.credit ?? 0) >= 1) continue;
      const answer = answers.bySlot[entry.slot];
      const optionId = answer?.kind === "option" ? answer.optionId : null;
      blockers.push({
        capabilityId: entry.capability.id,
        questionId: entry.question.id,
        status: result.status,
        optionId,
        nextOptionId: nextOption(entry, result.value)?.id ?? null,
      });
    }
  }

  return {
    object: object.id,
    level,
    score: floor2(Math.min(4, position)),
    completion: round2((answered - skipped) / Math.max(inContext, 1)),
    confidence: applicable === 0 ? 1 : round2(1 - dontKnow / applicable),
    target,
    gap: target === null || level === null ? null : Math.max(0, target - level),
    blocking: [...new Set(blockers.map((b) => b.capabilityId))],
    transitions,
    coverage: applicable - dontKnow === 0 ? 0 : round2(creditTotal / (applicable - dontKnow)),
    applicability: round2(applicability),
    blockers,
    oneAnswerAway:
      level === null || level === 4 ? null : oneAnswerAway(byStep, results, answers, sums, counts, level),
    inPlaceAbove:
      level === null
        ? []
        : transitions
            .filter((t) => t.step > level)
            .flatMap((t) => t.capabilities.filter((c) => c.status === "met").map((c) => c.id)),
  };
}

function capabilityResult(
  capability: Capability,
  entries: QuestionEntry[],
  results: readonly QuestionResult[],
): CapabilityResult {
  const questions = entries.map((e) => results[e.slot] as QuestionResult);
  let counted = 0;
  let credit = 0;
  let met = true;
  for (const q of questions) {
    if (q.status === "not-applicable") continue;
    counted++;
    credit += q.credit ?? 0;
    if ((q.credit ?? 0) < 1) met = false;
  }
  return {
    id: capability.id,
    step: capability.step,
    status: counted === 0 ? "not-applicable" : met ? "met" : "unmet",
    progress: round2(counted === 0 ? 1 : credit / counted),
    questions,
  };
}

/** The next option up from a value (the lowest option when nothing is chosen yet). */
function nextOption(entry: QuestionEntry, value: number | null): Question["options"][number] | undefined {
  return value === null ? entry.ordered.find((o) => o.value > 0) : entry.ordered.find((o) => o.value > value);
}

/** The single answer that lifts the object a level: the lowest step first, then the smallest move. */
function oneAnswerAway(
  byStep: QuestionEntry[],
  results: readonly QuestionResult[],
  answers: AnswerSet,
  sums: readonly number[],
  counts: readonly number[],
  level: Level,
): ObjectResult["oneAnswerAway"] {
  const trialSums = [0, 0, 0, 0];
  const trialCounts = [0, 0, 0, 0];
  for (const entry of byStep) {
    const result = results[entry.slot] as QuestionResult;
    if (result.status === "not-applicable" || (result.credit ?? 0) >= 1) continue;
    const step = entry.capability.step - 1;
    for (const option of entry.ordered) {
      if (result.value !== null && option.value <= result.value) continue;
      // A "don't know" is not counted yet: answering it adds a question to its step.
      const known = result.status !== "dont-know";
      for (let i = 0; i < 4; i++) {
        trialSums[i] = sums[i] ?? 0;
        trialCounts[i] = counts[i] ?? 0;
      }
      trialSums[step] =
        (trialSums[step] ?? 0) - (known ? (result.credit ?? 0) : 0) + creditOf(option.value, entry.mark);
      if (!known) trialCounts[step] = (trialCounts[step] ?? 0) + 1;
      if (levelOf(positionOf(trialSums, trialCounts)) > level) {
        const answer = answers.bySlot[entry.slot];
        if (answer?.kind === "option" && answer.optionId === option.id) continue;
        return { level: level + 1, questionId: entry.question.id, optionId: option.id };
      }
    }
  }
  return null;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const SEVERITY_BY_RANK: Severity[] = ["high", "medium", "low"];
const shift = (severity: Severity, by: number): Severity =>
  SEVERITY_BY_RANK[Math.min(2, Math.max(0, SEVERITY_RANK[severity] + by))] as Severity;

function contextMatches(
  condition: { question: string; anyOf: readonly string[] },
  answers: ReadonlyMap<string, Answer>,
): boolean {
  const answer = answers.get(condition.question);
  return answer?.kind === "option" && condition.anyOf.includes(answer.optionId);
}

/**
 * Severity = harm × exposure. A risk opens only from the answers its catalogue entry names (so its
 * title never contradicts them) or from not knowing; a team that has the practice partly in place
 * is exposed one step less; context raises it one step; anti-patterns never fall below medium.
 */
function openRisks(index: Index, results: readonly QuestionResult[], answers: AnswerSet): RiskResult[] {
  const risks: RiskResult[] = [];
  const rank: number[] = [];
  for (const { risk, openings } of index.risks) {
    const causes: RiskCause[] = [];
    let applicable = 0;
    for (const { entry, options } of openings) {
      const result = results[entry.slot] as QuestionResult;
      if (result.status === "not-applicable") continue;
      applicable++;
      const answer = answers.bySlot[entry.slot];
      const questionId = entry.question.id;
      const object = entry.object.id;
      if (result.status === "dont-know" || result.status === "unanswered")
        causes.push({ questionId, object, status: result.status, optionId: null });
      else if (answer?.kind === "option" && options.includes(answer.optionId)) {
        causes.push({
          questionId,
          object,
          status: result.value === 0 ? "unmet" : "partial",
          optionId: answer.optionId,
        });
      }
    }
    if (causes.length === 0 || (risk.opensWhen === "all" && causes.length < applicable)) continue;
    const exposure = causes.every((c) => c.status === "partial") ? "partial" : "full";
    let severity = exposure === "partial" ? shift(risk.impact, 1) : risk.impact;
    const raisedBy = risk.raisedBy?.find((condition) => contextMatches(condition, answers.byId)) ?? null;
    if (raisedBy) severity = shift(severity, -1);
    if (risk.antiPattern && severity === "low") severity = "medium";
    // Most severe first, then the greater harm, then in the order of the objects.
    rank.push(
      SEVERITY_RANK[severity] * 100 +
        SEVERITY_RANK[risk.impact] * 10 +
        (index.objectRank.get(risk.object) ?? 0),
    );
    risks.push({
      id: risk.id,
      title: risk.title,
      object: risk.object,
      severity,
      raisedBy: raisedBy ? raisedBy.question : null,
      causes,
      impact: risk.impact,
      exposure,
      harms: risk.harms,
      interim: risk.interim,
      antiPattern: risk.antiPattern ?? false,
    });
  }
  return sortedBy(risks, rank);
}

/** The items in ascending order of their keys (a stable sort). */
function sortedBy<T>(items: T[], keys: readonly number[]): T[] {
  return items
    .map((_, i) => i)
    .sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0))
    .map((i) => items[i] as T);
}

/** Basics first: for each object the capabilities of its next steps, the weakest object first. */
function recommend(index: Index, objects: ObjectResult[], risks: RiskResult[]): Recommendation[] {
  const open = new Set(risks.map((r) => r.id));
  const recommendations: Recommendation[] = [];
  const orders: number[][] = [];
  objects.forEach((result, objectIndex) => {
    const level = result.level ?? 0;
    for (const transition of result.transitions) {
      transition.capabilities.forEach((outcome, position) => {
        const capability = index.capabilities.get(outcome.id);
        if (!capability || outcome.status !== "unmet") return;
        const below = outcome.questions
          .filter((q) => q.status !== "not-applicable" && (q.credit ?? 0) < 1)
          .map((q) => q.questionId);
        const stepsAway = capability.step - level;
        orders.push([Math.max(stepsAway, 0), result.score, objectIndex, capability.step, position]);
        recommendations.push({
          rank: 0,
          capabilityId: capability.id,
          object: result.object,
          step: capability.step,
          title: capability.title,
          description: capability.description,
          priority: stepsAway <= 1 ? "high" : stepsAway === 2 ? "medium" : "low",
          forTarget: result.target !== null && capability.step <= result.target,
          unmetQuestions: below,
          closesRisks: closedRisks(below, index, open),
          guidance: capability.lenses,
        });
      });
    }
  });
  const order = recommendations
    .map((_, i) => i)
    .sort((a, b) => compareTuples(orders[a] ?? [], orders[b] ?? []));
  return order.map((i, rank) => Object.assign(recommendations[i] as Recommendation, { rank: rank + 1 }));
}

/** The open risks that the given questions can open, each once, in the order first met. */
function closedRisks(questionIds: readonly string[], index: Index, open: ReadonlySet<string>): string[] {
  const closed: string[] = [];
  for (const questionId of questionIds) {
    for (const riskId of index.questions.get(questionId)?.riskIds ?? [])
      if (open.has(riskId) && !closed.includes(riskId)) closed.push(riskId);
  }
  return closed;
}

function contextAdvice(
  questionnaire: QuestionnaireV2,
  answers: ReadonlyMap<string, Answer>,
): ContextAdvice[] {
  return questionnaire.context.rules
    .filter((rule) => contextMatches(rule.when, answers))
    .map((rule) => ({
      ruleId: rule.id,
      title: rule.title,
      advice: rule.advice,
      objects: rule.objects ?? [],
    }));
}

function mlTestScore(index: Index, results: readonly QuestionResult[], answers: AnswerSet) {
  const sections = { data: 0, model: 0, infra: 0, monitor: 0 };
  for (const test of index.mlTests) {
    let credit = 1;
    for (const { entry, full, half } of test.mappings) {
      const answer = answers.bySlot[entry.slot];
      const earned =
        results[entry.slot]?.status === "not-applicable" || answer?.kind !== "option"
          ? 0
          : full.includes(answer.optionId)
            ? 1
            : half.includes(answer.optionId)
              ? 0.5
              : 0;
      credit = Math.min(credit, earned);
    }
    sections[test.section] += credit;
  }
  return { sections, score: Math.min(sections.data, sections.model, sections.infra, sections.monitor) };
}

export function scoreAssessmentV2(questionnaire: QuestionnaireV2, input: AssessmentInput): AssessmentResult {
  const index = indexOf(questionnaire);
  const byId = new Map(input.answers.map((a) => [a.questionId, a]));
  const bySlot = new Array<Answer | undefined>(index.slots);
  for (const answer of input.answers) {
    const entry = index.questions.get(answer.questionId);
    if (entry) bySlot[entry.slot] = answer;
  }
  const answers: AnswerSet = { byId, bySlot };
  const results = new Array<QuestionResult>(index.slots);
  const objects = questionnaire.objects.map((object) =>
    scoreObject(
      object,
      index.byObject.get(object.id) as ObjectEntries,
      answers,
      results,
      input.targets?.[object.id] ?? null,
    ),
  );
  const rated = objects.filter((o) => o.level !== null);
  const weakestLevel = rated.length === 0 ? null : Math.min(...rated.map((o) => o.level as number));
  let known = 0;
  let credit = 0;
  for (const q of results) {
    if (q.status === "not-applicable" || q.status === "dont-know") continue;
    known++;
    credit += q.credit ?? 0;
  }
  const risks = openRisks(index, results, answers);
  const realTest = byId.get(questionnaire.realTest.question);
  return {
    engineVersion: ENGINE_V2_VERSION,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    objects,
    overall: {
      weakestLevel,
      weakestObjects: rated
        .filter((o) => o.level === weakestLevel)
        .sort((a, b) => a.score - b.score)
        .map((o) => o.object),
      meanScore: floor2(objects.reduce((sum, o) => sum + o.score, 0) / objects.length),
      coverage: known === 0 ? 0 : round2(credit / known),
      preProduction: contextMatches(questionnaire.preProductionWhen, byId),
      mlopsV0: (() => {
        const practices = questionnaire.mlopsV0.map((p) => {
          const answer = byId.get(p.question);
          return {
            id: p.id,
            title: p.title,
            met: answer?.kind === "option" && p.options.includes(answer.optionId),
          };
        });
        return { met: practices.every((p) => p.met), practices };
      })(),
      realTest: {
        questionId: questionnaire.realTest.question,
        optionId: realTest?.kind === "option" ? realTest.optionId : null,
        passed: realTest?.kind === "option" && questionnaire.realTest.options.includes(realTest.optionId),
      },
      mlTestScore: mlTestScore(index, results, answers),
    },
    risks,
    recommendations: recommend(index, objects, risks),
    advice: contextAdvice(questionnaire, byId),
    lens: chosenLens(questionnaire, byId),
  };
}

/** The lens the team's answer to a lens-choosing context question names, or the questionnaire's default. */
function chosenLens(questionnaire: QuestionnaireV2, answers: ReadonlyMap<string, Answer>): string {
  for (const question of questionnaire.context.questions) {
    const answer = answers.get(question.id);
    const lens = answer?.kind === "option" ? question.selectsLens?.[answer.optionId] : undefined;
    if (lens) return lens;
  }
  return questionnaire.defaultLens;
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
