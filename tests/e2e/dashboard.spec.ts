import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { pdfText } from "@/components/pdf/style";
import { loadV2 } from "../support/answers";
import { NORTHWIND_ID, storageStateOf } from "./auth";
import { createFixtureOrganization, type FixtureTeam } from "./fixture-organization";
import { expectNoAxeViolations, screenshotBothWidths } from "./support";

/**
 * The manager's side: the heatmap, the CSV and the PDF report all show what the engine gives for a
 * fixture organisation's answers; a manager filters, compares, opens a history and downloads; a
 * lead cannot open the dashboard.
 */

const q = loadV2();
const PDF_DIR = "tests/artifacts/pdf";
let organizationId = "";
let teams: FixtureTeam[] = [];
let fixtureCookies: Awaited<ReturnType<APIRequestContext["storageState"]>>["cookies"] = [];

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  ({ organizationId, teams } = await createFixtureOrganization(request, baseURL ?? "", q, {
    name: "Fiona Fixture",
    email: "fiona@fixture.example",
  }));
  fixtureCookies = (await request.storageState()).cookies;
  await request.dispose();
});

test.describe("a fixture organisation", () => {
  // Signed in as the fixture organisation's admin, who leads its teams.
  test.beforeEach(async ({ context }) => {
    await context.addCookies(fixtureCookies);
  });

  test("each heatmap cell shows the level and score of the team's latest assessment", async ({ page }) => {
    await page.goto(`/organizations/${organizationId}/dashboard`);
    expect(new Set(teams.flatMap((t) => t.result.objects.map((o) => o.level))).size).toBeGreaterThanOrEqual(
      2,
    );
    for (const team of teams) {
      const row = page.locator(`tr[data-team="${team.name}"]`);
      for (const o of team.result.objects) {
        const cell = row.locator(`td[data-object="${o.object}"]`);
        await expect(cell).toHaveAttribute("data-level", String(o.level));
        await expect(cell).toHaveText(`L${o.level} ${o.score.toFixed(2)}`);
      }
    }
  });

  test("the dashboard CSV parses and says what the heatmap says", async ({ page }) => {
    await page.goto(`/organizations/${organizationId}/dashboard?sort=mean&dir=desc`);
    const response = await page.request.get(
      `/api/organizations/${organizationId}/dashboard.csv?sort=mean&dir=desc`,
    );
    expect(response.headers()["content-type"]).toContain("text/csv");
    const [header, ...rows] = parseCsv(await response.text());
    expect(header?.slice(0, 3)).toEqual(["Team", "Business unit", "Ownership"]);
    const heatmapTeams = await page
      .locator("tr[data-team]")
      .evaluateAll((rs) => rs.map((r) => r.getAttribute("data-team")));
    expect(rows.map((r) => r[0])).toEqual(heatmapTeams);
    for (const row of rows) {
      const team = teams.find((t) => t.name === row[0]);
      if (!team) throw new Error(`unexpected team ${row[0]}`);
      const cells = await page.locator(`tr[data-team="${team.name}"] td[data-object]`).allInnerTexts();
      expect(cells).toEqual([`L${row[5]} ${row[6]}`, `L${row[7]} ${row[8]}`, `L${row[9]} ${row[10]}`]);
      expect(Number(row[11])).toBe(team.result.overall.weakestLevel);
      // Labels, not enum values; ISO dates.
      expect(row[2]).toBe("Shared ownership");
      expect(row[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[15]).toBe("no");
    }
  });

  test("the PDF report holds the team, its levels, every risk and every plan item, on A4 and US Letter", async ({
    page,
  }) => {
    fs.mkdirSync(PDF_DIR, { recursive: true });
    const team = teams.find((t) => t.name === "Gamma Pricing") ?? teams[0];
    if (!team) throw new Error("no fixture team");
    for (const paper of ["a4", "letter"] as const) {
      const response = await page.request.get(
        `/api/assessments/${team.assessmentId}/report.pdf?paper=${paper}&lens=databricks`,
      );
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      const file = path.join(PDF_DIR, `report-${paper}.pdf`);
      fs.writeFileSync(file, await response.body());
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(
        paper === "a4"
          ? /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/
          : /Page size:\s+612 x 792 pts \(letter\)/,
      );
      const text = squash(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
      expect(text).toContain(team.name);
      expect(text).toContain("Fixture Analytics");
      expect(text).toContain(`scoring engine ${team.result.engineVersion}`);
      for (const o of team.result.objects)
        expect(text).toContain(`L${o.level} (score ${o.score.toFixed(2)})`);
      expect(team.result.risks.length).toBeGreaterThan(0);
      for (const risk of team.result.risks) expect(text).toContain(squash(pdfText(risk.title)));
      expect(team.result.recommendations.length).toBeGreaterThan(0);
      for (const rec of team.result.recommendations)
        expect(text).toContain(squash(`${rec.rank}. ${pdfText(rec.title)}`));
      expect(text).toContain("Improvement plan (Databricks)");
      execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(PDF_DIR, `report-${paper}`)]);
    }
    expect(fs.readdirSync(PDF_DIR).filter((f) => f.endsWith(".png")).length).toBeGreaterThan(8);
  });

  test("the dashboard PDF is one landscape page with every team's weakest link and levels", async ({
    page,
  }) => {
    fs.mkdirSync(PDF_DIR, { recursive: true });
    const response = await page.request.get(
      `/api/organizations/${organizationId}/dashboard.pdf?paper=letter`,
    );
    expect(response.status()).toBe(200);
    const file = path.join(PDF_DIR, "dashboard.pdf");
    fs.writeFileSync(file, await response.body());
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
    const text = squash(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
    for (const team of teams) {
      const [data, model, code] = team.result.objects;
      expect(text).toMatch(
        new RegExp(
          `${team.name} L${team.result.overall.weakestLevel} L${data?.level} ${data?.score.toFixed(2)} L${model?.level} ${model?.score.toFixed(2)} L${code?.level} ${code?.score.toFixed(2)}`,
        ),
      );
    }
    execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(PDF_DIR, "dashboard")]);
  });
});

