import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { answersFileSchema } from "@/domain/scoring/answers";
import { scoreAssessment } from "@/domain/scoring/engine";
import { ASSESSMENT_EXPORT_FORMAT } from "@/domain/scoring/exchange";
import type { AssessmentResult } from "@/domain/scoring/result";
import { withTeamContext } from "@/domain/scoring/team-context";
import { roadmapOf } from "@/features/results/roadmap";
import { buildResultView } from "@/features/results/view";
import { formatDate } from "@/lib/format";
import { contentHash } from "@/server/questionnaires/content-hash";
import { loadV2 } from "../support/answers";
import { expectNoAxeViolations, SCREENSHOT_DIR, screenshotBothWidths } from "./support";

/**
 * The results page of a known result (the typical team's answers, imported as "Credit Risk"): the
 * verdict header on the first screen at 1280 × 800 and at 375 px, risks linked to the plan items
 * that close them, this result's downloads as the primary action (the team's draft an ordinary
 * link), titles and breadcrumbs; the team page on a phone; the PDF report and the plan CSV as the
 * real server serves them.
 */

const PDF_DIR = "tests/artifacts/pdf";
const TEAM = "Credit Risk";
const SUBMITTED = "2026-07-13T16:30:00.000Z";

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ storageState: { cookies: [], origins: [] } });

const v2 = loadV2();
const file = answersFileSchema.parse(
  JSON.parse(fs.readFileSync("questionnaires/examples/typical-team.answers.json", "utf8")),
);
const targets = { data: 3, model: 3, code: 3 };
const team = { name: TEAM, ownershipModel: "hand_off", structure: "embedded" } as const;
const answers = withTeamContext(v2, file.answers, team);
const result: AssessmentResult = scoreAssessment(v2, { answers, targets });
const view = buildResultView({
  questionnaire: v2,
  result,
  answers: answers.map((answer) => ({
    questionId: answer.questionId,
    answer,
    note: null,
    evidenceUrl: null,
  })),
  lens: null,
});

let request: APIRequestContext;
let organizationId = "";
let assessmentId = "";
let teamId = "";
let userId = "";

async function signIn(page: Page) {
  await page.context().addCookies((await request.storageState()).cookies);
}

test.beforeAll(async ({ playwright, baseURL }) => {
  request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL ?? "" } });
  const signUp = await request.post("/api/auth/sign-up/email", {
    data: { name: "Rita Results", email: "rita@results.example", password: "results-password-1" },
  });
  expect(signUp.status(), await signUp.text()).toBe(200);
  userId = ((await signUp.json()) as { user: { id: string } }).user.id;
  const created = await request.post("/api/organizations", { data: { name: "Results Bank" } });
  expect(created.status(), await created.text()).toBe(200);
  const body = (await created.json()) as { data?: { id: string }; id?: string };
  organizationId = body.data?.id ?? body.id ?? "";
  const imported = await request.post(`/api/organizations/${organizationId}/imports`, {
    data: {
      format: ASSESSMENT_EXPORT_FORMAT,
      formatVersion: 1,
      exportedAt: "2026-07-14T10:00:00.000Z",
      organization: { name: "Elsewhere" },
      team: { ...team, businessUnit: "Lending" },
      questionnaire: { id: v2.id, version: v2.version, contentHash: contentHash(v2) },
      assessment: { createdAt: "2026-07-10T09:00:00.000Z", submittedAt: SUBMITTED, targets },
      answers: answers.map((answer) => ({
        questionId: answer.questionId,
        answer,
        note: null,
        evidenceUrl: null,
      })),
      result,
    },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  ({ assessmentId, teamId } = (
    (await imported.json()) as { data: { assessmentId: string; teamId: string } }
  ).data);
});

test.afterAll(async () => {
  await request.dispose();
});

