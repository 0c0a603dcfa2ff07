import {
  allCapabilities,
  scoredQuestions,
  type AnyQuestion,
  type Questionnaire,
} from "@/domain/questionnaire/questionnaire";
import type { NaReason, ObjectId } from "@/domain/questionnaire/primitives";
import type { Answer } from "@/domain/scoring/answers";
import type { AssessmentResult, RiskCause, Severity } from "@/domain/scoring/result";

/**
 * One view of a stored result, for every place that shows it (the results page, the PDF report,
 * the plan CSV): titles looked up once, answers in words, and a plain-words explanation of each
 * number. Results of both engines render through it; engine 2's extra parts are null for engine 1.
 */

export interface LadderStep {
  level: number;
  title: string;
  descriptor: string;
  state: "reached" | "current" | "above";
}

export interface BlockerView {
  capability: string;
  question: string;
  answer: string;
  next: string | null;
}

export interface ObjectView {
  id: ObjectId;
  title: string;
  level: number | null;
  levelTitle: string | null;
  /** The definition of the level, never a statement about the team. */
  levelDefinition: string | null;
  score: number;
  coverage: number | null;
  applicability: number | null;
  confidence: number;
  completion: number;
  target: number | null;
  gap: number | null;
  ladder: LadderStep[];
  explanation: { level: string; coverage: string | null; confidence: string };
  blocking: string[];
  blockers: BlockerView[];
  oneAnswerAway: { level: number; question: string; answer: string } | null;
  inPlaceAbove: string[];
}

export interface RiskView {
  id: string;
  title: string;
  severity: Severity;
  object: ObjectId;
  objectTitle: string;
  harms: string | null;
  interim: string | null;
  antiPattern: boolean;
  exposure: "full" | "partial" | null;
  raisedBy: string | null;
  causes: { question: string; answer: string }[];
  /** Plan items (by rank) that close it. */
  closedBy: number[];
}

export interface PlanItemView {
  rank: number;
  capabilityId: string;
  title: string;
  description: string;
  object: ObjectId;
  objectTitle: string;
  step: number;
  priority: Severity;
  forTarget: boolean;
  guidance: { how: string; tools: string[] } | null;
  closesRisks: string[];
  because: string[];
}

export interface AnswerView {
  id: string;
  text: string;
  answer: string;
  note: string | null;
  evidenceUrl: string | null;
}

export interface ResultView {
  engine: 1 | 2;
  lens: { id: string; title: string; checked: string | null };
  lenses: { id: string; title: string }[];
  weakest: { level: number | null; objects: string[] };
  meanScore: number;
  coverage: number | null;
  preProduction: boolean;
  realTest: { passed: boolean; question: string; answer: string } | null;
  mlopsV0: { met: boolean; practices: { title: string; met: boolean }[] } | null;
  mlTestScore: {
    score: number;
    sections: { data: number; model: number; infra: number; monitor: number };
  } | null;
  objects: ObjectView[];
  risks: RiskView[];
  plan: PlanItemView[];
  advice: { title: string; advice: string }[];
  answerSections: { title: string; answers: AnswerView[] }[];
}

const NA_REASON: Record<NaReason, string> = {
  "out-of-scope": "out of scope",
  "business-priorities": "business priorities",
  "architecture-constraints": "architecture constraints",
  other: "other",
};

interface Index {
  questions: Map<string, AnyQuestion>;
  capabilities: Map<string, string>;
  objectTitles: Map<string, string>;
  riskTitles: Map<string, string>;
  contextQuestions: Map<string, { text: string; options: { id: string; label: string }[] }>;
}

// One index per questionnaire object (stored versions are parsed once per request and reused).
const indexes = new WeakMap<Questionnaire, Index>();

function indexOf(questionnaire: Questionnaire): Index {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = {
      questions: new Map(scoredQuestions(questionnaire).map((q) => [q.id, q])),
      capabilities: new Map(allCapabilities(questionnaire).map((c) => [c.id, c.title])),
      objectTitles: new Map(questionnaire.objects.map((o) => [o.id, o.title])),
      riskTitles: new Map(questionnaire.risks.map((r) => [r.id, r.title])),
      contextQuestions: new Map(questionnaire.context.questions.map((q) => [q.id, q])),
    };
    indexes.set(questionnaire, index);
  }
  return index;
}

