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

/** Moves to the next section with the keyboard: focus "Next", Enter; focus lands on its heading. */
async function nextSection(page: Page, title: string, heading = title) {
  await page.getByRole("button", { name: `Next: ${title}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeFocused();
}

/** Answers the page's questions section by section (context first), each to its planned option. */
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
  const firstOfObject = new Map(q.objects.map((o) => [o.questions[0]?.id, o.title]));
  for (const [n, answer] of planned.entries()) {
    if (answer.kind !== "option") continue;
    const section = firstOfObject.get(answer.questionId);
    if (section) await nextSection(page, section);
    const ids = options.get(answer.questionId) ?? [];
    const before = previous?.find((a) => a.questionId === answer.questionId);
    const current = before?.kind === "option" ? ids.indexOf(before.optionId) : null;
    await answerWithKeyboard(page, answer.questionId, ids.indexOf(answer.optionId), current);
    if (n === Math.floor(planned.length / 2) && onHalfway) await onHalfway();
  }
  await expectAllSaved(page);
}

async function submitWithKeyboard(page: Page) {
  await nextSection(page, "Review", "Review and submit");
  await page.getByRole("button", { name: "Submit assessment" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Submit and freeze the answers now?")).toBeFocused();
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
    expect(url).toMatch(/\?section=\w+$/);
    await page.reload();
    expect(page.url()).toBe(url);
    // The same section, with the answers given so far: those on screen checked, all of them counted.
    const answeredBefore = planned.slice(0, Math.floor(planned.length / 2) + 1);
    const onScreen = await page.locator("fieldset[id]").evaluateAll((sets) => sets.map((f) => f.id));
    expect(onScreen.length).toBeGreaterThan(0);
    for (const answer of answeredBefore) {
      if (answer.kind === "option" && onScreen.includes(answer.questionId))
        await expect(
          page.locator(`fieldset[id="${answer.questionId}"] input[value="${answer.optionId}"]`),
        ).toBeChecked();
    }
    await expect(page.getByRole("navigation", { name: "Sections" })).toContainText(
      `${answeredBefore.length} of ${planned.length} answered`,
    );
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