test("the verdict header shows levels, targets, the weakest link, the real test and the top three actions on the first screen", async ({
  page,
}) => {
  await signIn(page);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`/assessments/${assessmentId}/results`);
    const verdict = page.getByTestId("verdict");
    await expect(page.getByTestId("weakest-link")).toContainText(
      `Weakest link: L${result.overall.weakestLevel} (${view.weakest.objects.join(", ")})`,
    );
    for (const o of view.objects) {
      const badge = verdict.getByTestId(`verdict-level-${o.id}`);
      await expect(badge).toHaveText(`${o.title}L${o.level}target L${o.target}`);
      await expect(badge).toBeInViewport();
    }
    await expect(page.getByTestId("real-test")).toHaveText(
      `${result.overall.realTest?.passed ? "✓ " : "! "}The real test: ${result.overall.realTest?.passed ? "passed" : "not passed"}`,
    );
    await expect(page.getByTestId("real-test")).toBeInViewport();
    const actions = page.getByTestId("top-actions").getByRole("listitem");
    await expect(actions).toHaveCount(3);
    for (const [i, item] of view.plan.slice(0, 3).entries()) {
      await expect(actions.nth(i)).toContainText(`${item.rank}. ${item.title}`);
      await expect(actions.nth(i)).toContainText(`${item.objectTitle} · L${item.step - 1} → L${item.step}`);
    }
    if (size.width === 1280) await expect(actions.nth(2)).toBeInViewport();
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page).toHaveTitle(`${TEAM} · results · ${formatDate(new Date(SUBMITTED))} · MLOps maturity`);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Results Bank" })).toHaveAttribute(
    "href",
    `/organizations/${organizationId}/dashboard`,
  );
  await expect(crumbs.getByRole("link", { name: TEAM })).toHaveAttribute("href", `/teams/${teamId}`);
  await expect(crumbs.getByText(`Results of ${formatDate(new Date(SUBMITTED))}`)).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "results-page");
});

test("the score chart's numbers are in the page from the start; the chart's code arrives only when it scrolls into view", async ({
  page,
}) => {
  await signIn(page);
  await page.setViewportSize({ width: 375, height: 812 });
  const chartCode: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    void response
      .text()
      .then((code) => code.includes("recharts") && chartCode.push(response.url()))
      .catch(() => undefined);
  });
  await page.goto(`/assessments/${assessmentId}/results`, { waitUntil: "networkidle" });
  const chart = page.getByTestId("score-chart");
  const frame = chart.locator("[data-chart]");
  const lines = view.objects.map(
    (o) => `${o.title}: Score ${o.score.toFixed(2)}, Target ${o.target !== null ? `L${o.target}` : "none"}`,
  );
  // Below the first screen: the numbers stand in the chart's place, and no chart code was fetched.
  const before = await frame.boundingBox();
  expect(before?.y ?? 0).toBeGreaterThan(812 + 200);
  await expect(frame).toHaveAttribute("data-chart", "numbers");
  await expect(chart.getByRole("region", { name: "Scores by object" }).getByRole("listitem")).toHaveText(
    lines,
  );
  await expect(chart.locator(".recharts-surface")).toHaveCount(0);
  expect(chartCode).toEqual([]);

  await chart.scrollIntoViewIfNeeded();
  await expect(frame).toHaveAttribute("data-chart", "drawn");
  await expect(chart.locator(".recharts-wrapper")).toBeVisible();
  await expect(chart.getByTestId("chart-drawing")).toContainText(view.objects.map((o) => o.title).join(""));
  expect(chartCode.length).toBeGreaterThan(0);
  // Nothing moved; screen readers still read the same numbers, once, and not the drawing.
  expect((await frame.boundingBox())?.height).toBe(before?.height);
  await expect(chart.getByRole("listitem")).toHaveText(lines);
  await expect(chart.getByTestId("chart-drawing")).toHaveAttribute("aria-hidden", "true");
  await expect(chart.getByRole("region")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await chart.screenshot({ path: path.join(SCREENSHOT_DIR, "score-chart-drawn-1280.png") });
});

