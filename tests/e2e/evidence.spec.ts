import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Answer } from "@/domain/scoring/answers";
import { loadV2 } from "../support/answers";
import { SECRET, trackedManual } from "../support/archetypes";
import { apiCaller, EVERY_QUESTION_APPLIES, expectNoAxeViolations, screenshotBothWidths } from "./support";

/**
 * Evidence from a repository, end to end: a lead makes a token on the settings page, a CI job
 * downloads the app's scanner and posts what it finds in a real git repository, the answering
 * page shows it question by question, the lead takes one suggestion and keeps one answer the
 * evidence disputes (a note is required), submits, and the results, the dashboard and the PDF show
 * the claimed and the evidenced levels and the disagreement.
 */

const q = loadV2();
const CI_QUESTION = q.objects.flatMap((o) => o.questions).find((x) => x.id === "code-ci-checks");
const NOTE = "Our CI runs in the platform team's Jenkins, outside this repository.";
const PDF_DIR = "tests/artifacts/pdf";

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ timeout: 240_000 });

test("a lead's token lets CI post evidence; answers are checked against it; results, dashboard and PDF show claimed and evidenced", async ({
  page,
  baseURL,
}) => {
  const base = baseURL ?? "";
  const api = page.request;
  const post = apiCaller(api, base);

  // A lead's own organisation and team, with a draft answered as a team that claims blocking CI checks.
  const { user } = await post<{ user: { id: string } }>("/api/auth/sign-up/email", {
    name: "Eve Evidence",
    email: "eve@evidence.example",
    password: "evidence-password-1",
  });
  const { id: organizationId } = await post<{ id: string }>("/api/organizations", { name: "Evidence Inc" });
  const { id: teamId } = await post<{ id: string }>(`/api/organizations/${organizationId}/teams`, {
    name: "Churn Evidence",
    businessUnit: "Retention",
    ownershipModel: "end_to_end",
    structure: "embedded",
  });
  await post(
    `/api/organizations/${organizationId}/members/${user.id}/teams`,
    { teamId, role: "lead" },
    "put",
  );
  const { id: assessmentId } = await post<{ id: string }>("/api/assessments/start", { teamId });
  const answers: Answer[] = [
    ...Object.entries(EVERY_QUESTION_APPLIES).map(([questionId, optionId]): Answer => ({
      questionId,
      kind: "option",
      optionId,
    })),
    ...q.objects.flatMap((o) =>
      o.questions.map((question): Answer => {
        const step = o.capabilities.find((c) => c.id === question.capability)?.step ?? 1;
        const mark = q.passMarks[String(step) as "1" | "2" | "3" | "4"];
        const option =
          question.id === "code-ci-checks"
            ? "code-tests-block"
            : ([...question.options].sort(
                (a, b) => Math.abs(a.value - mark + 1) - Math.abs(b.value - mark + 1),
              )[0]?.id ?? "");
        return { questionId: question.id, kind: "option", optionId: option };
      }),
    ),
  ];
  for (const answer of answers) {
    const { questionId, ...value } = answer;
    await post(`/api/assessments/${assessmentId}/answers`, { questionId, answer: value });
  }

  // The settings page makes a token for the team, shown once.
  await page.goto("/settings");
  await expectNoAxeViolations(page);
  const form = page.getByRole("form", { name: "Make a token" });
  await form.getByLabel("Name").fill("CI of the churn model");
  await form.getByLabel("post evidence").check();
  await form.getByRole("button", { name: "Make token" }).click();
  const token = (await page.getByTestId("token-secret").textContent())?.trim() ?? "";
  expect(token).toMatch(/^mmt_/);
  await expect(page.getByTestId("tokens")).toContainText("CI of the churn model");
  await screenshotBothWidths(page, "settings");

  // The CI job: the scanner as the app serves it, run with plain node on a real git repository.
  const repo = trackedManual(new Date());
  const scanner = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scanner-")), "scan.mjs");
  const served = await api.get("/scanner.mjs");
  expect(served.status()).toBe(200);
  fs.writeFileSync(scanner, await served.body());
  const out = execFileSync(process.execPath, [scanner, repo.dir, "--post", `${base}/teams/${teamId}`], {
    env: { ...process.env, MATURITY_TOKEN: token },
    encoding: "utf8",
  });
  expect(out).not.toContain(SECRET);

  // The answering page shows the scan; the CI answer claims more than the repository shows.
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByTestId("evidence-summary")).toContainText("Scanned");
  const nav = page.getByRole("navigation", { name: "Sections" });
  const openSection = async (title: string, heading = title) => {
    await nav.getByRole("link", { name: new RegExp(`^${title}`) }).click();
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  };
  const ci = page.locator('fieldset[id="code-ci-checks"]');
  await openSection("Code");
  await expect(ci.getByTestId("evidence-code-ci-checks")).toContainText("None run automatically.");
  await expect(ci.getByRole("note")).toContainText("claims more than your repositories show");
  await expectNoAxeViolations(page);

  // The lead takes the evidence's answer wherever it disputes a claim, except for CI checks.
  const disputed = page.locator("fieldset", { has: page.getByRole("note") });
  let disputes = 0;
  for (const object of q.objects) {
    await openSection(object.title);
    disputes += await disputed.count();
    for (const id of await disputed.evaluateAll((sets) => sets.map((f) => f.id))) {
      if (id !== "code-ci-checks")
        await page.locator(`fieldset[id="${id}"]`).getByRole("button", { name: "Use this answer" }).click();
    }
  }
  expect(disputes).toBeGreaterThan(1);
  await expect(disputed).toHaveCount(1);
  await expect(nav.getByText("All changes saved")).toBeVisible({ timeout: 15_000 });

  // Submitting asks for the note first; the review links to the question.
  await openSection("Review", "Review and submit");
  await expect(page.getByTestId("unexplained").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("unexplained")).toContainText(CI_QUESTION?.text ?? "");
  await expect(page.getByRole("button", { name: "Submit assessment" })).toBeDisabled();
  await page.getByTestId("unexplained").getByRole("link").click();
  await expect(page).toHaveURL(/section=code#code-ci-checks$/);
  await ci.getByLabel("Note").fill(NOTE);
  await ci.getByLabel("Note").blur();
  await expect(nav.getByText("All changes saved")).toBeVisible({ timeout: 15_000 });
  await openSection("Review", "Review and submit");
  await expect(page.getByTestId("unexplained")).toHaveCount(0);
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page.getByRole("button", { name: "Submit now" }).click();
  await page.waitForURL(/\/results$/);

  // Results: claimed and evidenced, and the disagreement with its note.
  const table = page.getByTestId("claimed-evidenced");
  await expect(table).toContainText("Code");
  const codeRow = (await table.locator('tr[data-object="code"] td').allInnerTexts()).map((t) => t.trim());
  expect(codeRow[0]).toMatch(/^L\d$/);
  expect(codeRow[1]).toMatch(/^L\d$/);
  await expect(page.getByTestId("disagreements")).toContainText(CI_QUESTION?.text ?? "");
  await expect(page.getByTestId("disagreements")).toContainText(NOTE);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, "results-evidence");

  // The dashboard shows the evidenced weakest level beside the claimed one.
  await page.goto(`/organizations/${organizationId}/dashboard`);
  await expect(page.locator('tr[data-team="Churn Evidence"] [data-testid="evidenced"]')).toHaveText(/^L\d$/);

  // The PDF's evidence appendix.
  const pdf = await api.get(`/api/assessments/${assessmentId}/report.pdf`);
  expect(pdf.status()).toBe(200);
  fs.mkdirSync(PDF_DIR, { recursive: true });
  const file = path.join(PDF_DIR, "report-evidence.pdf");
  fs.writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Appendix: evidence from the repositories");
  expect(text).toMatch(/Code: claimed L\d, evidenced L\d/);
  expect(text).toContain("Jenkins, outside this repository");
  execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(PDF_DIR, "report-evidence")]);
  repo.remove();
});
