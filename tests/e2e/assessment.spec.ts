import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/domain/questionnaire/schema";
import type { Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadV2 } from "../support/answers";
import { EVERY_QUESTION_APPLIES, expectNoAxeViolations, screenshotBothWidths } from "./support";

/** The team lead's journey, keyboard only: start, answer, reload halfway, submit, read results; then retake. */

const q = loadV2();
const TEAM = "Support Assistant";
const contextQuestions = q.context.questions.filter((c) => !c.fromTeam);

/** Which option (by position) the test picks: a team strong in code, middling in model, weak in data. */
function choice(question: Question, objectId: string, step: number, round: number): number {
  const byValue = [...question.options]
    .map((o, i) => ({ i, value: o.value }))
    .sort((a, b) => a.value - b.value);
  const want =
    objectId === "code"
      ? step <= 3
        ? 3
        : 1
      : objectId === "model"
        ? step <= 1 + round
          ? 2
          : 0
        : step <= round
          ? 2
          : 0;
  return (byValue.find((o) => o.value >= want) ?? byValue[byValue.length - 1])?.i ?? 0;
}

function plannedAnswers(round: number): Answer[] {
  return [
    ...contextQuestions.map((c): Answer => ({
      questionId: c.id,
      kind: "option",
      optionId: EVERY_QUESTION_APPLIES[c.id] ?? "",
    })),
    ...q.objects.flatMap((o) =>
      o.questions.map((question): Answer => {
        const step = o.capabilities.find((c) => c.id === question.capability)?.step ?? 1;
        return {
          questionId: question.id,
          kind: "option",
          optionId: question.options[choice(question, o.id, step, round)]?.id ?? "",
        };
      }),
    ),
  ];
}

/** Selects the option at `index` of a question with the keyboard: focus the group, Space, arrows. */
async function answerWithKeyboard(page: Page, questionId: string, index: number, current: number | null) {
  const radios = page.locator(`fieldset[id="${questionId}"] input[type=radio]`);
  if (current === index) return;
  if (current === null) {
    await radios.first().focus();
    await page.keyboard.press("Space");
    current = 0;
  } else {
    await radios.nth(current).focus();
  }
  for (; current < index; current++) await page.keyboard.press("ArrowDown");
  for (; current > index; current--) await page.keyboard.press("ArrowUp");
}

async function expectAllSaved(page: Page) {
  await expect(page.getByRole("navigation", { name: "Sections" }).getByText("All changes saved")).toBeVisible(
    { timeout: 15_000 },
  );
}

/** Answers the page's questions in page order (context first), each to its planned option. */
async function answerAll(
  page: Page,
  round: number,
  previous: Answer[] | null,
  onHalfway?: () => Promise<void>,
) {
  const planned = plannedAnswers(round);
  const options = new Map(
    [...contextQuestions, ...q.objects.flatMap((o) => o.questions)].map((question) => [
      question.id,
      question.options.map((o) => o.id),
    ]),
  );
  for (const [n, answer] of planned.entries()) {
    if (answer.kind !== "option") continue;
    const ids = options.get(answer.questionId) ?? [];
    const before = previous?.find((a) => a.questionId === answer.questionId);
    const current = before?.kind === "option" ? ids.indexOf(before.optionId) : null;
    await answerWithKeyboard(page, answer.questionId, ids.indexOf(answer.optionId), current);
    if (n === Math.floor(planned.length / 2) && onHalfway) await onHalfway();
  }
  await expectAllSaved(page);
}

async function submitWithKeyboard(page: Page) {
  await page.getByRole("button", { name: "Review and submit" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Submit now" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/results$/);
}

async function expectLevels(page: Page, answers: Answer[]) {
  const expected = scoreAssessment(q, { answers });
  for (const o of expected.objects) {
    await expect(page.getByTestId(`level-${o.object}`)).toContainText(
      `L${o.level} score ${o.score.toFixed(2)}`,
    );
  }
  await expect(page.getByTestId("weakest-link")).toContainText(
    `Weakest link: L${expected.overall.weakestLevel}`,
  );
  return expected;
}

// Answering some fifty questions key by key, each autosaved, takes a while on a loaded machine.
test.describe.configure({ mode: "serial", timeout: 240_000 });

test("a lead completes an assessment with the keyboard only, reloading halfway, and sees the engine's levels", async ({
  page,
}) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  const team = page.getByRole("listitem").filter({ hasText: TEAM });
  await team.getByRole("button", { name: "Start assessment" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${TEAM}: assessment`);
  await expectNoAxeViolations(page);

  const planned = plannedAnswers(1);
  await answerAll(page, 1, null, async () => {
    await expectAllSaved(page);
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    const answeredBefore = planned.slice(0, Math.floor(planned.length / 2) + 1);
    for (const answer of answeredBefore) {
      if (answer.kind === "option")
        await expect(
          page.locator(`fieldset[id="${answer.questionId}"] input[value="${answer.optionId}"]`),
        ).toBeChecked();
    }
  });
  await screenshotBothWidths(page, "answering");
  await submitWithKeyboard(page);
  await expectLevels(page, planned);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "results");
});

test("retaking starts from the previous answers and the results show what changed", async ({ page }) => {
  await page.goto("/");
  const team = page.getByRole("listitem").filter({ hasText: TEAM });
  await team.getByRole("button", { name: "Retake" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
  const first = plannedAnswers(1);
  for (const answer of first.slice(0, 5)) {
    if (answer.kind === "option")
      await expect(
        page.locator(`fieldset[id="${answer.questionId}"] input[value="${answer.optionId}"]`),
      ).toBeChecked();
  }
  const second = plannedAnswers(2);
  await answerAll(page, 2, first);
  await submitWithKeyboard(page);
  const before = scoreAssessment(q, { answers: first });
  const after = await expectLevels(page, second);
  const data = (r: typeof before) => r.objects.find((o) => o.object === "data")?.level;
  await expect(page.getByRole("row", { name: /Data/ })).toContainText(`L${data(before)} → L${data(after)}`);
  await expect(page.getByText(/Risks closed \(\d+\)/)).toBeVisible();
});