test.describe("the demo manager", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("filters the dashboard, compares three teams, opens a team's history and downloads the CSV and a PDF", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(`/organizations/${NORTHWIND_ID}/dashboard`);
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, "dashboard");

    await page.getByLabel("Business unit").selectOption("Consumer");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/unit=Consumer/);
    await expect(page.locator("tr[data-team]")).toHaveCount(2);
    await page.getByRole("link", { name: /^Mean score/ }).click();
    await expect(page).toHaveURL(/unit=Consumer.*sort=mean/);
    await page.reload();
    await expect(page.locator("tr[data-team]")).toHaveCount(2);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.locator("tr[data-team]")).toHaveCount(6);

    const csv = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const csvRows = parseCsv(fs.readFileSync(await (await csv).path(), "utf8"));
    expect(csvRows).toHaveLength(7);

    for (const name of ["Fraud Detection", "Search Ranking", "Credit Risk"])
      await page.getByLabel(`Compare ${name}`).check();
    await page.getByRole("button", { name: "Compare selected teams" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare 3 teams");
    await expect(page.getByTestId("comparison").locator("thead th")).toHaveCount(4);
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, "compare");

    await page.getByTestId("comparison").getByRole("link", { name: "Fraud Detection" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fraud Detection");
    await expect(page.getByTestId("milestones").locator("tbody tr")).toHaveCount(3);
    await expect(page.getByText("Risks closed")).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, "team-history");

    const pdf = page.waitForEvent("download");
    await page
      .getByRole("link", { name: /^PDF report of/ })
      .first()
      .click();
    const download = await pdf;
    expect(download.suggestedFilename()).toMatch(/^fraud-detection-mlops-maturity-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      fs
        .readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });
});

test.describe("a lead", () => {
  test.use({ storageState: storageStateOf("lead") });

  test("cannot open the dashboard", async ({ page }) => {
    const response = await page.goto(`/organizations/${NORTHWIND_ID}/dashboard`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("[data-testid=heatmap]")).toHaveCount(0);
    expect((await page.request.get(`/api/organizations/${NORTHWIND_ID}/dashboard.csv`)).status()).toBe(404);
  });
});

/** pdftotext breaks lines where the layout does; compare with whitespace collapsed. */
function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
