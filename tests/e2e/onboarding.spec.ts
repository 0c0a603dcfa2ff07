import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Answer } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { loadV2 } from "../support/answers";
import { expectNoAxeViolations, screenshotBothWidths } from "./support";

/**
 * A new organisation from nothing: its admin signs up, creates it and two teams, invites a lead,
 * a manager, a member and the lead of the other team by link. The lead completes an assessment;
 * the manager sees it; the other team's lead gets "not found"; the member reads it but cannot edit.
 */

const q = loadV2();
const PASSWORD = "correct-horse-battery";

test.describe.configure({ mode: "serial", timeout: 240_000 });
test.use({ storageState: { cookies: [], origins: [] } });

async function signUp(page: Page, name: string, email: string) {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function invite(page: Page, role: string, team: string, teamRole: string): Promise<string> {
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Role in the organisation").selectOption(role);
  await form.getByLabel("Team", { exact: true }).selectOption({ label: team });
  if (team !== "No team") await form.getByLabel("Role in the team").selectOption(teamRole);
  const url = page.getByTestId("invitation-url");
  const previous = (await url.count()) > 0 ? await url.inputValue() : "";
  await form.getByRole("button", { name: "Create invitation link" }).click();
  await expect(url).toHaveValue(/\/invitations\/[\w-]{20,}$/);
  await expect(url).not.toHaveValue(previous);
  return new URL(await url.inputValue()).pathname;
}

/** Opens an invitation link in a fresh browser, creates an account from it and joins. */
async function join(
  browser: Browser,
  link: string,
  name: string,
  email: string,
  organization: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${organization}`);
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUp(page, name, email);
  await page.waitForURL(link);
  await page.getByRole("button", { name: `Join ${organization}` }).click();
  await page.waitForURL("/");
  return page;
}

let resultsPath = "";
let organizationPath = "";
let adminCookies: Awaited<ReturnType<BrowserContext["cookies"]>> = [];
const links: Record<"lead" | "manager" | "member" | "otherLead", string> = {
  lead: "",
  manager: "",
  member: "",
  otherLead: "",
};

test("an admin signs up, creates an organisation and its teams, and invites people by link", async ({
  page,
}) => {
  await page.goto("/");
  await page.waitForURL(/\/sign-in\?next=%2F$/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUp(page, "Alex Admin", "alex@acme.example");
  await page.waitForURL("/");
  await page.getByLabel("Organisation name").fill("Acme Vision");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await page.waitForURL(/\/organizations\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acme Vision");

  for (const [team, unit] of [
    ["Shelf Vision", "Retail"],
    ["Route Planning", "Logistics"],
  ] as const) {
    const form = page.getByRole("form", { name: "Add a team" });
    if (!(await form.isVisible())) await page.getByText("Add a team").click();
    await form.getByLabel("Team name").fill(team);
    await form.getByLabel("Business unit").fill(unit);
    await form.getByRole("button", { name: "Add team" }).click();
    await expect(page.getByRole("list", { name: "Teams" })).toContainText(team);
  }

  links.lead = await invite(page, "member", "Shelf Vision", "lead");
  links.manager = await invite(page, "manager", "No team", "");
  links.member = await invite(page, "member", "Shelf Vision", "member");
  links.otherLead = await invite(page, "member", "Route Planning", "lead");
  await expect(page.getByRole("list", { name: "Open invitations" }).getByRole("listitem")).toHaveCount(4);
  organizationPath = new URL(page.url()).pathname;
  adminCookies = await page.context().cookies();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "organization");
});

test("the invited lead signs up from the link and completes an assessment", async ({ browser }) => {
  const page = await join(browser, links.lead, "Lee Lead", "lee@acme.example", "Acme Vision");
  const team = page.getByRole("listitem").filter({ hasText: "Shelf Vision" });
  await expect(page.getByRole("list", { name: "Teams" }).getByRole("listitem")).toHaveCount(1);
  await team.getByRole("button", { name: /Start assessment/ }).click();
  await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);

  const answers: Answer[] = [];
  let i = 0;
  for (const object of q.objects) {
    await page.getByRole("button", { name: `Next: ${object.title}` }).click();
    for (const question of object.questions) {
      const option = question.options[i++ % question.options.length];
      if (!option) continue;
      await page.locator(`fieldset[id="${question.id}"] input[value="${option.id}"]`).check();
      answers.push({ questionId: question.id, kind: "option", optionId: option.id });
    }
  }
  await expect(page.getByRole("navigation", { name: "Sections" }).getByText("All changes saved")).toBeVisible(
    { timeout: 20_000 },
  );
  await page.getByRole("button", { name: "Next: Review" }).click();
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page.getByRole("button", { name: "Submit now" }).click();
  await page.waitForURL(/\/results$/);
  resultsPath = new URL(page.url()).pathname;
  const expected = scoreAssessment(q, { answers });
  await expect(page.getByTestId("weakest-link")).toContainText(
    `Weakest link: L${expected.overall.weakestLevel}`,
  );
  await page.context().close();
});

test("the manager sees the submitted assessment", async ({ browser }) => {
  const page = await join(browser, links.manager, "Morgan Manager", "morgan@acme.example", "Acme Vision");
  await expect(page.getByText("You are a manager")).toBeVisible();
  const team = page.getByRole("listitem").filter({ hasText: "Shelf Vision" });
  await expect(team).toContainText(/submitted \d/);
  await expect(team.getByRole("button")).toHaveCount(0);
  await team.getByRole("link", { name: /Latest results/ }).click();
  await expect(page).toHaveURL(resultsPath);
  await expect(page.getByTestId("weakest-link")).toBeVisible();
  await page.context().close();
});

test("the lead of another team gets “not found” on its URL", async ({ browser }) => {
  const page = await join(browser, links.otherLead, "Riley Routes", "riley@acme.example", "Acme Vision");
  await expect(page.getByRole("list", { name: "Teams" })).not.toContainText("Shelf Vision");
  const response = await page.goto(resultsPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
  await expect(page.getByTestId("weakest-link")).toHaveCount(0);
  await page.context().close();
});

test("a member reads the team's results but cannot change or retake them", async ({ browser }) => {
  const page = await join(browser, links.member, "Sam Member", "sam@acme.example", "Acme Vision");
  const team = page.getByRole("listitem").filter({ hasText: "Shelf Vision" });
  await expect(team.getByRole("button")).toHaveCount(0);
  await team.getByRole("link", { name: /Latest results/ }).click();
  await expect(page.getByTestId("weakest-link")).toBeVisible();
  await expect(page.getByRole("button", { name: /Retake|Resume/ })).toHaveCount(0);
  const assessmentId = resultsPath.split("/")[2];
  const base = new URL(page.url()).origin;
  const answer = await page.request.post(`/api/assessments/${assessmentId}/answers`, {
    data: { questionId: q.objects[0]?.questions[0]?.id, note: "x" },
    headers: { origin: base },
  });
  expect(answer.status()).toBe(403);
  const submit = await page.request.post(`/api/assessments/${assessmentId}/submit`, {
    headers: { origin: base },
  });
  expect(submit.status()).toBe(403);
  await page.context().close();
});

test("the admin changes a role and removes someone, and it takes effect at once", async ({ browser }) => {
  const admin = await browser.newContext();
  await admin.addCookies(adminCookies);
  const page = await admin.newPage();
  await page.goto(organizationPath);
  const people = page.getByRole("list", { name: "Members" });
  await expect(people.getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("list", { name: "Open invitations" })).toHaveCount(0);

  const putInTeam = page.getByRole("group", { name: "Put someone in a team" });
  await putInTeam.getByLabel("Person").selectOption({ label: "Sam Member (sam@acme.example)" });
  await putInTeam.getByLabel("Team").selectOption({ label: "Route Planning" });
  await putInTeam.getByLabel("As").selectOption("lead");
  await putInTeam.getByRole("button", { name: "Put in team" }).click();
  await expect(page.getByTestId("member-sam@acme.example")).toContainText("Route Planning · lead");

  await page.getByLabel("Role of Sam Member", { exact: true }).selectOption("manager");
  await expect(page.getByLabel("Role of Sam Member", { exact: true })).toHaveValue("manager");
  page.once("dialog", (dialog) => void dialog.accept());
  await people
    .getByRole("listitem")
    .filter({ hasText: "Riley Routes" })
    .getByRole("button", { name: /Remove/ })
    .click();
  await expect(people.getByRole("listitem")).toHaveCount(4);
  await expect(people).not.toContainText("Riley Routes");
  await page.reload();
  await expect(page.getByLabel("Role of Sam Member", { exact: true })).toHaveValue("manager");
  await expect(people.getByRole("listitem")).toHaveCount(4);
  await admin.close();
});
