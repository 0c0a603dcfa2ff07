"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { claimsAboveEvidence } from "@/domain/evidence/explain";
import type { AnyContextQuestion, AnyQuestion, Questionnaire } from "@/domain/questionnaire/questionnaire";
import type { ObjectId } from "@/domain/questionnaire/schema";
import type { Answer, Targets } from "@/domain/scoring/answers";
import { callApi } from "@/lib/api-client";
import { APP_NAME } from "@/lib/app-name";
import { paths } from "@/lib/paths";
import type { AnswerValue, DraftEvidence, StoredAnswer } from "../schemas";
import { answeringTitle, formSections, REVIEW, shownSections, stepsOf } from "../sections";
import { AnswerRules } from "./answer-rules";
import { EvidenceSummary } from "./evidence-summary";
import { ProgressNav } from "./progress-nav";
import { ReviewStep } from "./review-step";
import { SectionStep } from "./section-step";
import { StepButtons } from "./step-buttons";
import { useAutosave } from "./use-autosave";
import { useStep } from "./use-step";

interface Props {
  assessmentId: string;
  teamId: string;
  teamName: string;
  questionnaire: Questionnaire;
  initialAnswers: StoredAnswer[];
  initialTargets: Targets;
  evidence: DraftEvidence | null;
  /** Answers last confirmed longer ago than this are due for review. */
  reviewCadenceDays: number;
}

const NOTE_PAUSE_MS = 800;

/**
 * The answering page: one section per screen (the team's context, then each object), then the
 * review, with the step in the URL. The page stays mounted from step to step, so every change is
 * saved question by question whatever step the user moves to.
 */
