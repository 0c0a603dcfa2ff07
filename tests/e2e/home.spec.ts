import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from "@/server/seed/demo-people";
import { expectNoAxeViolations, screenshotBothWidths } from "./support";

test("the home page lists the demo organisation's teams from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How mature is your MLOps?");
  await expect(page.getByRole("heading", { name: "Teams of Northwind Labs" })).toBeVisible();
  const teams = page.getByRole("list", { name: "Teams" }).getByRole("listitem");
  await expect(teams).toHaveCount(DEMO_TEAMS.length);
  for (const team of DEMO_TEAMS) {
    await expect(teams.filter({ hasText: team.name })).toContainText(team.businessUnit);
  }
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
});
