import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { Question } from "@/domain/questionnaire/schema";
import { bestOption, loadV2, worstOption } from "../support/answers";
import {
  apiCaller,
  EVERY_QUESTION_APPLIES,
  expectNoAxeViolations,
  SCREENSHOT_DIR,
  screenshotBothWidths,
} from "./support";

/**
 * The questionnaire one section per screen: the section is in the URL, so a reload and the
 * browser's Back show the same section with its answers; the counter counts only saved answers; a
 * save under way survives moving to another section; the review lists what is open and previews
 * the levels that the results page then shows after submitting.
 */

const q = loadV2();
const objectOf = (id: string) => q.objects.find((o) => o.id === id)?.questions ?? [];
const [data, model, code] = [objectOf("data"), objectOf("model"), objectOf("code")];
const contextQuestions = q.context.questions.filter((c) => !c.fromTeam);
/** A data question that allows "not applicable", and one answered "don't know". */
const naQuestion = data.find((question) => question.notApplicable);
const dontKnowQuestion = data.find((question) => question !== naQuestion);
if (!naQuestion || !dontKnowQuestion) throw new Error("the data section has a question that allows N/A");

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ timeout: 240_000 });

const radio = (page: Page, questionId: string, value: string) =>
  page.locator(`fieldset[id="${questionId}"] input[value="${value}"]`);

async function expectAllSaved(page: Page) {
  await expect(page.getByRole("navigation", { name: "Sections" }).getByText("All changes saved")).toBeVisible(
    { timeout: 15_000 },
  );
}

/** Answers the questions of the section on screen: the best option for the first `best`, the worst after. */
async function answerSection(page: Page, questions: Question[], best: number) {
  for (const [i, question] of questions.entries()) {
    if (question === naQuestion || question === dontKnowQuestion) continue;
    const option = i < best ? bestOption(question) : worstOption(question);
    await radio(page, question.id, option.id).check();
  }
}

async function signUpLead(request: APIRequestContext, base: string) {
  const post = apiCaller(request, base);
  const { user } = await post<{ user: { id: string } }>("/api/auth/sign-up/email", {
    name: "Sam Steps",
    email: "sam@steps.example",
    password: "steps-password-1",
  });
  const { id: organizationId } = await post<{ id: string }>("/api/organizations", { name: "Steps Co" });
  const { id: teamId } = await post<{ id: string }>(`/api/organizations/${organizationId}/teams`, {
    name: "Step Forecasting",
    businessUnit: "Risk",
    ownershipModel: "shared",
    structure: "embedded",
  });
  await post(
    `/api/organizations/${organizationId}/members/${user.id}/teams`,
    { teamId, role: "lead" },
    "put",
  );
  const { id: assessmentId } = await post<{ id: string }>("/api/assessments/start", { teamId });
  await post(`/api/assessments/${assessmentId}/targets`, { data: 2, model: 3 });
  return assessmentId;
}

