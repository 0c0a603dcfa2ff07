import { beforeAll, expect, it } from "vitest";
import { submit } from "@/features/assessment/mutations";
import { setDatabase } from "@/server/db/client";
import { findStoredResult } from "@/server/repositories/assessment-results";
import { findAssessment, saveAnswer, startAssessment } from "@/server/repositories/assessments";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { loadV1 } from "../support/answers";
import { draftFactory, organizationFactory, questionnaireVersionId, teamFactory } from "../support/factories";
import { describeEachDatabase } from "./support/databases";

/** The assessment repository and the submit use-case on each database: parallel saves, and saves racing a submit. */

const q = loadV1();
const questions = q.objects.flatMap((o) => o.questions);

describeEachDatabase("assessments", (current) => {
  let organizationId = "";
  let versionId = "";
  beforeAll(async () => {
    const { db } = current();
    setDatabase(db);
    await prepareDatabase(db);
    organizationId = (await organizationFactory()).id;
    versionId = await questionnaireVersionId("1");
  });
  const freshDraft = async () => (await draftFactory({ organizationId, version: "1" })).id;

  it("keeps every one of many answers saved at the same moment", async () => {
    setDatabase(current().db);
    const id = await freshDraft();
    const saves = questions.slice(0, 30).map((question) =>
      saveAnswer({
        assessmentId: id,
        patch: {
          questionId: question.id,
          answer: { questionId: question.id, kind: "option", optionId: question.options[1]?.id ?? "" },
          note: `note ${question.id}`,
        },
      }),
    );
    const stored = await Promise.all(saves);
    expect(stored.every((s) => s.revision === 1)).toBe(true);
    const assessment = await findAssessment({ id });
    expect(assessment?.answers).toHaveLength(30);
    expect(assessment?.answers.every((a) => a.note === `note ${a.questionId}`)).toBe(true);
  });

  it("the last write to a question wins and bumps its revision", async () => {
    setDatabase(current().db);
    const id = await freshDraft();
    const question = questions[0];
    if (!question) throw new Error("no question");
    for (const option of question.options) {
      await saveAnswer({
        assessmentId: id,
        patch: {
          questionId: question.id,
          answer: { questionId: question.id, kind: "option", optionId: option.id },
        },
      });
    }
    const row = (await findAssessment({ id }))?.answers.find((a) => a.questionId === question.id);
    expect(row?.answer).toEqual({
      questionId: question.id,
      kind: "option",
      optionId: question.options.at(-1)?.id,
    });
    expect(row?.revision).toBe(question.options.length);
  });

  it("starting twice at the same moment gives one draft", async () => {
    setDatabase(current().db);
    const teamId = (await teamFactory({ organizationId })).id;
    const started = await Promise.all(
      [1, 2, 3].map(() =>
        startAssessment({ teamId, questionnaireVersionId: versionId, prefillFromLatest: true }),
      ),
    );
    expect(new Set(started.map((s) => s.id)).size).toBe(1);
    expect(await current().db.prisma.assessment.count({ where: { teamId, status: "draft" } })).toBe(1);
  });

  it("a patch changes only the fields it names", async () => {
    setDatabase(current().db);
    const id = await freshDraft();
    const question = questions[3];
    if (!question) throw new Error("no question");
    const patch = (fields: Omit<Parameters<typeof saveAnswer>[0]["patch"], "questionId">) =>
      saveAnswer({ assessmentId: id, patch: { questionId: question.id, ...fields } });
    await patch({
      answer: {
        questionId: question.id,
        kind: "not-applicable",
        reason: "business-priorities",
        reasonText: "sunset in Q2",
      },
    });
    await patch({ note: "see the roadmap" });
    await patch({ evidenceUrl: "https://wiki.example.com/roadmap" });
    let row = (await findAssessment({ id }))?.answers.find((a) => a.questionId === question.id);
    expect(row).toMatchObject({
      answer: {
        questionId: question.id,
        kind: "not-applicable",
        reason: "business-priorities",
        reasonText: "sunset in Q2",
      },
      note: "see the roadmap",
      evidenceUrl: "https://wiki.example.com/roadmap",
      revision: 3,
    });
    await patch({ answer: null });
    row = (await findAssessment({ id }))?.answers.find((a) => a.questionId === question.id);
    expect(row).toMatchObject({
      answer: null,
      note: "see the roadmap",
      evidenceUrl: "https://wiki.example.com/roadmap",
      revision: 4,
    });
  });

  it("a save racing a submit either lands before it (and is scored) or is refused", async () => {
    setDatabase(current().db);
    const { id, lead } = await draftFactory({ organizationId, version: "1" });
    const dontKnow = (questionId: string) =>
      saveAnswer({ assessmentId: id, patch: { questionId, answer: { questionId, kind: "dont-know" } } });
    const outcomes = await Promise.allSettled([
      ...questions.slice(0, 10).map((question) => dontKnow(question.id)),
      submit(lead, id),
      ...questions.slice(10, 20).map((question) => dontKnow(question.id)),
    ]);
    expect(outcomes[10]?.status).toBe("fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    for (const o of refused) expect(String(o.reason)).toMatch(/can no longer change/);
    const assessment = await findAssessment({ id });
    const result = (await findStoredResult({ assessmentId: id }))?.result;
    const dontKnowInResult = result?.objects
      .flatMap((o) => o.transitions.flatMap((t) => t.capabilities.flatMap((c) => c.questions)))
      .filter((x) => x.status === "dont-know").length;
    expect(assessment?.status).toBe("submitted");
    expect(dontKnowInResult).toBe(assessment?.answers.length);
    expect(assessment?.answers.length).toBe(20 - refused.length);
  });
});
