import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from "@/server/seed/demo-people";
import { expectNoAxeViolations, screenshotBothWidths } from "./support";

test("a returning lead sees the teams they lead, each with its last levels, its draft and its next step", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your teams");
  await expect(page.getByRole("heading", { name: "Teams of Northwind Labs" })).toBeVisible();
  const teams = page.getByRole("list", { name: "Teams" }).locator(":scope > li");
  await expect(teams).toHaveCount(DEMO_TEAMS.length);
  for (const team of DEMO_TEAMS) {
    const row = teams.filter({ hasText: team.name });
    await expect(row).toContainText(team.businessUnit);
    await expect(row.getByRole("link", { name: team.name, exact: true })).toHaveAttribute(
      "href",
      /^\/teams\//,
    );
  }
  // The lead persona leads every demo team; the demo history gives each team submitted levels.
  const greeting = page.getByTestId("you-lead");
  await expect(greeting).toContainText(/^You lead /);
  for (const team of DEMO_TEAMS) await expect(greeting).toContainText(team.name);
  const first = teams.filter({ hasText: DEMO_TEAMS[0]?.name ?? "" });
  await expect(first.getByRole("list", { name: "Last levels" })).toContainText(/Data L\d/);
  await expect(first).toContainText(/Weakest link L\d · submitted/);
  await expect(first.getByRole("link", { name: /Latest results/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "home");
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page lists the demo accounts and brings the visitor back where they were going", async ({
    page,
  }) => {
    await page.goto("/assessments/00000000-0000-4000-8000-000000000000/results");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fassessments%2F/);
    const demo = page.getByRole("region", { name: "Demo accounts" });
    for (const user of DEMO_USERS) await expect(demo).toContainText(user.email);
    await expect(demo).toContainText(DEMO_PASSWORD);
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, "sign-in");

    const account = DEMO_USERS[1]?.email ?? "";
    await demo.getByRole("button", { name: new RegExp(account) }).click();
    await expect(page.getByLabel("E-mail")).toHaveValue(account);
    await expect(page.getByLabel("Password")).toHaveValue(DEMO_PASSWORD);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();

    await page.getByLabel("E-mail").fill(DEMO_USERS[0]?.email ?? "");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
      "The e-mail or the password is wrong.",
    );
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/assessments\/00000000-0000-4000-8000-000000000000\/results$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
  });

  test("forgot-password leads back to sign-in", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
    await page.getByRole("link", { name: "Back to sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });
});
