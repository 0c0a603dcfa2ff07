import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadV2 } from "../support/answers";
import { startAppServer, type AppServer } from "../support/app-server";
import { makeLeadOfEveryTeam, PERSONAS, signIn } from "./auth";
import { sparePort } from "./support";

/**
 * Nothing a user typed is lost: the server is killed (SIGKILL) during a burst of autosaves and
 * started again. Every answer the server acknowledged is stored; the page shows the others as not
 * saved, and saves them on retry.
 */

const q = loadV2();
const questions = q.objects.flatMap((o) => o.questions).slice(0, 24);
const PORT = sparePort(90);

interface Stored {
  questionId: string;
  answer: { optionId?: string } | null;
}

async function storedAnswers(
  page: Page,
  baseURL: string,
  assessmentId: string,
): Promise<Map<string, string | undefined>> {
  const response = await page.request.get(`${baseURL}/api/assessments/${assessmentId}/answers`);
  const body = (await response.json()) as { data: { answers: Stored[] } };
  return new Map(body.data.answers.map((a) => [a.questionId, a.answer?.optionId]));
}

/** Opens a section from the progress navigation: client-side, so it works while the server is down. */
async function openSection(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: new RegExp(`^${title}`) })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

const sectionOf = (questionId: string) =>
  q.objects.find((o) => o.questions.some((question) => question.id === questionId))?.title ?? "";

/** The save state every question shows, read section by section (the page keeps them across sections). */
async function saveStates(page: Page): Promise<Map<string, string>> {
  const states = new Map<string, string>();
  for (const title of [...new Set(questions.map((question) => sectionOf(question.id)))]) {
    await openSection(page, title);
    for (const question of questions.filter((x) => sectionOf(x.id) === title)) {
      states.set(
        question.id,
        (await page.locator(`fieldset[id="${question.id}"] [role=status]`).innerText()).trim(),
      );
    }
  }
  return states;
}

/** Answers the questions section by section, `during(i)` after the i-th. */
async function answerAcrossSections(
  page: Page,
  chosen: Map<string, string>,
  during: (i: number) => void | Promise<void>,
) {
  for (const [i, question] of questions.entries()) {
    if (i === 0 || sectionOf(question.id) !== sectionOf(questions[i - 1]?.id ?? ""))
      await openSection(page, sectionOf(question.id));
    await page.locator(`fieldset[id="${question.id}"] input[value="${chosen.get(question.id)}"]`).check();
    await during(i);
  }
}

test.describe.configure({ mode: "serial", timeout: 300_000 });

