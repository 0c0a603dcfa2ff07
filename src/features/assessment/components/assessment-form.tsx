"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { claimsAboveEvidence } from "@/domain/evidence/explain";
import { appliesInContext } from "@/domain/questionnaire/applicability";
import type { AnyContextQuestion, AnyQuestion, Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { ObjectId } from "@/domain/questionnaire/schema";
import type { Answer, Targets } from "@/domain/scoring/answers";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { callApi } from "@/lib/api-client";
import { paths } from "@/lib/paths";
import { targetsReply, type AnswerValue, type DraftEvidence, type StoredAnswer } from "../schemas";
import { EvidenceSummary } from "./evidence-summary";
import { QuestionCard } from "./question-card";
import { SubmitPanel } from "./submit-panel";
import { useAutosave } from "./use-autosave";

interface Props {
  assessmentId: string;
  teamId: string;
  questionnaire: Questionnaire;
  initialAnswers: StoredAnswer[];
  initialTargets: Targets;
  evidence: DraftEvidence | null;
  /** Answers last confirmed longer ago than this are due for review. */
  reviewCadenceDays: number;
}

const NOTE_PAUSE_MS = 800;

interface FormSection {
  id: string;
  title: string;
  summary: string;
  scored: boolean;
  questions: (AnyQuestion | AnyContextQuestion)[];
}

/**
 * The page's sections: the objects and the team's context. In the current format the context
 * comes first (its answers decide which questions apply), without what the team's settings answer.
 */
function formSections(questionnaire: Questionnaire): FormSection[] {
  const objects = questionnaire.objects.map((o): FormSection => ({
    id: o.id,
    title: o.title,
    summary: o.summary,
    questions: o.questions,
    scored: true,
  }));
  if (questionnaire.format !== 2) {
    return [
      ...objects,
      {
        id: "context",
        title: "Context",
        summary: "About your team. These answers do not score; they shape the advice.",
        questions: questionnaire.context.questions,
        scored: false,
      },
    ];
  }
  const context: FormSection = {
    id: "context",
    title: "Your context",
    summary:
      "About your team. These answers do not score; they decide which questions apply and shape the advice.",
    questions: questionnaire.context.questions.filter((q) => !q.fromTeam),
    scored: false,
  };
  return [context, ...objects];
}

/** The answering page: one section per object plus context, autosaved question by question. */
export function AssessmentForm({
  assessmentId,
  teamId,
  questionnaire,
  initialAnswers,
  initialTargets,
  evidence,
  reviewCadenceDays,
}: Props) {
  const router = useRouter();
  const { entries, states, update, flush, retryAll, unsaved, failed } = useAutosave(
    assessmentId,
    initialAnswers,
  );
  const [targets, setTargets] = useState(initialTargets);
  const [targetError, setTargetError] = useState<string | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const sections = useMemo(() => formSections(questionnaire), [questionnaire]);
  // Skip logic: a question the context answers rule out is not shown, not counted and not required.
  const contextAnswer = (questionId: string) => {
    const answer = entries[questionId]?.answer;
    return answer?.kind === "option" ? answer.optionId : null;
  };
  const shown = sections.map((s) => ({
    ...s,
    questions: s.questions.filter((q) => appliesInContext(q, contextAnswer)),
    skipped: s.questions.filter((q) => !appliesInContext(q, contextAnswer)),
  }));
  const isAnswered = (id: string) => Boolean(entries[id]?.answer);
  const total = shown.reduce((n, s) => n + s.questions.length, 0);
  const answered = shown.reduce((n, s) => n + s.questions.filter((q) => isAnswered(q.id)).length, 0);
  const unanswered = shown.flatMap((s) =>
    s.questions.filter((q) => !isAnswered(q.id)).map((q) => ({ id: q.id, section: s.title, text: q.text })),
  );
  const levelsOf = (object: string) => questionnaire.objects.find((o) => o.id === object)?.levels ?? [];

  // Evidence: answers above what high-confidence evidence allows, and suggestions for unanswered questions.
  const evidenceOf = (id: string) => evidence?.byQuestion[id];
  const scoredShown = shown.filter((s) => s.scored).flatMap((s) => s.questions);
  const isFlagged = (question: AnyQuestion | AnyContextQuestion) =>
    "capability" in question &&
    claimsAboveEvidence(question, entries[question.id]?.answer, evidenceOf(question.id));
  const flagged = scoredShown.filter(isFlagged);
  const unexplained = flagged
    .filter((q) => !entries[q.id]?.note?.trim())
    .map((q) => ({
      id: q.id,
      section: shown.find((s) => s.questions.includes(q))?.title ?? "",
      text: q.text,
    }));
  const fillable = scoredShown.filter((q) => !isAnswered(q.id) && evidenceOf(q.id)?.suggestion);
  function fillWithSuggestions() {
    for (const question of fillable) {
      const suggestion = evidenceOf(question.id)?.suggestion;
      if (suggestion)
        update(question.id, { answer: { kind: "option", optionId: suggestion.optionId } }, { sendNow: true });
    }
  }

  // Freshness: answers carried over from an earlier assessment and confirmed longer ago than the cadence.
  const [due] = useState(() => answersDueForReview(initialAnswers, reviewCadenceDays, Date.now()));
  const [confirmed, setConfirmed] = useState(() => new Set<string>());
  const dueForReview = (id: string) => (confirmed.has(id) ? undefined : due.get(id));
  function answer(questionId: string, value: AnswerValue | null) {
    setConfirmed((c) => new Set(c).add(questionId));
    update(questionId, { answer: value }, { sendNow: true });
  }

  function onText(questionId: string, field: "note" | "evidenceUrl", value: string, final: boolean) {
    const existing = timers.current.get(questionId);
    if (existing) clearTimeout(existing);
    update(questionId, { [field]: value === "" ? null : value }, { sendNow: final });
    if (!final)
      timers.current.set(
        questionId,
        setTimeout(() => flush(questionId), NOTE_PAUSE_MS),
      );
  }

  async function onTarget(object: ObjectId, value: string) {
    const level = value === "" ? null : Number(value);
    setTargets((t) => ({ ...t, [object]: level ?? undefined }));
    const saved = await callApi(paths.api.targets(assessmentId), {
      body: { [object]: level },
      reply: targetsReply,
    });
    setTargetError(saved.ok ? null : "The target level could not be saved. Change it again to retry.");
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <Card as="nav" aria-label="Sections">
          <p className="text-sm font-medium">
            {answered} of {total} answered
          </p>
          <progress
            className="mt-2 h-2 w-full accent-brand-600"
            max={total}
            value={answered}
            aria-label="Questions answered"
          />
          <ul className="mt-3 space-y-1 text-sm">
            {shown.map((s) => (
              <li key={s.id}>
                <a
                  href={`#section-${s.id}`}
                  className="flex justify-between rounded px-1 py-0.5 text-brand-700 hover:bg-slate-50"
                >
                  <span>{s.title}</span>
                  <span className="text-slate-600">
                    {s.questions.filter((q) => isAnswered(q.id)).length}/{s.questions.length}
                  </span>
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 min-h-10 text-sm" role="status" aria-live="polite">
            {failed > 0 ? (
              <span className="text-red-700">
                {failed} change{failed === 1 ? "" : "s"} not saved.{" "}
                <Button variant="link" onClick={retryAll} className="text-inherit">
                  Retry all
                </Button>
              </span>
            ) : unsaved > 0 ? (
              <span className="text-slate-600">Saving…</span>
            ) : (
              <span className="text-emerald-700">All changes saved</span>
            )}
          </p>
        </Card>
      </aside>
      <div className="min-w-0 space-y-10">
        {questionnaire.format === 2 && (
          <EvidenceSummary
            teamId={teamId}
            evidence={evidence}
            suggestedForUnanswered={fillable.length}
            flagged={flagged.length}
            onFill={fillWithSuggestions}
          />
        )}
        {questionnaire.format === 2 && (
          <div
            className="border-brand-100 max-w-3xl space-y-1 rounded-lg border bg-brand-50 p-4 text-sm text-slate-800"
            data-testid="answer-rules"
          >
            <p>
              <span className="font-semibold">How to answer:</span> {questionnaire.answerRule}
            </p>
            <p>
              <span className="font-semibold">Which models:</span> {questionnaire.scopeRule}
            </p>
          </div>
        )}
        {shown.map((section, s) => (
          <section
            key={section.id}
            id={`section-${section.id}`}
            aria-labelledby={`heading-${section.id}`}
            className="scroll-mt-4 space-y-4"
          >
            <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
              <div>
                <h2 id={`heading-${section.id}`} className="text-2xl font-semibold">
                  {section.title}
                </h2>
                <p className="max-w-2xl text-slate-700">{section.summary}</p>
              </div>
              {section.scored && (
                <label className="text-sm">
                  <span className="block text-slate-700">Target level for {section.title}</span>
                  <Select
                    size="inline"
                    value={targets[section.id as ObjectId] ?? ""}
                    onChange={(e) => void onTarget(section.id as ObjectId, e.target.value)}
                    aria-describedby={`target-meaning-${section.id}`}
                  >
                    <option value="">No target</option>
                    {levelsOf(section.id)
                      .filter((l) => l.level > 0)
                      .map((l) => (
                        <option key={l.level} value={l.level}>
                          L{l.level} · {l.title}
                        </option>
                      ))}
                  </Select>
                  <span
                    id={`target-meaning-${section.id}`}
                    className="mt-1 block max-w-xs text-xs text-slate-600"
                  >
                    {levelsOf(section.id).find((l) => l.level === targets[section.id as ObjectId])
                      ?.descriptor ?? "The level you aim for next; the plan marks what it takes."}
                  </span>
                </label>
              )}
            </div>
            {section.scored && targetError && <p className="text-sm text-red-700">{targetError}</p>}
            {section.questions.map((question, q) => (
              <QuestionCard
                key={question.id}
                question={question}
                number={`${s + 1}.${q + 1}`}
                scored={section.scored}
                entry={entries[question.id]}
                state={states[question.id]}
                readOnly={false}
                onAnswer={(value) => answer(question.id, value)}
                onText={(field, value, final) => onText(question.id, field, value, final)}
                onRetry={() => flush(question.id)}
                evidence={section.scored ? evidenceOf(question.id) : undefined}
                flagged={section.scored && isFlagged(question)}
                dueForReview={dueForReview(question.id)}
                onConfirm={() => {
                  const current = entries[question.id]?.answer;
                  if (current) answer(question.id, answerValueOf(current));
                }}
              />
            ))}
            {section.skipped.length > 0 && (
              <details className="text-sm text-slate-700" data-testid={`skipped-${section.id}`}>
                <summary className="cursor-pointer">
                  {section.skipped.length} question{section.skipped.length === 1 ? "" : "s"} skipped:{" "}
                  {section.skipped.length === 1 ? "it does" : "they do"} not apply to your context
                </summary>
                <ul className="mt-1 list-disc pl-5">
                  {section.skipped.map((q) => (
                    <li key={q.id}>{q.text}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        ))}
        <SubmitPanel
          assessmentId={assessmentId}
          unanswered={unanswered}
          unexplained={unexplained}
          blocked={unsaved > 0}
          onSubmitted={() => router.push(paths.results(assessmentId))}
        />
      </div>
    </div>
  );
}

/** Question id → how long ago its answer was confirmed, for answers older than the cadence. */
function answersDueForReview(answers: StoredAnswer[], cadenceDays: number, now: number): Map<string, string> {
  const due = new Map<string, string>();
  for (const a of answers) {
    const days = a.confirmedAt && a.answer ? (now - Date.parse(a.confirmedAt)) / 86_400_000 : 0;
    if (days > cadenceDays) due.set(a.questionId, ageInWords(days));
  }
  return due;
}

/** "8 months ago", "2 years ago": how long ago an answer was confirmed. */
function ageInWords(days: number): string {
  if (days >= 730) return `${Math.floor(days / 365)} years ago`;
  if (days >= 60) return `${Math.floor(days / 30)} months ago`;
  return `${Math.floor(days)} days ago`;
}

/** The answer as the page sends it (without its question id). */
function answerValueOf(answer: Answer): AnswerValue {
  const { questionId: _id, ...value } = answer;
  return value;
}
