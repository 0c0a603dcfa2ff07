import { expect, test } from "@playwright/test";
import { DEMO_TEAMS } from "@/server/seed/demo-organization";
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