test("a server killed during a burst of autosaves loses no acknowledged answer, and the rest are saved on retry", async ({
  page,
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-crash-"));
  let server: AppServer = await startAppServer({ port: PORT, env: { DATA_DIR: dataDir } });
  try {
    await makeLeadOfEveryTeam(server.baseURL, PERSONAS.lead, ["support-assistant"]);
    await page.context().clearCookies();
    await signIn(page.request, server.baseURL, PERSONAS.lead);
    await page.goto(`${server.baseURL}/`);
    await page
      .getByRole("listitem")
      .filter({ hasText: "Support Assistant" })
      .getByRole("button", { name: /Start assessment/ })
      .click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
    const assessmentId = page.url().split("/").pop() ?? "";

    const chosen = new Map(
      questions.map((question, i) => [
        question.id,
        question.options[(i % (question.options.length - 1)) + 1]?.id ?? "",
      ]),
    );
    // The burst spans two sections: the saves still under way go on on the next one.
    await answerAcrossSections(page, chosen, async (i) => {
      if (i === 11) await server.kill("SIGKILL");
    });

    // Every question settles as saved (acknowledged before the kill) or not saved.
    await expect(async () => {
      const states = await saveStates(page);
      expect([...states.values()].every((s) => s === "Saved" || s.startsWith("Not saved"))).toBe(true);
    }).toPass({ timeout: 30_000 });
    const states = await saveStates(page);
    const acknowledged = [...states].filter(([, s]) => s === "Saved").map(([id]) => id);
    const unsaved = [...states].filter(([, s]) => s.startsWith("Not saved")).map(([id]) => id);
    expect(unsaved.length).toBeGreaterThan(0);
    await expect(page.getByRole("navigation", { name: "Sections" })).toContainText(
      `${unsaved.length} change`,
    );

    server = await startAppServer({ port: PORT, env: { DATA_DIR: dataDir } });
    const afterRestart = await storedAnswers(page, server.baseURL, assessmentId);
    for (const id of acknowledged) expect(afterRestart.get(id), id).toBe(chosen.get(id));

    await page.getByRole("button", { name: "Retry all" }).click();
    await expect(
      page.getByRole("navigation", { name: "Sections" }).getByText("All changes saved"),
    ).toBeVisible({ timeout: 20_000 });
    const final = await storedAnswers(page, server.baseURL, assessmentId);
    for (const question of questions)
      expect(final.get(question.id), question.id).toBe(chosen.get(question.id));
  } finally {
    await server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

const postgresServerUrl = process.env.TEST_DATABASE_URL || undefined;
const restartPostgres = process.env.PG_RESTART_COMMAND || undefined;

/** Runs where CI provides a Postgres server and the command that restarts it (see .ci/run). */
test.describe("with a Postgres server", () => {
  test.skip(
    !postgresServerUrl || !restartPostgres,
    "needs TEST_DATABASE_URL and PG_RESTART_COMMAND (set by .ci/run)",
  );

  test("a Postgres restart mid-session loses no acknowledged answer, and the rest are saved on retry", async ({
    page,
  }) => {
    const { execSync } = await import("node:child_process");
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: postgresServerUrl });
    await admin.connect();
    const name = `mlops_restart_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(postgresServerUrl ?? "");
    url.pathname = `/${name}`;
    const seed = await import("node:child_process").then((m) =>
      m.spawnSync(
        process.execPath,
        ["--import", "tsx", "--import", "./src/cli/outside-next.mjs", "prisma/seed.ts"],
        { env: { ...process.env, DATABASE_URL: url.toString() }, encoding: "utf8" },
      ),
    );
    expect(seed.status, seed.stderr).toBe(0);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-pg-"));
    const server = await startAppServer({
      port: PORT + 1,
      env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    });
    try {
      // A real server gets no demo passwords: a new user signs up, creates an organisation and a team, and leads it.
      const base = server.baseURL;
      await page.context().clearCookies();
      const headers = { origin: base };
      expect(
        (
          await page.request.post(`${base}/api/auth/sign-up/email`, {
            data: { name: "Pat Postgres", email: "pat@example.test", password: "pat-password-1" },
            headers,
          })
        ).status(),
      ).toBe(200);
      const org = (await (
        await page.request.post(`${base}/api/organizations`, { data: { name: "Restart Labs" }, headers })
      ).json()) as { data: { id: string } };
      const team = (await (
        await page.request.post(`${base}/api/organizations/${org.data.id}/teams`, {
          data: {
            name: "Search Ranking",
            businessUnit: "Consumer",
            ownershipModel: "shared",
            structure: "embedded",
          },
          headers,
        })
      ).json()) as { data: { id: string } };
      const session = (await (await page.request.get(`${base}/api/auth/get-session`)).json()) as {
        user: { id: string };
      };
      const lead = await page.request.put(
        `${base}/api/organizations/${org.data.id}/members/${session.user.id}/teams`,
        { data: { teamId: team.data.id, role: "lead" }, headers },
      );
      expect(lead.status(), await lead.text()).toBe(200);
      await page.goto(`${base}/`);
      await page
        .getByRole("listitem")
        .filter({ hasText: "Search Ranking" })
        .getByRole("button", { name: /Start assessment/ })
        .click();
      await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
      const assessmentId = page.url().split("/").pop() ?? "";
      const chosen = new Map(questions.map((question) => [question.id, question.options[0]?.id ?? ""]));
      await answerAcrossSections(page, chosen, (i) => {
        if (i === 11) execSync(restartPostgres ?? "", { stdio: "ignore" });
      });
      await expect(async () => {
        const states = await saveStates(page);
        expect([...states.values()].every((s) => s === "Saved" || s.startsWith("Not saved"))).toBe(true);
      }).toPass({ timeout: 30_000 });
      const acknowledged = [...(await saveStates(page))].filter(([, s]) => s === "Saved").map(([id]) => id);
      const stored = await storedAnswers(page, server.baseURL, assessmentId);
      for (const id of acknowledged) expect(stored.get(id), id).toBe(chosen.get(id));
      if (await page.getByRole("button", { name: "Retry all" }).isVisible())
        await page.getByRole("button", { name: "Retry all" }).click();
      await expect(
        page.getByRole("navigation", { name: "Sections" }).getByText("All changes saved"),
      ).toBeVisible({ timeout: 30_000 });
      const final = await storedAnswers(page, server.baseURL, assessmentId);
      for (const question of questions)
        expect(final.get(question.id), question.id).toBe(chosen.get(question.id));
    } finally {
      await server.kill("SIGTERM");
      fs.rmSync(dataDir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: postgresServerUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    }
  });
});
