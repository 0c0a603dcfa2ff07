import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { answerValueSchema } from "@/features/assessment/schemas";
import { loadV2 } from "../support/answers";
import { teamIdOf } from "./auth";

/**
 * Every mutation entry point rejects bad input with a 4xx and a clear message, and changes
 * nothing: the stored answers are the same before and after.
 */

const q = loadV2();
const question = q.objects[0]?.questions[0];
if (!question) throw new Error("the questionnaire has questions");

async function startDraft(request: APIRequestContext, teamSlug: string): Promise<string> {
  const response = await request.post("/api/assessments/start", { data: { teamId: teamIdOf(teamSlug) } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

async function storedAnswers(request: APIRequestContext, id: string): Promise<unknown> {
  const response = await request.get(`/api/assessments/${id}/answers`);
  return ((await response.json()) as { data: unknown }).data;
}

test.describe.configure({ mode: "serial" });

test("bad answers get a 4xx with a message and leave the database as it was", async ({ request }) => {
  const id = await startDraft(request, "recommendations");
  const good = await request.post(`/api/assessments/${id}/answers`, {
    data: {
      questionId: question.id,
      answer: { kind: "option", optionId: question.options[1]?.id },
      note: "kept",
    },
  });
  expect(good.status()).toBe(200);
  const before = await storedAnswers(request, id);

  const cases: [string, unknown, RegExp][] = [
    ["wrong types", { questionId: 42, answer: "yes" }, /Invalid input/],
    [
      "an unknown question",
      { questionId: "no-such-question", answer: { kind: "dont-know" } },
      /unknown question "no-such-question"/,
    ],
    [
      "an unknown option",
      { questionId: question.id, answer: { kind: "option", optionId: "no-such-option" } },
      /unknown option "no-such-option"/,
    ],
    ["an oversized note", { questionId: question.id, note: "x".repeat(4001) }, /4000 characters at most/],
    [
      "a javascript: evidence link",
      { questionId: question.id, evidenceUrl: "javascript:alert(1)" },
      /http\(s\) address/,
    ],
    [
      "an N/A without a reason",
      { questionId: question.id, answer: { kind: "not-applicable" } },
      /Invalid input/,
    ],
    ["extra fields", { questionId: question.id, note: "n", admin: true }, /Invalid input/],
    ["nothing to save", { questionId: question.id }, /Nothing to save/],
  ];
  for (const [name, payload, message] of cases) {
    const response = await request.post(`/api/assessments/${id}/answers`, { data: payload as object });
    expect(response.status(), name).toBeGreaterThanOrEqual(400);
    expect(response.status(), name).toBeLessThan(500);
    expect(((await response.json()) as { message: string }).message, name).toMatch(message);
  }
  const notJson = await request.post(`/api/assessments/${id}/answers`, {
    data: "{not json",
    headers: { "content-type": "application/json" },
  });
  expect(notJson.status()).toBe(400);
  const unknownAssessment = await request.post(
    "/api/assessments/00000000-0000-4000-8000-000000000000/answers",
    { data: { questionId: question.id, note: "x" } },
  );
  expect(unknownAssessment.status()).toBe(404);
  const badId = await request.post("/api/assessments/not-a-uuid/answers", {
    data: { questionId: question.id, note: "x" },
  });
  expect(badId.status()).toBe(404);
  expect(await storedAnswers(request, id)).toEqual(before);
});

test("a submitted assessment refuses every change", async ({ request }) => {
  const id = await startDraft(request, "recommendations");
  expect((await request.post(`/api/assessments/${id}/submit`)).status()).toBe(200);
  const before = await storedAnswers(request, id);
  const change = await request.post(`/api/assessments/${id}/answers`, {
    data: { questionId: question.id, answer: { kind: "dont-know" } },
  });
  expect(change.status()).toBe(409);
  expect(((await change.json()) as { message: string }).message).toMatch(
    /submitted and can no longer change/,
  );
  expect((await request.post(`/api/assessments/${id}/targets`, { data: { data: 2 } })).status()).toBe(409);
  expect((await request.post(`/api/assessments/${id}/submit`)).status()).toBe(409);
  expect(await storedAnswers(request, id)).toEqual(before);
});

test("a thousand random payloads never get a 5xx and never change the stored answers", async ({
  request,
}) => {
  const id = await startDraft(request, "credit-risk");
  const before = await storedAnswers(request, id);
  const questionIds = fc.constantFrom(question.id, "no-such-question", "", "A B", "x".repeat(300));
  const payload = fc.oneof(
    fc.anything(),
    // Always invalid: the answer is present and not an answer.
    fc.record(
      {
        questionId: fc.oneof(questionIds, fc.anything()),
        answer: fc
          .anything()
          .filter((a) => a !== undefined && a !== null && !answerValueSchema.safeParse(a).success),
        note: fc.anything(),
        evidenceUrl: fc.anything(),
      },
      { requiredKeys: ["answer"] },
    ),
    fc.record({
      questionId: questionIds,
      answer: fc.record(
        {
          kind: fc.constantFrom("option", "dont-know", "not-applicable", "maybe"),
          optionId: fc.string(),
          reason: fc.string(),
        },
        { requiredKeys: ["kind"] },
      ),
      note: fc.oneof(fc.string({ minLength: 4001, maxLength: 4100 }), fc.constant(123)),
    }),
  );
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(payload, async (body) => {
      sent++;
      const response = await request.post(`/api/assessments/${id}/answers`, {
        data: JSON.stringify(body ?? null),
        headers: { "content-type": "application/json" },
      });
      expect(response.status()).toBeLessThan(500);
      if (response.status() === 200) throw new Error(`accepted ${JSON.stringify(body)}`);
    }),
    { numRuns: 1000 },
  );
  expect(sent).toBe(1000);
  expect(await storedAnswers(request, id)).toEqual(before);
});
