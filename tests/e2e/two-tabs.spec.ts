import { expect, test, type Page } from "@playwright/test";
import { loadV2 } from "../support/answers";
import { storageStateOf, teamIdOf } from "./auth";

/** Two tabs on one assessment: the last write per question wins, and the other tab shows it when it regains focus. */

const question = loadV2().objects[1]?.questions[0];
if (!question) throw new Error("the questionnaire has model questions");
const [first, , third] = question.options;

async function choose(page: Page, optionId: string) {
  await page.locator(`fieldset[id="${question?.id}"] input[value="${optionId}"]`).check();
  await expect(page.locator(`fieldset[id="${question?.id}"] [role=status]`)).toHaveText("Saved");
}

test("the last write wins and the other tab picks it up on focus", async ({ browser, request }) => {
  const started = await request.post("/api/assessments/start", {
    data: { teamId: teamIdOf("demand-forecasting") },
  });
  const id = ((await started.json()) as { data: { id: string } }).data.id;
  const context = await browser.newContext({ storageState: storageStateOf("lead") });
  const [tabA, tabB] = [await context.newPage(), await context.newPage()];
  await tabA.goto(`/assessments/${id}?section=model`);
  await tabB.goto(`/assessments/${id}?section=model`);

  await choose(tabA, first?.id ?? "");
  await choose(tabB, third?.id ?? "");
  await expect(tabA.locator(`fieldset[id="${question.id}"] input[value="${first?.id}"]`)).toBeChecked();

  await tabA.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(tabA.locator(`fieldset[id="${question.id}"] input[value="${third?.id}"]`)).toBeChecked();
  const stored = await request.get(`/api/assessments/${id}/answers`);
  const answers = (
    (await stored.json()) as {
      data: { answers: { questionId: string; answer: { optionId?: string } | null }[] };
    }
  ).data.answers;
  expect(answers.find((a) => a.questionId === question.id)?.answer?.optionId).toBe(third?.id);
  await context.close();
});