/** An answer in words, as the team gave it. */
export function answerText(
  questionnaire: Questionnaire,
  questionId: string,
  answer: Answer | null | undefined,
): string {
  const index = indexOf(questionnaire);
  if (!answer) return "not answered";
  if (answer.kind === "dont-know") return "don't know";
  if (answer.kind === "not-applicable")
    return `not applicable (${NA_REASON[answer.reason]}${answer.reasonText ? `: ${answer.reasonText}` : ""})`;
  const options =
    index.questions.get(questionId)?.options ?? index.contextQuestions.get(questionId)?.options ?? [];
  return options.find((o) => o.id === answer.optionId)?.label ?? answer.optionId;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function causeAnswer(questionnaire: Questionnaire, cause: RiskCause): string {
  if (cause.status === "dont-know") return "don't know";
  if (cause.status === "unanswered") return "not answered";
  return (
    indexOf(questionnaire)
      .questions.get(cause.questionId)
      ?.options.find((o) => o.id === cause.optionId)?.label ?? ""
  );
}

export function buildResultView(input: {
  questionnaire: Questionnaire;
  result: AssessmentResult;
  answers: { questionId: string; answer: Answer | null; note: string | null; evidenceUrl: string | null }[];
  lens: string | null;
}): ResultView {
  const { questionnaire, result } = input;
  const index = indexOf(questionnaire);
  const engine = questionnaire.format === 2 ? 2 : 1;
  const answers = new Map(input.answers.map((a) => [a.questionId, a]));
  const lensId = questionnaire.lenses.some((l) => l.id === input.lens)
    ? (input.lens as string)
    : questionnaire.defaultLens;
  const lens = questionnaire.lenses.find((l) => l.id === lensId);
  const objectTitle = (id: string) => index.objectTitles.get(id) ?? id;
  const questionText = (id: string) =>
    index.questions.get(id)?.text ?? index.contextQuestions.get(id)?.text ?? id;
  const optionLabel = (questionId: string, optionId: string | null) =>
    optionId
      ? (index.questions.get(questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId)
      : null;

  const objects = result.objects.map((o): ObjectView => {
    const definition = questionnaire.objects.find((d) => d.id === o.object);
    const levels = [...(definition?.levels ?? [])].sort((a, b) => a.level - b.level);
    const current = o.level === null ? undefined : levels.find((l) => l.level === o.level);
    return {
      id: o.object,
      title: objectTitle(o.object),
      level: o.level,
      levelTitle: current?.title ?? null,
      levelDefinition: current?.descriptor ?? null,
      score: o.score,
      coverage: o.coverage ?? null,
      applicability: o.applicability ?? null,
      confidence: o.confidence,
      completion: o.completion,
      target: o.target,
      gap: o.gap,
      ladder: levels.map((l) => ({
        level: l.level,
        title: l.title,
        descriptor: l.descriptor,
        state: o.level === null || l.level > o.level ? "above" : l.level === o.level ? "current" : "reached",
      })),
      explanation: {
        level:
          o.level === null
            ? `Not assessable: ${percent(1 - (o.applicability ?? 0))} of the questions that apply to your team were answered "not applicable", too many to rate it.`
            : engine === 2
              ? o.level === 0
                ? `L0: not enough of the first step (L0→L1) is in place yet (score ${o.score.toFixed(2)} on the 0–4 ladder).`
                : `L${o.level}: enough of the practice of steps L0→L${o.level} is in place (score ${o.score.toFixed(2)} on the 0–4 ladder, where each step counts only as far as the one below it allows).`
              : `L${o.level}: every capability of the steps up to L${o.level} is met.`,
        coverage:
          o.coverage === undefined
            ? null
            : `${percent(o.coverage)} of the practice the questionnaire asks about is in place, across all steps${o.applicability !== undefined && o.applicability < 1 ? ` (${percent(1 - o.applicability)} of the applicable questions answered "not applicable")` : ""}.`,
        confidence: `Confidence ${percent(o.confidence)}: ${o.confidence === 1 ? 'no answer was "don\'t know"' : `${percent(1 - o.confidence)} of the applicable answers were "don't know", which count as not in place`}.`,
      },
      blocking: o.blocking.map((id) => index.capabilities.get(id) ?? id),
      blockers: (o.blockers ?? []).map((b) => ({
        capability: index.capabilities.get(b.capabilityId) ?? b.capabilityId,
        question: questionText(b.questionId),
        answer:
          b.status === "dont-know"
            ? "don't know"
            : b.status === "unanswered"
              ? "not answered"
              : (optionLabel(b.questionId, b.optionId) ?? ""),
        next: optionLabel(b.questionId, b.nextOptionId),
      })),
      oneAnswerAway: o.oneAnswerAway
        ? {
            level: o.oneAnswerAway.level,
            question: questionText(o.oneAnswerAway.questionId),
            answer: optionLabel(o.oneAnswerAway.questionId, o.oneAnswerAway.optionId) ?? "",
          }
        : null,
      inPlaceAbove: (o.inPlaceAbove ?? []).map((id) => index.capabilities.get(id) ?? id),
    };
  });

  const plan = result.recommendations.map((rec): PlanItemView => {
    const guidance = rec.guidance[lensId];
    return {
      rank: rec.rank,
      capabilityId: rec.capabilityId,
      title: rec.title,
      description: rec.description,
      object: rec.object,
      objectTitle: objectTitle(rec.object),
      step: rec.step,
      priority: rec.priority,
      forTarget: rec.forTarget,
      guidance: guidance ? { how: guidance.how, tools: guidance.tools } : null,
      closesRisks: rec.closesRisks.map((id) => index.riskTitles.get(id) ?? id),
      because: rec.unmetQuestions.map(questionText),
    };
  });

  const risks = result.risks.map((risk): RiskView => {
    const definition = questionnaire.risks.find((r) => r.id === risk.id);
    const context = risk.raisedBy ? index.contextQuestions.get(risk.raisedBy) : undefined;
    const contextAnswer = risk.raisedBy ? answers.get(risk.raisedBy)?.answer : undefined;
    const rule =
      risk.raisedBy && !context ? questionnaire.context.rules.find((r) => r.id === risk.raisedBy) : undefined;
    return {
      id: risk.id,
      title: risk.title,
      severity: risk.severity,
      object: risk.object,
      objectTitle: objectTitle(risk.object),
      harms: risk.harms ?? (definition && "mitigatedBy" in definition ? definition.impact : null),
      interim: risk.interim ?? null,
      antiPattern: risk.antiPattern ?? false,
      exposure: risk.exposure ?? null,
      raisedBy: context
        ? `${context.text} ${answerText(questionnaire, risk.raisedBy as string, contextAnswer)}`
        : rule
          ? rule.title
          : null,
      causes: risk.causes.map((c) => ({
        question: questionText(c.questionId),
        answer: causeAnswer(questionnaire, c),
      })),
      closedBy: result.recommendations.filter((r) => r.closesRisks.includes(risk.id)).map((r) => r.rank),
    };
  });

  const skipped = new Set(
    result.objects.flatMap((o) =>
      o.transitions.flatMap((t) =>
        t.capabilities.flatMap((c) =>
          c.questions.filter((q) => q.notApplicableBecause === "context").map((q) => q.questionId),
        ),
      ),
    ),
  );
  const realTest = result.overall.realTest;
  const scoredSections = questionnaire.objects.map((o) => ({
    title: o.title,
    questions: (o.questions as AnyQuestion[]).map((q) => q.id),
  }));
  // The context questions the team's settings answer are not part of the answers (the team page shows them).
  const contextSection = {
    title: "Context",
    questions: questionnaire.context.questions
      .filter((q) => !("fromTeam" in q && q.fromTeam))
      .map((q) => q.id),
  };
  return {
    engine,
    lens: {
      id: lensId,
      title: lens?.title ?? lensId,
      checked: lens && "checked" in lens ? String(lens.checked) : null,
    },
    lenses: questionnaire.lenses.map((l) => ({ id: l.id, title: l.title })),
    weakest: { level: result.overall.weakestLevel, objects: result.overall.weakestObjects.map(objectTitle) },
    meanScore: result.overall.meanScore,
    coverage: result.overall.coverage ?? null,
    preProduction: result.overall.preProduction ?? false,
    realTest: realTest
      ? {
          passed: realTest.passed,
          question: questionText(realTest.questionId),
          answer: answerText(questionnaire, realTest.questionId, answers.get(realTest.questionId)?.answer),
        }
      : null,
    mlopsV0: result.overall.mlopsV0
      ? {
          met: result.overall.mlopsV0.met,
          practices: result.overall.mlopsV0.practices.map((p) => ({ title: p.title, met: p.met })),
        }
      : null,
    mlTestScore: result.overall.mlTestScore ?? null,
    objects,
    risks,
    plan,
    advice: result.advice.map((a) => ({ title: a.title, advice: a.advice })),
    answerSections: [...scoredSections, contextSection].map((section) => ({
      title: section.title,
      answers: section.questions.map((id) => {
        const stored = answers.get(id);
        const answer = skipped.has(id)
          ? "skipped: does not apply to the team's context"
          : answerText(questionnaire, id, stored?.answer);
        return {
          id,
          text: questionText(id),
          answer,
          note: stored?.note ?? null,
          evidenceUrl: stored?.evidenceUrl ?? null,
        };
      }),
    })),
  };
}
