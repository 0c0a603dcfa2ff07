import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadV2 } from "../support/answers";
import { createFixtureOrganization, type FixtureTeam } from "./fixture-organization";
import { apiCaller, expectNoAxeViolations, screenshotBothWidths } from "./support";

/**
 * The dashboard's verdict at a glance for an organisation whose numbers are known: three teams
 * answered through the API (strong, weak, lopsided), and assessments imported with chosen dates
 * (the import keeps them): Alpha's weak previous assessment 200 days ago (so Alpha improved),
 * Delta's only assessment 400 days ago (overdue against the 180-day cadence), two recent teams
 * more, and one team with no assessment.
 */

const q = loadV2();
const PDF_DIR = "tests/artifacts/pdf";
const DAY = 86_400_000;
let organizationId = "";
let teams: FixtureTeam[] = [];
let cookies: Awaited<ReturnType<APIRequestContext["storageState"]>>["cookies"] = [];

/** The assessed teams' weakest levels, by team name (imports have their source's answers, so its result). */
const weakest = new Map<string, number>();

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  const request = await playwright.request.newContext({ baseURL: base });
  ({ organizationId, teams } = await createFixtureOrganization(request, base, q, {
    name: "Hana Headline",
    email: "hana@headline.example",
  }));
  const [alpha, beta, gamma] = teams;
  if (!alpha || !beta || !gamma) throw new Error("fixture teams missing");
  const post = apiCaller(request, base);
  const exported = async (team: FixtureTeam) =>
    (await (await request.get(`/api/assessments/${team.assessmentId}/export.json`)).json()) as {
      team: Record<string, string>;
      assessment: Record<string, unknown>;
    };
  const importAs = async (source: FixtureTeam, name: string, daysAgo: number) => {
    const file = await exported(source);
    const date = new Date(Date.now() - daysAgo * DAY).toISOString();
    await post(`/api/organizations/${organizationId}/imports`, {
      ...file,
      team: { ...file.team, name, businessUnit: name === alpha.name ? alpha.businessUnit : "Operations" },
      assessment: { ...file.assessment, createdAt: date, submittedAt: date },
    });
  };
  await importAs(beta, alpha.name, 200);
  await importAs(beta, "Delta Legacy", 400);
  await importAs(alpha, "Zeta Search", 10);
  await importAs(gamma, "Eta Ads", 10);
  await post(`/api/organizations/${organizationId}/teams`, {
    name: "Epsilon New",
    businessUnit: "Operations",
    ownershipModel: "shared",
    structure: "embedded",
  });
  const level = (t: FixtureTeam) => t.result.overall.weakestLevel ?? -1;
  for (const [name, source] of [
    [alpha.name, alpha],
    [beta.name, beta],
    [gamma.name, gamma],
    ["Delta Legacy", beta],
    ["Zeta Search", alpha],
    ["Eta Ads", gamma],
  ] as const)
    weakest.set(name, level(source));
  cookies = (await request.storageState()).cookies;
  await request.dispose();
});

test.beforeEach(async ({ context }) => {
  await context.addCookies(cookies);
});

const highRisks = (t: FixtureTeam) => t.result.risks.filter((r) => r.severity === "high").length;

test("the headline strip says how the organisation is doing, in numbers certain for the fixture", async ({
  page,
}) => {
  const [alpha, beta, gamma] = teams as [FixtureTeam, FixtureTeam, FixtureTeam];
  await page.goto(`/organizations/${organizationId}/dashboard`);
  await expect(page).toHaveTitle(/^Fixture Analytics · dashboard/);

  const levels = [...weakest.values()].sort((a, b) => a - b);
  expect(levels).toHaveLength(6);
  // The strong profile is at the top and the weak one at the bottom, so the numbers below differ.
  expect(weakest.get(alpha.name)).toBeGreaterThan(weakest.get(beta.name) ?? 0);
  const value = (id: string) => page.getByTestId(`headline-${id}-value`);
  // The lower median of six: the third-weakest.
  await expect(value("median-weakest")).toHaveText(`L${levels[2]}`);
  await expect(value("low-levels")).toHaveText(String(levels.filter((l) => l <= 1).length));
  await expect(value("overdue")).toHaveText("1");
  await expect(page.getByTestId("headline-overdue")).toContainText(
    "older than 180 days; 1 team has none yet",
  );
  await expect(value("high-risks")).toHaveText(
    String(2 * (highRisks(alpha) + highRisks(beta) + highRisks(gamma))),
  );
  await expect(value("improved")).toHaveText("1");
  await expect(page.getByTestId("headline-improved")).toContainText("of 1 team assessed twice or more");

  // The most improved, linked to its latest results.
  const improved = page.getByTestId("most-improved");
  await improved.getByRole("link", { name: alpha.name }).click();
  await expect(page).toHaveURL(`/assessments/${alpha.assessmentId}/results`);
});

