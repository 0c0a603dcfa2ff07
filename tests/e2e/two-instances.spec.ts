import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { loadV2 } from "../support/answers";
import { startAppServer, type AppServer } from "../support/app-server";
import { apiCaller, sparePort } from "./support";

/**
 * Two app instances on one Postgres database, sharing only the database, AUTH_SECRET and APP_URL
 * (each has a data folder of its own): a round-robin proxy in front of them, as a load balancer
 * would be, hands each request of one lead's journey to the other instance than the one before
 * (sign-up and sign-in, starting, answering in the page, submitting, the results, the dashboard).
 * Then an autosave load goes straight to both at once: no request fails, and every acknowledged
 * save is stored exactly once (each one bumps its answer row's revision by one, and the row
 * holds the last one).
 */

const postgresServerUrl = process.env.TEST_DATABASE_URL || undefined;
const PORTS = { a: sparePort(10), b: sparePort(11), proxy: sparePort(12) };
const CLIENTS = 40;
const DRAFTS = 4;
const LOAD_MS = 6_000;

const q = loadV2();
const questions = q.objects.flatMap((o) => o.questions);

/** Sends request i to backends[i % 2], passing Host and the body through; counts what each served. */
function roundRobinProxy(port: number, backends: number[]) {
  const served = backends.map(() => 0);
  let next = 0;
  const server = http.createServer((request, response) => {
    const index = next++ % backends.length;
    served[index] = (served[index] ?? 0) + 1;
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: backends[index],
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  return {
    served,
    listen: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test.describe("two instances on one Postgres", () => {
  test.skip(!postgresServerUrl, "needs TEST_DATABASE_URL (set by .ci/run)");
  test.describe.configure({ timeout: 900_000 });

  test("one journey alternating between them, then autosaves on both: no error, every acknowledged save stored once", async ({
    page,
  }) => {
    // A step that cannot happen fails within a minute rather than at the test's 15-minute limit.
    page.setDefaultTimeout(60_000);
    const admin = new pg.Client({ connectionString: postgresServerUrl });
    await admin.connect();
    const name = `mlops_two_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresServerUrl ?? "");
    url.pathname = `/${name}`;
    const base = `http://127.0.0.1:${PORTS.proxy}`;
    const shared = {
      DATABASE_URL: url.toString(),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      APP_URL: base,
    };
    const dataDirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "mlops-two-")));
    const servers: AppServer[] = [];
    const proxy = roundRobinProxy(PORTS.proxy, [PORTS.a, PORTS.b]);
    const rows = new pg.Client({ connectionString: url.toString() });
    try {
      // One after the other: the first start builds the app when its sources changed.
      for (const [i, port] of [PORTS.a, PORTS.b].entries())
        servers.push(
          await startAppServer({
            port,
            env: { ...shared, DATA_DIR: dataDirs[i] ?? "" },
            startupTimeoutMs: 600_000,
          }),
        );
      await proxy.listen();
      await rows.connect();

      // The journey, through the proxy: every request goes to the other instance than the last.
      await page.context().clearCookies();
      const api = apiCaller(page.request, base);
      const call = <T>(route: string, data: unknown, method?: "post" | "put") =>
        api<T>(`${base}${route}`, data, method);
      const email = `lee-${Date.now()}@two.example`;
      await call("/api/auth/sign-up/email", { name: "Lee Lead", email, password: "lee-password-1" });
      await page.context().clearCookies();
      await page.goto(`${base}/sign-in`);
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password").fill("lee-password-1");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
      const org = await call<{ id: string }>("/api/organizations", { name: "Twin Labs" });
      const { user } = (await (await page.request.get(`${base}/api/auth/get-session`)).json()) as {
        user: { id: string };
      };
      const teams: { id: string; name: string }[] = [];
      for (let i = 0; i <= DRAFTS; i++) {
        const teamName = `Twin Team ${i + 1}`;
        const team = await call<{ id: string }>(`/api/organizations/${org.id}/teams`, {
          name: teamName,
          businessUnit: "Consumer",
          ownershipModel: "shared",
          structure: "embedded",
        });
        await call(
          `/api/organizations/${org.id}/members/${user.id}/teams`,
          { teamId: team.id, role: "lead" },
          "put",
        );
        teams.push({ id: team.id, name: teamName });
      }
      const journeyTeam = teams[0]?.name ?? "";
      await page.goto(`${base}/`);
      await page
        .getByRole("listitem")
        .filter({ hasText: journeyTeam })
        .getByRole("button", { name: /Start assessment/ })
        .click();
      await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
      const assessmentId = page.url().split("/").pop() ?? "";
      // The first screen is the team's context; the Data section's questions are on the next.
      await page.goto(`${base}/assessments/${assessmentId}?section=${q.objects[0]?.id ?? "data"}`);
      const inPage = (q.objects[0]?.questions ?? []).slice(0, 6);
      for (const question of inPage)
        await page.locator(`fieldset[id="${question.id}"] input[value="${question.options[1]?.id}"]`).check();
      await expect(
        page.getByRole("navigation", { name: "Sections" }).getByText("All changes saved"),
      ).toBeVisible({ timeout: 20_000 });
      for (const question of questions.slice(inPage.length))
        await call(`/api/assessments/${assessmentId}/answers`, {
          questionId: question.id,
          answer: { kind: "option", optionId: question.options[2]?.id ?? question.options[0]?.id },
        });
      await call(`/api/assessments/${assessmentId}/submit`, {});
      await page.goto(`${base}/assessments/${assessmentId}/results`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(journeyTeam).first()).toBeVisible();
      await page.goto(`${base}/organizations/${org.id}/dashboard`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(journeyTeam).first()).toBeVisible();
      const [a, b] = proxy.served;
      expect(a, "requests the first instance served").toBeGreaterThan(10);
      expect(b, "requests the second instance served").toBeGreaterThan(10);
      expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThanOrEqual(1);
      const stored = await rows.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Answer" WHERE "assessmentId" = $1`,
        [assessmentId],
      );
      expect(stored.rows[0]?.n).toBe(questions.length);

      // The autosave load on both instances at once: client c keeps answering its own question
      // of draft c % DRAFTS, each save to the other instance than its last one.
      const cookie = (await page.context().cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");
      const drafts: string[] = [];
      for (const team of teams.slice(1))
        drafts.push((await call<{ id: string }>("/api/assessments/start", { teamId: team.id })).id);
      const instances = servers.map((s) => s.baseURL);
      const acknowledged = Array.from({ length: CLIENTS }, () => ({ saves: 0, last: "" }));
      const failures: string[] = [];
      const end = Date.now() + LOAD_MS;
      await Promise.all(
        acknowledged.map(async (tally, client) => {
          const question = questions[Math.floor(client / DRAFTS)];
          const draft = drafts[client % DRAFTS];
          for (let n = 0; Date.now() < end; n++) {
            const instance = instances[(client + n) % instances.length] ?? "";
            const optionId = question?.options[n % question.options.length]?.id ?? "";
            const response = await fetch(`${instance}/api/assessments/${draft}/answers`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie, origin: instance },
              body: JSON.stringify({ questionId: question?.id, answer: { kind: "option", optionId } }),
            });
            const body = await response.text();
            if (response.status !== 200) failures.push(`${response.status} ${body}`);
            else {
              tally.saves += 1;
              tally.last = optionId;
            }
          }
        }),
      );
      expect(failures).toEqual([]);
      const total = acknowledged.reduce((sum, t) => sum + t.saves, 0);
      expect(total, "saves acknowledged in the load").toBeGreaterThan(CLIENTS * 5);
      const { rows: answerRows } = await rows.query<{
        assessmentId: string;
        questionId: string;
        optionId: string;
        revision: number;
      }>(
        `SELECT "assessmentId", "questionId", "optionId", revision FROM "Answer" WHERE "assessmentId" = ANY($1::text[])`,
        [drafts],
      );
      expect(answerRows).toHaveLength(CLIENTS);
      for (const [client, tally] of acknowledged.entries()) {
        const row = answerRows.find(
          (r) =>
            r.assessmentId === drafts[client % DRAFTS] &&
            r.questionId === questions[Math.floor(client / DRAFTS)]?.id,
        );
        // The first save inserts the row at revision 1; every later one adds exactly 1.
        expect(row?.revision, `client ${client}'s answer row`).toBe(tally.saves);
        expect(row?.optionId).toBe(tally.last);
      }

      // Autosave reads no session cache: a role taken away on one instance counts at once on the
      // other, and so does signing out.
      const [first, second] = instances;
      const saveOn = (instance: string | undefined) =>
        fetch(`${instance}/api/assessments/${drafts[0]}/answers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: instance ?? "" },
          body: JSON.stringify({ questionId: questions[0]?.id, answer: { kind: "dont-know" } }),
        });
      await rows.query(`UPDATE "TeamMember" SET role = 'member' WHERE "teamId" = $1 AND "userId" = $2`, [
        teams[1]?.id,
        user.id,
      ]);
      expect((await saveOn(second)).status).toBe(403);
      await rows.query(`UPDATE "TeamMember" SET role = 'lead' WHERE "teamId" = $1 AND "userId" = $2`, [
        teams[1]?.id,
        user.id,
      ]);
      expect((await saveOn(first)).status).toBe(200);
      const signOut = await fetch(`${first}/api/auth/sign-out`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: base },
        body: "{}",
      });
      expect(signOut.status).toBe(200);
      const replayed = await saveOn(second);
      expect(replayed.status).toBe(401);
      expect(((await replayed.json()) as { message: string }).message).toBe(
        "Your session has ended. Sign in again; nothing was changed.",
      );
    } catch (error) {
      // What the servers said helps more than the assertion alone.
      for (const server of servers) console.log(`${server.baseURL}:\n${server.output().slice(-3000)}`);
      throw error;
    } finally {
      await proxy.close().catch(() => undefined);
      await rows.end().catch(() => undefined);
      for (const server of servers) await server.kill("SIGTERM");
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
