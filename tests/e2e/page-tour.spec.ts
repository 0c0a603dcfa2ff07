import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEAMS } from "@/server/seed/demo-people";
import { NORTHWIND_ID, storageStateOf, teamIdOf, type Persona } from "./auth";
import { expectNoAxeViolations, screenshotBothWidths } from "./support";

/**
 * Every page, as every kind of visitor, at desktop and phone width: each visit is screenshotted at
 * 1280 and 375 px (tests/artifacts/screenshots/tour-*), must not scroll sideways at either width,
 * and must have no axe violation at either width.
 */

const [firstTeam, secondTeam] = DEMO_TEAMS.map((t) => teamIdOf(t.slug));

/** A demo team's latest submitted results, found the way a user finds them: from its history page. */
async function latestResultsOf(page: Page, teamId: string): Promise<string> {
  await page.goto(`/teams/${teamId}`);
  const href = await page
    .getByRole("link", { name: /results/i })
    .first()
    .getAttribute("href");
  expect(href, "the team's history links to its results").toMatch(/^\/assessments\/[0-9a-f-]+\/results/);
  return href ?? "";
}

async function visit(page: Page, name: string, url: string): Promise<void> {
  await test.step(name, async () => {
    const response = await page.goto(url);
    expect(response?.status(), `${url} answers`).toBeLessThan(500);
    await expect(page.locator("main")).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, `tour-${name}`);
    await page.setViewportSize({ width: 375, height: 900 });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
}

const signedInTours: Record<Exclude<Persona, "otherLead">, (page: Page) => Promise<[string, string][]>> = {
  admin: async (page) => [
    ["home", "/"],
    ["organisation", `/organizations/${NORTHWIND_ID}`],
    ["dashboard", `/organizations/${NORTHWIND_ID}/dashboard`],
    ["compare", `/organizations/${NORTHWIND_ID}/compare?team=${firstTeam}&team=${secondTeam}`],
    ["team", `/teams/${firstTeam}`],
    ["results", await latestResultsOf(page, firstTeam ?? "")],
    ["settings", "/settings"],
  ],
  manager: async (page) => [
    ["home", "/"],
    ["dashboard", `/organizations/${NORTHWIND_ID}/dashboard`],
    ["team", `/teams/${secondTeam}`],
    ["results", await latestResultsOf(page, secondTeam ?? "")],
    ["settings", "/settings"],
  ],
  lead: async (page) => [
    ["home", "/"],
    ["team", `/teams/${firstTeam}`],
    ["results", await latestResultsOf(page, firstTeam ?? "")],
    ["settings", "/settings"],
  ],
  member: async () => [
    ["home", "/"],
    ["settings", "/settings"],
    ["not-found", "/teams/00000000-0000-4000-8000-000000000000"],
  ],
  outsider: async () => [
    ["home", "/"],
    ["settings", "/settings"],
  ],
};

test.describe.configure({ timeout: 180_000 });

for (const [persona, tour] of Object.entries(signedInTours)) {
  test.describe(`as the ${persona}`, () => {
    test.use({ storageState: storageStateOf(persona as Persona) });

    test(`every page the ${persona} can open`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const [name, url] of await tour(page)) await visit(page, `${persona}-${name}`, url);
    });
  });
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page a visitor can open", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [name, url] of [
      ["sign-in", "/sign-in"],
      ["sign-up", "/sign-up"],
      ["forgot-password", "/forgot-password"],
      ["reset-password", "/reset-password?token=not-a-token"],
      ["invitation", "/invitations/not-a-real-invitation-token-000000"],
    ] as const)
      await visit(page, `visitor-${name}`, url);
  });
});