test("the Weakest column is coloured by level, a cell opens the team's latest results, and a team without an assessment says what comes next", async ({
  page,
}) => {
  const [alpha, beta] = teams as [FixtureTeam, FixtureTeam];
  await page.goto(`/organizations/${organizationId}/dashboard`);
  for (const [name, level] of weakest) {
    const cell = page.locator(`tr[data-team="${name}"] [data-testid=weakest]`);
    await expect(cell).toHaveText(`L${level}`);
    await expect(cell).toHaveAttribute("data-level", String(level));
  }
  // The team with the old assessment is marked overdue; the one without any says what to do.
  await expect(page.locator('tr[data-team="Delta Legacy"]')).toContainText("overdue");
  await expect(page.locator('tr[data-team="Epsilon New"] [data-testid=not-assessed]')).toContainText(
    "Not assessed yet: the team's lead starts the assessment",
  );
  await expect(page.getByText("Levels:", { exact: true })).toBeVisible();

  // Alpha has two assessments: its cell leads to the latest (not the imported earlier one).
  await page.locator(`tr[data-team="${alpha.name}"] td[data-object="model"] a`).click();
  await expect(page).toHaveURL(`/assessments/${alpha.assessmentId}/results`);
  await page.goBack();
  await page.getByRole("link", { name: `${beta.name}'s Data results` }).click();
  await expect(page).toHaveURL(`/assessments/${beta.assessmentId}/results`);
  await expect(page.getByRole("main")).toContainText(beta.name);

  // Beta has a single assessment: its history shows the values, not a trend of lone dots.
  await page.goto(`/teams/${beta.teamId}`);
  const single = page.getByTestId("single-assessment");
  await expect(single).toContainText("the trend appears after the next one");
  for (const o of beta.result.objects) await expect(single).toContainText(`score ${o.score.toFixed(2)}`);
});

test("a filter that matches no team says so and hides the headline, risk and trend widgets", async ({
  page,
}) => {
  await page.goto(`/organizations/${organizationId}/dashboard?ownership=hand_off`);
  await expect(page.getByTestId("no-teams")).toHaveText(/^No teams match these filters\./);
  await expect(page.locator("tr[data-team]")).toHaveCount(0);
  await expect(page.getByTestId("headline")).toHaveCount(0);
  for (const heading of ["Risks most teams share", "Progress per quarter", "Levels across teams"])
    await expect(page.getByRole("heading", { name: heading })).toHaveCount(0);
  await expect(page.getByText("No open risks")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByTestId("no-teams").getByRole("link", { name: "Clear filters" }).click();
  await expect(page.locator("tr[data-team]")).toHaveCount(7);
});

test("Compare is enabled with two to five teams ticked and says why otherwise", async ({ page }) => {
  await page.goto(`/organizations/${organizationId}/dashboard`);
  const compare = page.getByRole("button", { name: "Compare selected teams" });
  const status = page.locator("#compare-status");
  const assessed = [...weakest.keys()];
  await expect(compare).toBeDisabled();
  await expect(status).toHaveText("Tick two to five teams to compare them (none ticked).");
  await expect(page.getByLabel("Compare Epsilon New")).toBeDisabled();

  await page.getByLabel(`Compare ${assessed[0]}`).check();
  await expect(compare).toBeDisabled();
  await expect(status).toHaveText("Tick two to five teams to compare them (one ticked).");
  await page.getByLabel(`Compare ${assessed[1]}`).check();
  await expect(compare).toBeEnabled();
  for (const name of assessed.slice(2)) await page.getByLabel(`Compare ${name}`).check();
  await expect(compare).toBeDisabled();
  await expect(status).toHaveText("Compare at most five teams at once (6 ticked).");
  await page.getByLabel(`Compare ${assessed[5]}`).uncheck();
  await page.getByLabel(`Compare ${assessed[4]}`).uncheck();
  await page.getByLabel(`Compare ${assessed[3]}`).uncheck();
  await expect(compare).toBeEnabled();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "dashboard-headline");

  await compare.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare 3 teams");
  await expect(page).toHaveTitle(/^Fixture Analytics · compare teams/);
  const table = page.getByTestId("comparison");
  for (const name of assessed.slice(0, 3))
    await expect(table.locator("thead").getByRole("link", { name })).toBeVisible();
  await expect(table.locator("tbody tr").first()).toContainText("Weakest link");
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "compare-fixture");
});

test("the dashboard PDF has the headline strip, the Weakest column, the spread of levels and the trend", async ({
  page,
}) => {
  fs.mkdirSync(PDF_DIR, { recursive: true });
  const response = await page.request.get(`/api/organizations/${organizationId}/dashboard.pdf`);
  expect(response.status()).toBe(200);
  const file = path.join(PDF_DIR, "dashboard-headline.pdf");
  fs.writeFileSync(file, await response.body());
  expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Pages:\s+1\n/);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const levels = [...weakest.values()].sort((a, b) => a - b);
  for (const label of [
    "Median weakest link",
    "Improved since last assessment",
    "Teams at L0-L1",
    "Overdue for reassessment",
    "Open high risks",
    "Levels across teams",
    "Median score per quarter",
    "Risks most teams share",
  ])
    expect(text).toContain(label);
  expect(text).toMatch(new RegExp(`Median weakest link.*L${levels[2]}`));
  expect(text).toContain("Most improved: Alpha Forecasting");
  expect(text).toMatch(/Team\s+Weakest\s+Data\s+Model\s+Code\s+Assessed/);
  for (const [name, level] of weakest) expect(text).toMatch(new RegExp(`${name} L${level} L\\d`));
  expect(text).toMatch(/Delta Legacy .*\(overdue\)/);
  expect(text).toContain("Epsilon New not assessed yet");
  execFileSync("pdftoppm", ["-png", "-r", "70", file, path.join(PDF_DIR, "dashboard-headline")]);
});