test("a lead answers section by section, reloads and goes back on a middle section, reviews and submits the previewed levels", async ({
  page,
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? "";
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: base } });
  const assessmentId = await signUpLead(request, base);
  await page.context().addCookies((await request.storageState()).cookies);
  const stored = async () => {
    const reply = (await (await request.get(`/api/assessments/${assessmentId}/answers`)).json()) as {
      data: { answers: { questionId: string; answer: { kind: string; optionId?: string } | null }[] };
    };
    return new Map(reply.data.answers.map((a) => [a.questionId, a.answer]));
  };
  const nav = page.getByRole("navigation", { name: "Sections" });

  // The first screen is the team's context, without a section in the URL.
  const page1 = `/assessments/${assessmentId}`;
  await page.goto(page1);
  await expect(page.getByRole("heading", { level: 2, name: "Your context" })).toBeVisible();
  // The tab names the team and the step, from the server and then as the step changes.
  await expect(page).toHaveTitle(/^.+ · Your context · assessment · MLOps maturity$/);
  await expect(page.locator("fieldset[id]")).toHaveCount(contextQuestions.length);
  for (const c of contextQuestions) await radio(page, c.id, EVERY_QUESTION_APPLIES[c.id] ?? "").check();
  await expectAllSaved(page);
  await expect(nav.getByTestId("progress-context")).toHaveText(
    `${contextQuestions.length}/${contextQuestions.length} answered`,
  );

  // Next: the data section in the URL, its heading focused; only its questions on screen.
  await page.getByRole("button", { name: "Next: Data" }).click();
  await expect(page).toHaveURL(`${page1}?section=data`);
  await expect(page.getByRole("heading", { level: 2, name: "Data" })).toBeFocused();
  await expect(page).toHaveTitle(/ · Data · assessment · MLOps maturity$/);
  await expect(page.locator("fieldset[id]")).toHaveCount(data.length);
  await answerSection(page, data, 3);
  await radio(page, dontKnowQuestion.id, "dont-know").check();
  await radio(page, naQuestion.id, "not-applicable").check();
  await expectAllSaved(page);
  await expect(nav.getByTestId("progress-data")).toHaveText(`${data.length}/${data.length} answered`);

  // The counter counts a saved answer only: while a save is held back it stays, then it counts.
  await page.getByRole("button", { name: "Next: Model" }).click();
  await expect(page).toHaveURL(`${page1}?section=model`);
  await expect(page.getByRole("heading", { level: 2, name: "Model" })).toBeFocused();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/assessments/${assessmentId}/answers`, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  const [first, ...rest] = model;
  if (!first) throw new Error("the model section has questions");
  await radio(page, first.id, bestOption(first).id).check();
  await expect(page.locator(`fieldset[id="${first.id}"] [role=status]`)).toHaveText("Saving…");
  await expect(nav.getByTestId("progress-model")).toHaveText(`0/${model.length} answered`);
  await expect(nav).toContainText(`${contextQuestions.length + data.length} of`);
  // Moving on while the save waits loses nothing: it completes on the next screen.
  await page.getByRole("button", { name: "Next: Code" }).click();
  await expect(page).toHaveURL(`${page1}?section=code`);
  await expect(nav.getByText("Saving…")).toBeVisible();
  release();
  await expectAllSaved(page);
  await page.unroute(`**/api/assessments/${assessmentId}/answers`);
  await expect(nav.getByTestId("progress-model")).toHaveText(`1/${model.length} answered`);
  expect((await stored()).get(first.id)?.optionId).toBe(bestOption(first).id);

  // Back to the model section with the browser, answer half of it, reload: the same section and answers.
  await page.goBack();
  await expect(page).toHaveURL(`${page1}?section=model`);
  await expect(page.getByRole("heading", { level: 2, name: "Model" })).toBeFocused();
  await expect(radio(page, first.id, bestOption(first).id)).toBeChecked();
  const half = rest.slice(0, Math.ceil(rest.length / 2));
  await answerSection(page, half, 2);
  await expectAllSaved(page);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "answering-section");
  // On a phone the progress stays in sight while the questions scroll.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator(`fieldset[id="${half[half.length - 1]?.id}"]`).scrollIntoViewIfNeeded();
  const bar = await nav.boundingBox();
  expect(bar?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect(bar?.y ?? 99).toBeLessThan(2);
  await expect(nav.getByTestId("progress-model")).toBeInViewport();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/answering-section-phone-scrolled.png` });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.reload();
  await expect(page).toHaveURL(`${page1}?section=model`);
  await expect(page.getByRole("heading", { level: 2, name: "Model" })).toBeVisible();
  await expect(page).toHaveTitle(/ · Model · assessment · MLOps maturity$/);
  await expect(radio(page, first.id, bestOption(first).id)).toBeChecked();
  for (const [i, question] of half.entries())
    await expect(
      radio(page, question.id, (i < 2 ? bestOption(question) : worstOption(question)).id),
    ).toBeChecked();
  await expect(nav.getByTestId("progress-model")).toHaveText(`${half.length + 1}/${model.length} answered`);

  // Back from the reloaded model section: the data section with its answers; Forward returns.
  await page.goBack();
  await expect(page).toHaveURL(`${page1}?section=data`);
  await expect(radio(page, naQuestion.id, "not-applicable")).toBeChecked();
  await expect(radio(page, dontKnowQuestion.id, "dont-know")).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(`${page1}?section=model`);
  await expect(radio(page, first.id, bestOption(first).id)).toBeChecked();

  // Code, then the review.
  await page.getByRole("button", { name: "Next: Code" }).click();
  await answerSection(page, code, 4);
  await expectAllSaved(page);
  await page.getByRole("button", { name: "Next: Review" }).click();
  await expect(page).toHaveURL(`${page1}?section=review`);
  await expect(page.getByRole("heading", { level: 2, name: "Review and submit" })).toBeFocused();

  // What is open, per section, each a link to its question.
  const unansweredModel = rest.slice(half.length);
  const reviewData = page.getByTestId("review-data");
  await expect(reviewData).toContainText(`${data.length} of ${data.length} answered`);
  await expect(reviewData).toContainText("Don’t know (1)");
  await expect(reviewData).toContainText("Not applicable (1)");
  await expect(page.getByTestId("review-model")).toContainText(`Unanswered (${unansweredModel.length})`);
  await expect(page.getByTestId("review-code")).toContainText("Every question answered");
  await reviewData.getByRole("link", { name: dontKnowQuestion.text }).click();
  await expect(page).toHaveURL(`${page1}?section=data#${dontKnowQuestion.id}`);
  await expect(page.locator(`fieldset[id="${dontKnowQuestion.id}"]`)).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(`${page1}?section=review`);
  // Opened on the review (a reload), the step has its preview and submit panel too.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Review and submit" })).toBeVisible();
  await expect(page).toHaveTitle(/ · Review · assessment · MLOps maturity$/);
  await expect(page.getByRole("button", { name: "Submit assessment" })).toBeVisible();

  // The preview of the levels the saved answers give.
  await expect(page.getByTestId("preview-weakest")).toContainText("Weakest link: L");
  const preview: Record<string, string> = {};
  for (const o of q.objects)
    preview[o.id] = (await page.getByTestId(`preview-level-${o.id}`).innerText()).trim();
  const weakest = (await page.getByTestId("preview-weakest").innerText()).trim();
  await expect(page.getByTestId("review-model")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "answering-review");

  // Submitting asks first, saying that it freezes the answers.
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page.getByTestId("confirm-submit")).toContainText("freeze the answers");
  await expect(page.getByTestId("confirm-submit")).toContainText(
    `${unansweredModel.length} questions are still unanswered`,
  );
  await expect(page.getByTestId("confirm-submit").getByText(/Submit and freeze/)).toBeFocused();
  await page.getByRole("button", { name: "Submit now" }).click();
  await page.waitForURL(/\/results$/);

  // The results show the levels the preview showed.
  for (const o of q.objects) await expect(page.getByTestId(`level-${o.id}`)).toHaveText(preview[o.id] ?? "");
  await expect(page.getByTestId("weakest-link")).toContainText(weakest);
  await request.dispose();
});