export function AssessmentForm({
  assessmentId,
  teamId,
  teamName,
  questionnaire,
  initialAnswers,
  initialTargets,
  evidence,
  reviewCadenceDays,
}: Props) {
  const router = useRouter();
  const { entries, states, stored, savedCount, update, flush, retryAll, unsaved, failed } = useAutosave(
    assessmentId,
    initialAnswers,
  );
  const [targets, setTargets] = useState(initialTargets);
  const [targetError, setTargetError] = useState<string | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const sections = useMemo(() => formSections(questionnaire), [questionnaire]);
  const sectionIds = useMemo(() => sections.map((s) => s.id), [sections]);
  const { step, go: goToStep } = useStep(assessmentId, sectionIds);
  // The tab names the step as it changes (the server named the first one).
  useEffect(() => {
    document.title = `${answeringTitle(teamName, step, sections)} · ${APP_NAME}`;
  }, [teamName, step, sections]);
  const shown = shownSections(sections, (id) => entries[id]?.answer);
  // Counted from what the server acknowledged, not from what the page shows while it saves.
  const isStored = (id: string) => stored[id] === true;
  const total = shown.reduce((n, s) => n + s.questions.length, 0);
  const answered = shown.reduce((n, s) => n + s.questions.filter((q) => isStored(q.id)).length, 0);

  // Evidence: answers above what high-confidence evidence allows, and suggestions for unanswered questions.
  const evidenceOf = (id: string) => evidence?.byQuestion[id];
  const scoredShown = shown.filter((s) => s.scored).flatMap((s) => s.questions);
  const isFlagged = (question: AnyQuestion | AnyContextQuestion) =>
    "capability" in question &&
    claimsAboveEvidence(question, entries[question.id]?.answer, evidenceOf(question.id));
  const flagged = scoredShown.filter(isFlagged);
  const unexplained = shown.flatMap((s) =>
    s.scored
      ? s.questions
          .filter((q) => isFlagged(q) && !entries[q.id]?.note?.trim())
          .map((q) => ({ id: q.id, sectionId: s.id, section: s.title, text: q.text }))
      : [],
  );
  const fillable = scoredShown.filter((q) => !entries[q.id]?.answer && evidenceOf(q.id)?.suggestion);
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
    timers.current.delete(questionId);
    update(questionId, { [field]: value === "" ? null : value }, { sendNow: final });
    if (!final)
      timers.current.set(
        questionId,
        setTimeout(() => {
          timers.current.delete(questionId);
          flush(questionId);
        }, NOTE_PAUSE_MS),
      );
  }

  /** To another step: a note still in its typing pause is sent now rather than after it. */
  function go(next: string, questionId?: string) {
    for (const [id, timer] of timers.current) {
      clearTimeout(timer);
      flush(id);
    }
    timers.current.clear();
    goToStep(next, questionId);
  }

  async function onTarget(object: ObjectId, value: string) {
    const level = value === "" ? null : Number(value);
    setTargets((t) => ({ ...t, [object]: level ?? undefined }));
    const saved = await callApi(paths.api.targets(assessmentId), {
      body: { [object]: level },
      reply: () => import("../schemas").then((m) => m.targetsReply),
    });
    setTargetError(saved.ok ? null : "The target level could not be saved. Change it again to retry.");
  }

  const steps = stepsOf(sectionIds);
  const position = steps.indexOf(step);
  const section = shown.find((s) => s.id === step);
  const titleOf = (id: string) => (id === REVIEW ? "Review" : (shown.find((s) => s.id === id)?.title ?? id));
  const waitFor =
    failed > 0
      ? "Some changes are not saved: retry them (at the top) before you submit."
      : unsaved > 0
        ? "Some changes are still being saved; they must be saved before you submit."
        : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr] lg:gap-8">
      <ProgressNav
        steps={steps.map((id) => {
          const s = shown.find((x) => x.id === id);
          return {
            id,
            title: titleOf(id),
            answered: s ? s.questions.filter((q) => isStored(q.id)).length : null,
            total: s?.questions.length ?? 0,
            href: paths.assessment(assessmentId, id),
          };
        })}
        current={step}
        answered={answered}
        total={total}
        unsaved={unsaved}
        failed={failed}
        onGo={(id) => go(id)}
        onRetryAll={retryAll}
      />
      <div className="min-w-0 space-y-8" data-step={step}>
        {position === 0 && questionnaire.format === 2 && (
          <EvidenceSummary
            teamId={teamId}
            evidence={evidence}
            suggestedForUnanswered={fillable.length}
            flagged={flagged.length}
            onFill={fillWithSuggestions}
          />
        )}
        {section?.scored && questionnaire.format === 2 && (
          <AnswerRules
            answerRule={questionnaire.answerRule}
            scopeRule={questionnaire.scopeRule}
            open={section.id === shown.find((s) => s.scored)?.id}
          />
        )}
        {section ? (
          <SectionStep
            key={section.id}
            section={section}
            index={position}
            questionnaire={questionnaire}
            targets={targets}
            targetError={targetError}
            onTarget={(object, value) => void onTarget(object, value)}
            entries={entries}
            states={states}
            onAnswer={answer}
            onText={onText}
            onRetry={flush}
            evidenceOf={evidenceOf}
            isFlagged={isFlagged}
            dueForReview={dueForReview}
            onConfirm={(questionId) => {
              const current = entries[questionId]?.answer;
              if (current) answer(questionId, answerValueOf(current));
            }}
          />
        ) : (
          <ReviewStep
            assessmentId={assessmentId}
            sections={shown}
            stored={stored}
            entries={entries}
            unexplained={unexplained}
            waitFor={waitFor}
            previewVersion={`${savedCount}:${JSON.stringify(targets)}`}
            settled={unsaved === 0}
            onGo={go}
            onSubmitted={() => router.push(paths.results(assessmentId))}
          />
        )}
        <StepButtons
          previous={
            position > 0 ? { id: steps[position - 1] ?? "", title: titleOf(steps[position - 1] ?? "") } : null
          }
          next={
            position < steps.length - 1
              ? { id: steps[position + 1] ?? "", title: titleOf(steps[position + 1] ?? "") }
              : null
          }
          onGo={(id) => go(id)}
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
