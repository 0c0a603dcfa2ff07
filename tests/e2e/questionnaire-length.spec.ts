import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadV2 } from "../support/answers";
import { apiCaller, EVERY_QUESTION_APPLIES } from "./support";

/**
 * How long the questionnaire is for a lead: the words the answering page shows (collapsed help
 * and skipped questions are not shown) and the time to answer them at a realistic pace, for a
 * team to which every question applies and for a batch team with no model in production yet.
 */

const q = loadV2();
/** Silent reading of English non-fiction: 238 words per minute (Brysbaert, 2019, a meta-analysis of 190 studies). */
const WORDS_PER_MINUTE = 238;
/** Recalling the team's practice and choosing an option, once the question is read. */
const SECONDS_TO_DECIDE = 8;
const REPORT = "tests/artifacts/questionnaire-length.json";

const CONTEXTS: Record<string, Record<string, string>> = {
  "every question applies": EVERY_QUESTION_APPLIES,
  "batch team, no model in production yet": {
    "models-in-production": "none",
    "serving-mode": "batch",
    "model-kind": "trained",
    "label-delay": "slow",
    regulated: "no",
    platform: "open-source",
  },
};

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ timeout: 120_000 });

test("the questionnaire is answerable in about 20 minutes: words shown and time at a realistic pace", async ({
  page,
  playwright,
  baseURL,
}) => {
  const request: APIRequestContext = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL ?? "" },
  });
  const post = apiCaller(request, baseURL ?? "");
  const { user } = await post<{ user: { id: string } }>("/api/auth/sign-up/email", {
    name: "Lena Length",
    email: "lena@length.example",
    password: "length-password-1",
  });
  const { id: organizationId } = await post<{ id: string }>("/api/organizations", { name: "Length Co" });
  await page.context().addCookies((await request.storageState()).cookies);

  const report: Record<string, { questions: number; words: number; minutes: number }> = {};
  for (const [name, context] of Object.entries(CONTEXTS)) {
    for (const c of q.context.questions)
      if (!c.fromTeam) expect(Object.keys(context), `context "${name}" answers ${c.id}`).toContain(c.id);
    const { id: teamId } = await post<{ id: string }>(`/api/organizations/${organizationId}/teams`, {
      name: `Team ${Object.keys(report).length + 1}`,
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
    for (const [questionId, optionId] of Object.entries(context))
      await post(`/api/assessments/${assessmentId}/answers`, {
        questionId,
        answer: { kind: "option", optionId },
      });

    // One section per screen: the words of every section's screen, the page around them counted once.
    let shown = { text: "", questions: 0 };
    for (const [i, section] of ["context", ...q.objects.map((o) => o.id)].entries()) {
      await page.goto(`/assessments/${assessmentId}?section=${section}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("assessment");
      // Text a reader sees without opening anything: closed "Why this matters" and note panels,
      // skipped questions and screen-reader-only labels are left out.
      const screen = await page.evaluate((whole) => {
        const root = (
          whole ? document.querySelector("main") : document.querySelector("[data-step]")
        ) as HTMLElement;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (
            parent &&
            parent.checkVisibility() &&
            !parent.closest(".sr-only") &&
            (whole || !parent.closest('nav[aria-label="Steps"]'))
          )
            parts.push(node.textContent ?? "");
        }
        const questions = [...root.querySelectorAll("fieldset[id]")].filter((f) =>
          f.checkVisibility(),
        ).length;
        return { text: parts.join(" "), questions };
      }, i === 0);
      shown = { text: `${shown.text} ${screen.text}`, questions: shown.questions + screen.questions };
    }
    const words = shown.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const minutes = words / WORDS_PER_MINUTE + (shown.questions * SECONDS_TO_DECIDE) / 60;
    report[name] = { questions: shown.questions, words, minutes: Math.round(minutes * 10) / 10 };
  }
  fs.mkdirSync("tests/artifacts", { recursive: true });
  fs.writeFileSync(
    REPORT,
    `${JSON.stringify({ wordsPerMinute: WORDS_PER_MINUTE, secondsToDecide: SECONDS_TO_DECIDE, report }, null, 2)}\n`,
  );
  test.info().annotations.push({ type: "questionnaire length", description: JSON.stringify(report) });

  const full = report["every question applies"];
  const batch = report["batch team, no model in production yet"];
  // About 20 minutes: 22.8 when every question applies (measured 2026-11-28), 16 for a batch team before its first release.
  expect(full?.minutes ?? Infinity).toBeLessThanOrEqual(24);
  expect(batch?.questions ?? Infinity).toBeLessThan(full?.questions ?? 0);
  expect(batch?.minutes ?? Infinity).toBeLessThan(full?.minutes ?? 0);
  await request.dispose();
});
