import { beforeAll, expect, it } from "vitest";
import type { AssessmentResult } from "@/domain/scoring/result";
import type { Database } from "@/server/db/database";
import { findAssessment, saveAnswer, startAssessment, submitAssessment } from "@/server/repositories/assessments";
import { prepareDatabase } from "@/server/startup/prepare-database";
import { loadV1 } from "../support/answers";
import { describeEachDatabase } from "./support/databases";

/** The assessment repository on each database: parallel saves, and saves racing a submit. */

const q = loadV1();
const questions = q.objects.flatMap((o) => o.questions);

/** The repositories use the process's database; point it at the test database. */
function useAsAppDatabase(db: Database) {
  (globalThis as unknown as { appDatabase?: Database }).appDatabase = db;
}

describeEachDatabase("assessments", (current) => {
  const teamIds: Record<string, string> = {};
  let versionId = "";
  beforeAll(async () => {
    const { db } = current();
    useAsAppDatabase(db);
    await prepareDatabase(db, { seed: "always" });
    // Teams without a draft in the demo data, one per test, so each starts a fresh draft.
    for (const team of await db.prisma.team.findMany({ select: { id: true, slug: true } })) teamIds[team.slug] = team.id;
    versionId = (await db.prisma.questionnaireVersion.findFirstOrThrow()).id;
  });

  it("keeps every one of many answers saved at the same moment", async () => {
    useAsAppDatabase(current().db);
    const { id } = await startAssessment({ teamId: teamIds["support-assistant"] ?? "", questionnaireVersionId: versionId, prefillFromLatest: false });
    const saves = questions.slice(0, 30).map((question) =>
      saveAnswer(id, { questionId: question.id, answer: { questionId: question.id, kind: "option", optionId: question.options[1]?.id ?? "" }, note: `note ${question.id}` }),
    );
    const stored = await Promise.all(saves);
    expect(stored.every((s) => s.revision === 1)).toBe(true);
    const assessment = await findAssessment(id);
    expect(assessment?.answers).toHaveLength(30);
    expect(assessment?.answers.every((a) => a.note === `note ${a.questionId}`)).toBe(true);
  });

  it("the last write to a question wins and bumps its revision", async () => {
    useAsAppDatabase(current().db);
    const { id } = await startAssessment({ teamId: teamIds["search-ranking"] ?? "", questionnaireVersionId: versionId, prefillFromLatest: false });
    const question = questions[0];
    if (!question) throw new Error("no question");
    for (const option of question.options) await saveAnswer(id, { questionId: question.id, answer: { questionId: question.id, kind: "option", optionId: option.id } });
    const row = (await findAssessment(id))?.answers.find((a) => a.questionId === question.id);
    expect(row?.answer).toEqual({ questionId: question.id, kind: "option", optionId: question.options.at(-1)?.id });
    expect(row?.revision).toBe(question.options.length);
  });

  it("starting twice at the same moment gives one draft", async () => {
    useAsAppDatabase(current().db);
    const teamId = teamIds["credit-risk"] ?? "";
    const started = await Promise.all([1, 2, 3].map(() => startAssessment({ teamId, questionnaireVersionId: versionId, prefillFromLatest: true })));
    expect(new Set(started.map((s) => s.id)).size).toBe(1);
    expect(await current().db.prisma.assessment.count({ where: { teamId, status: "draft" } })).toBe(1);
  });

  it("a patch changes only the fields it names", async () => {
    useAsAppDatabase(current().db);
    const { id } = await startAssessment({ teamId: teamIds["recommendations"] ?? "", questionnaireVersionId: versionId, prefillFromLatest: false });
    const question = questions[3];
    if (!question) throw new Error("no question");
    await saveAnswer(id, { questionId: question.id, answer: { questionId: question.id, kind: "not-applicable", reason: "business-priorities", reasonText: "sunset in Q2" } });
    await saveAnswer(id, { questionId: question.id, note: "see the roadmap" });
    await saveAnswer(id, { questionId: question.id, evidenceUrl: "https://wiki.example.com/roadmap" });
    let row = (await findAssessment(id))?.answers.find((a) => a.questionId === question.id);
    expect(row).toMatchObject({
      answer: { questionId: question.id, kind: "not-applicable", reason: "business-priorities", reasonText: "sunset in Q2" },
      note: "see the roadmap",
      evidenceUrl: "https://wiki.example.com/roadmap",
      revision: 3,
    });
    await saveAnswer(id, { questionId: question.id, answer: null });
    row = (await findAssessment(id))?.answers.find((a) => a.questionId === question.id);
    expect(row).toMatchObject({ answer: null, note: "see the roadmap", evidenceUrl: "https://wiki.example.com/roadmap", revision: 4 });
  });

  it("a save racing a submit either lands before it (and is scored) or is refused", async () => {
    useAsAppDatabase(current().db);
    const { id } = await startAssessment({ teamId: teamIds["demand-forecasting"] ?? "", questionnaireVersionId: versionId, prefillFromLatest: false });
    const outcomes = await Promise.allSettled([
      ...questions.slice(0, 10).map((question) => saveAnswer(id, { questionId: question.id, answer: { questionId: question.id, kind: "dont-know" } })),
      submitAssessment(id),
      ...questions.slice(10, 20).map((question) => saveAnswer(id, { questionId: question.id, answer: { questionId: question.id, kind: "dont-know" } })),
    ]);
    const submitted = outcomes[10] as PromiseSettledResult<AssessmentResult> | undefined;
    expect(submitted?.status).toBe("fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    for (const o of refused) expect(String((o as PromiseRejectedResult).reason)).toMatch(/can no longer change/);
    const assessment = await findAssessment(id);
    const result = submitted?.status === "fulfilled" ? submitted.value : null;
    const dontKnowInResult = result?.objects.flatMap((o) => o.transitions.flatMap((t) => t.capabilities.flatMap((c) => c.questions))).filter((x) => x.status === "dont-know").length;
    expect(assessment?.status).toBe("submitted");
    expect(dontKnowInResult).toBe(assessment?.answers.length);
    expect(assessment?.answers.length).toBe(20 - refused.length);
  });
});