test("a risk links to the plan items that close it, and its causes unfold", async ({ page }) => {
  await signIn(page);
  await page.goto(`/assessments/${assessmentId}/results`);
  const risk = view.risks.find((r) => r.closedBy.length > 0);
  if (!risk) throw new Error("the fixture has a risk that the plan closes");
  const rank = risk.closedBy[0] as number;
  const item = page.locator(`#risk-${risk.id}`);
  await expect(item).toContainText(risk.objectTitle);
  await expect(page.getByTestId(`risks-${risk.severity}`).locator(`#risk-${risk.id}`)).toHaveCount(1);
  await expect(item.getByText(risk.causes[0]?.question ?? "")).toBeHidden();
  await item.getByText(/Why it matters/).click();
  await expect(item.getByText(risk.causes[0]?.question ?? "").first()).toBeVisible();
  await item
    .getByRole("link", { name: `${rank}. ${view.plan.find((p) => p.rank === rank)?.title ?? ""}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`#plan-${rank}$`));
  const planItem = page.locator(`#plan-${rank}`);
  await expect(planItem).toBeInViewport();
  await expect(planItem).toContainText(view.plan.find((p) => p.rank === rank)?.title ?? "");
  await expect(page.getByTestId("risk")).toHaveCount(view.risks.length);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator("#risks").scrollIntoViewIfNeeded();
    await page.locator("#risks-heading").evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: `${SCREENSHOT_DIR}/results-page-risks-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  const nav = page.getByRole("navigation", { name: "On this page" });
  await nav.getByRole("link", { name: /^Risks/ }).click();
  await expect(page).toHaveURL(/#risks$/);
  await expect(nav).toBeInViewport();
});

test("the primary action is this result's report; the team's draft is an ordinary link", async ({ page }) => {
  const lead = await request.put(`/api/organizations/${organizationId}/members/${userId}/teams`, {
    data: { teamId, role: "lead" },
  });
  expect(lead.status(), await lead.text()).toBe(200);
  const started = await request.post("/api/assessments/start", { data: { teamId, retake: true } });
  expect(started.status(), await started.text()).toBe(200);
  const draftId = ((await started.json()) as { data: { id: string } }).data.id;
  await signIn(page);
  await page.goto(`/assessments/${assessmentId}/results`);
  const actions = page.getByTestId("result-actions");
  const primary = actions.locator(".bg-brand-600");
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveText("Download the PDF report");
  await expect(primary).toHaveAttribute(
    "href",
    `/api/assessments/${assessmentId}/report.pdf?lens=${view.lens.id}`,
  );
  const draft = actions.getByRole("link", { name: "Resume the team's draft" });
  await expect(draft).toHaveAttribute("href", `/assessments/${draftId}`);
  await expect(draft).not.toHaveClass(/bg-brand-600/);
  await expect(page.getByRole("button", { name: /draft|retake/i })).toHaveCount(0);
});

test("the team page names the team, and on a phone its assessments are cards with their links", async ({
  page,
}) => {
  await signIn(page);
  await page.goto(`/teams/${teamId}`);
  await expect(page).toHaveTitle(`${TEAM} · team · MLOps maturity`);
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Results Bank" }),
  ).toBeVisible();
  const single = page.getByTestId("single-assessment");
  for (const o of view.objects)
    await expect(single).toContainText(`${o.title}L${o.level}score ${o.score.toFixed(2)}`);
  await expect(page.locator("figure")).toHaveCount(0);
  await page.setViewportSize({ width: 375, height: 812 });
  const cards = page.getByTestId("milestone-cards");
  await expect(cards.getByRole("link", { name: /^Results/ })).toBeInViewport();
  await expect(cards.getByRole("link", { name: /^PDF/ })).toBeVisible();
  await expect(page.getByTestId("milestones")).toBeHidden();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "team-page");
});

test("the PDF report from the server: numbered pages with the running footer, the roadmap, DejaVu embedded", async () => {
  const response = await request.get(`/api/assessments/${assessmentId}/report.pdf`);
  expect(response.status()).toBe(200);
  fs.mkdirSync(PDF_DIR, { recursive: true });
  const pdfFile = path.join(PDF_DIR, "results-report.pdf");
  fs.writeFileSync(pdfFile, await response.body());
  const pages = execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, " "));
  expect(pages.length).toBeGreaterThan(5);
  for (const [i, text] of pages.entries()) {
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(text).toContain(`MLOps maturity report · ${TEAM} · Results Bank`);
    expect(text).toContain(`Questionnaire ${v2.id} v${v2.version} · scoring engine ${result.engineVersion}`);
    expect(text).toContain("Submitted 2026-07-13");
  }
  const roadmap = pages.find((p) => p.includes("Roadmap: Now, Next, Later")) ?? "";
  const buckets = roadmapOf(view);
  expect(roadmap).toContain(`Now ${buckets.now.length} item`);
  for (const item of view.plan)
    expect(roadmap).toContain(
      `${item.rank} ${item.title} ${item.objectTitle} L${item.step - 1} → L${item.step}`,
    );
  expect(pages[0]).toContain(`Weakest link: L${result.overall.weakestLevel}`);
  expect(pages[1]).toContain("Scorecard");
  expect(pages[1]).toContain("No organisation median: this team is the only one");
  const fonts = execFileSync("pdffonts", [pdfFile], { encoding: "utf8" });
  expect(fonts).toMatch(/DejaVuSans\s/);
  expect(fonts).toMatch(/DejaVuSans-Bold/);
  expect(fonts).not.toMatch(/Helvetica/);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdfFile, path.join(PDF_DIR, "results-report-page")]);
});

test("the plan CSV names the team and the ISO date on every row, with labels", async () => {
  const response = await request.get(`/api/assessments/${assessmentId}/plan.csv`);
  expect(response.status()).toBe(200);
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines[0]).toBe("Team,Assessment date,Title,Description,Object,Level step,Priority,Rank,Labels");
  for (const item of view.plan) {
    const row = lines.find(
      (l) =>
        l.startsWith(`${TEAM},2026-07-13,${item.title},`) ||
        l.startsWith(`${TEAM},2026-07-13,"${item.title}"`),
    );
    expect(row, item.title).toBeDefined();
  }
  expect(lines.slice(1).every((l) => l.startsWith(`${TEAM},2026-07-13,`))).toBe(true);
});
