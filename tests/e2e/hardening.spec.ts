import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer, type AppServer } from "../support/app-server";
import {
  postJsonFrom,
  requestFrom,
  sendPastTheAnswer,
  streamBodyTo,
  type RawResponse,
} from "../support/http-from";
import { NORTHWIND_ID, PERSONAS, storageStateOf } from "./auth";
import { sparePort } from "./support";

/**
 * The attacks of the outside security review, replayed. Most run on a server of this spec's own,
 * served as https (so that HSTS and secure cookies are on), whose memory and log the test reads.
 */

const PORT = sparePort(93);
const FROM = "127.0.7.1";
let server: AppServer;
let dataDir = "";
let base = "";
/** What the browser would send as Origin for this server (APP_URL is https, the socket is plain http). */
let origin = "";

test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-hardening-"));
  origin = `https://127.0.0.1:${PORT}`;
  server = await startAppServer({ port: PORT, env: { DATA_DIR: dataDir, APP_URL: origin } });
  base = server.baseURL;
});

test.afterAll(async () => {
  await server?.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function rssKb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
  return Number(line?.[1] ?? 0);
}

/** Signs up (or in) through the API and returns the session cookie to send by hand (it is Secure). */
async function sessionOf(email: string, name: string, signUp: boolean): Promise<string> {
  const response = signUp
    ? await postJsonFrom(
        FROM,
        `${base}/api/auth/sign-up/email`,
        { name, email, password: "hardening-password-1" },
        { origin },
      )
    : await postJsonFrom(
        FROM,
        `${base}/api/auth/sign-in/email`,
        { email, password: "northwind-demo" },
        { origin },
      );
  expect(response.status, response.text).toBe(200);
  return (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
}

async function api(method: string, url: string, cookie: string, body?: unknown): Promise<RawResponse> {
  return requestFrom(FROM, `${base}${url}`, {
    method,
    headers: { cookie, origin, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const data = <T>(response: RawResponse): T => (JSON.parse(response.text) as { data: T }).data;

test("malformed percent-encoding gets 400 with the usual security headers, not a 500", async () => {
  for (const url of [
    "/api/assessments/%ff/answers",
    "/teams/%E0%A4%A",
    "/invitations/%ZZaaaa",
    "/api/organizations/%ZZ/dashboard.csv",
  ]) {
    const response = await requestFrom(FROM, `${base}${url}`);
    expect(response.status, url).toBe(400);
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  }
});

test("a garbage next-action header is refused, and logged in one line without a stack trace", async () => {
  const before = server.output().length;
  for (let i = 0; i < 3; i++) {
    const response = await requestFrom(FROM, `${base}/sign-in`, {
      method: "POST",
      headers: { "next-action": "garbage", "content-type": "text/plain" },
      body: "x",
    });
    expect(response.status).toBe(400);
  }
  const logged = () => server.output().slice(before);
  await expect.poll(() => logged().match(/server action/g)?.length ?? 0).toBe(3);
  expect(logged()).not.toMatch(/\n\s+at /);
});

test("HSTS over https, and API, CSV and PDF answers carry a policy that lets nothing load", async () => {
  const live = await requestFrom(FROM, `${base}/api/health/live`);
  expect(live.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  const manager = await sessionOf(PERSONAS.manager, "", false);
  for (const url of [
    "/api/health/live",
    `/api/organizations/${NORTHWIND_ID}/dashboard.csv`,
    `/api/organizations/${NORTHWIND_ID}/dashboard.pdf`,
  ]) {
    const response = await api("GET", url, manager);
    expect(response.status, url).toBe(200);
    expect(response.headers["content-security-policy"], url).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  }
});

test("large bodies, streamed or declared, get 413 without the server's memory growing", async () => {
  test.setTimeout(120_000);
  const lead = await sessionOf(PERSONAS.lead, "", false);
  const admin = await sessionOf(PERSONAS.admin, "", false);
  const draft = (await api("GET", "/", lead)).text.match(/\/assessments\/([0-9a-f-]{36})/)?.[1] ?? "";
  // Warm up the routes first, so that their one-off loading does not count as growth.
  await streamBodyTo(`${base}/api/auth/sign-in/email`, 1, { headers: { origin } });
  await streamBodyTo(`${base}/api/assessments/${draft}/answers`, 1, { headers: { origin, cookie: lead } });
  const before = rssKb(server.pid);
  const results = [];
  for (let i = 0; i < 3; i++) {
    results.push(await streamBodyTo(`${base}/api/auth/sign-in/email`, 200, { headers: { origin } }));
    results.push(
      await streamBodyTo(`${base}/api/auth/sign-in/email`, 200, { declared: true, headers: { origin } }),
    );
    results.push(
      await streamBodyTo(`${base}/api/assessments/${draft}/answers`, 40, {
        headers: { origin, cookie: lead },
      }),
    );
    results.push(
      await streamBodyTo(`${base}/api/organizations/${NORTHWIND_ID}/imports`, 40, {
        headers: { origin, cookie: admin },
      }),
    );
  }
  const growthMb = (rssKb(server.pid) - before) / 1024;
  console.log(
    `Server memory over 12 oversized bodies (${results.map((r) => (r.sentBytes / 2 ** 20).toFixed(0)).join(", ")} MB sent before the answer): ${growthMb.toFixed(1)} MB growth`,
  );
  expect(results.map((r) => r.status)).toEqual(Array.from({ length: 12 }, () => 413));
  expect(growthMb).toBeLessThan(16);
});

// Closing at once would reset the connection, and a reset can destroy the 413 before the client has
// read it (it would see a broken pipe instead); closing after a few seconds keeps the answer.
test("a client that goes on sending after its 413 keeps the connection a few seconds, no longer", async () => {
  const { status, closedAfterMs } = await sendPastTheAnswer(`${base}/api/auth/sign-in/email`, { origin });
  expect(status).toBe(413);
  expect(closedAfterMs).toBeGreaterThan(1_000);
  expect(closedAfterMs).toBeLessThan(10_000);
});

test("names are held to the form's rule at every entry, better-auth's included", async () => {
  const tooLong = await postJsonFrom(
    FROM,
    `${base}/api/auth/sign-up/email`,
    { name: "x".repeat(200), email: "long-name@example.test", password: "hardening-password-1" },
    { origin },
  );
  expect(tooLong.status).toBe(400);
  expect(tooLong.text).toMatch(/at most 80 characters/);
  const huge = await postJsonFrom(
    FROM,
    `${base}/api/auth/sign-up/email`,
    { name: "x".repeat(1_000_000), email: "huge-name@example.test", password: "hardening-password-1" },
    { origin },
  );
  expect(huge.status).toBe(413);
  const bidi = await postJsonFrom(
    FROM,
    `${base}/api/auth/sign-up/email`,
    { name: "Evil \u202egnp.exe", email: "bidi@example.test", password: "hardening-password-1" },
    { origin },
  );
  expect(bidi.status).toBe(400);

  const cookie = await sessionOf("renamer@example.test", "Renamer", true);
  expect((await api("POST", "/api/auth/update-user", cookie, { name: "y".repeat(2_000_000) })).status).toBe(
    413,
  );
  expect((await api("POST", "/api/auth/update-user", cookie, { name: "y".repeat(81) })).status).toBe(400);
  expect((await api("POST", "/api/auth/update-user", cookie, { name: "Tab\tName" })).status).toBe(400);
  expect((await api("POST", "/api/auth/update-user", cookie, { name: "Ren Amer" })).status).toBe(200);
  const organization = await api("POST", "/api/organizations", cookie, { name: "Mirror \u2066Corp\u2069" });
  expect(organization.status).toBe(400);
});

test("teams whose names have no Latin letters are distinct, and an import lands in the team of its exact name", async () => {
  const cookie = await sessionOf("polyglot@example.test", "Polyglot Admin", true);
  const { id: organizationId } = data<{ id: string }>(
    await api("POST", "/api/organizations", cookie, { name: "Polyglot" }),
  );
  const teamIds: Record<string, string> = {};
  for (const name of ["Команда Альфа", "Команда Бета", "データチーム"]) {
    const response = await api("POST", `/api/organizations/${organizationId}/teams`, cookie, {
      name,
      businessUnit: "Research",
      ownershipModel: "shared",
      structure: "embedded",
    });
    expect(response.status, `${name}: ${response.text}`).toBe(200);
    teamIds[name] = data<{ id: string }>(response).id;
  }
  const me = JSON.parse((await api("GET", "/api/auth/get-session", cookie)).text) as { user: { id: string } };
  await api("PUT", `/api/organizations/${organizationId}/members/${me.user.id}/teams`, cookie, {
    teamId: teamIds["Команда Альфа"],
    role: "lead",
  });
  const { id: assessmentId } = data<{ id: string }>(
    await api("POST", "/api/assessments/start", cookie, { teamId: teamIds["Команда Альфа"] }),
  );
  expect((await api("POST", `/api/assessments/${assessmentId}/submit`, cookie, {})).status).toBe(200);
  const exported = JSON.parse(
    (await api("GET", `/api/assessments/${assessmentId}/export.json`, cookie)).text,
  ) as { team: { name: string } };
  const imported = await api("POST", `/api/organizations/${organizationId}/imports`, cookie, {
    ...exported,
    team: { ...exported.team, name: "Команда Бета" },
  });
  expect(imported.status, imported.text).toBe(200);
  expect(data<{ teamId: string }>(imported).teamId).toBe(teamIds["Команда Бета"]);
});

test("signed in, no return path leads to another site", async ({ playwright }) => {
  const context = await playwright.request.newContext({ storageState: storageStateOf("lead") });
  for (const page of ["/sign-in", "/sign-up"]) {
    for (const next of ["%2F.%2F%2Fevil.example%2Fx", "%2F..%2F%2Fevil.example", "%2F%5Cevil.example"]) {
      const response = await context.get(`${test.info().project.use.baseURL}${page}?next=${next}`, {
        maxRedirects: 0,
      });
      expect(response.status(), `${page}?next=${next}`).toBe(307);
      expect(response.headers()["location"], `${page}?next=${next}`).toBe("/");
    }
  }
  await context.dispose();
});

test("the health endpoints answer without signing in", async () => {
  expect(JSON.parse((await requestFrom(FROM, `${base}/api/health/live`)).text)).toEqual({ status: "live" });
  const ready = await requestFrom(FROM, `${base}/api/health/ready`);
  expect(ready.status).toBe(200);
  expect(JSON.parse(ready.text)).toEqual({ status: "ready" });
});

test("the organisation page names who made each open link", async ({ playwright }) => {
  const context = await playwright.request.newContext({ storageState: storageStateOf("admin") });
  const site = test.info().project.use.baseURL ?? "";
  const created = await context.post(`${site}/api/organizations/${NORTHWIND_ID}/invitations`, {
    data: { role: "member" },
    headers: { origin: site },
  });
  expect(created.status()).toBe(200);
  expect(await (await context.get(`${site}/organizations/${NORTHWIND_ID}`)).text()).toMatch(
    /created [^<]*by (<!-- -->)?Ada Admin/,
  );
  await context.dispose();
});

test("impossible dates are refused; extreme accepted data keeps the dashboard and PDFs bounded while another organisation is served", async () => {
  test.setTimeout(240_000);
  const cookie = await sessionOf("hostile@example.test", "Hostile Admin", true);
  const { id: organizationId } = data<{ id: string }>(
    await api("POST", "/api/organizations", cookie, { name: "Hostile Data" }),
  );
  const { id: teamId } = data<{ id: string }>(
    await api("POST", `/api/organizations/${organizationId}/teams`, cookie, {
      name: "Seed team",
      businessUnit: "Edge",
      ownershipModel: "shared",
      structure: "embedded",
    }),
  );
  const me = JSON.parse((await api("GET", "/api/auth/get-session", cookie)).text) as { user: { id: string } };
  await api("PUT", `/api/organizations/${organizationId}/members/${me.user.id}/teams`, cookie, {
    teamId,
    role: "lead",
  });
  const { id: assessmentId } = data<{ id: string }>(
    await api("POST", "/api/assessments/start", cookie, { teamId }),
  );
  // Every question of the form, answered with the longest note and link the API accepts.
  // The form shows one section per screen: read every one.
  const form = (
    await Promise.all(
      ["context", "data", "model", "code"].map(
        async (section) => (await api("GET", `/assessments/${assessmentId}?section=${section}`, cookie)).text,
      ),
    )
  ).join("\n");
  const questionIds = [
    ...new Set([...form.matchAll(/fieldset[^>]* id="([a-z0-9-]+)"/g)].map((m) => m[1] ?? "")),
  ];
  expect(questionIds.length).toBeGreaterThan(30);
  const note = Array.from({ length: 4000 }, (_, i) => "abcdefghijklmnopqrstuvwxyz0123456789"[i % 36]).join(
    "",
  );
  const link = `https://evidence.example/${"p".repeat(1970)}`;
  for (const questionId of questionIds) {
    // The first option shown (context questions have no "don't know").
    const optionId = new RegExp(`name="q-${questionId}" value="([^"]+)"`).exec(form)?.[1] ?? "";
    const saved = await api("POST", `/api/assessments/${assessmentId}/answers`, cookie, {
      questionId,
      answer: { kind: "option", optionId },
      note,
      evidenceUrl: link,
    });
    expect(saved.status, saved.text).toBe(200);
  }
  expect((await api("POST", `/api/assessments/${assessmentId}/submit`, cookie, {})).status).toBe(200);
  const exported = JSON.parse(
    (await api("GET", `/api/assessments/${assessmentId}/export.json`, cookie)).text,
  ) as { assessment: Record<string, unknown>; exportedAt: string; team: Record<string, unknown> };
  const withDates = (team: string, createdAt: string, submittedAt: string) => ({
    ...exported,
    exportedAt: new Date().toISOString(),
    team: { ...exported.team, name: team },
    assessment: { ...exported.assessment, createdAt, submittedAt },
  });

  for (const [createdAt, submittedAt] of [
    ["0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00.000Z"],
    ["2026-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z"],
    ["2026-02-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
  ]) {
    const refused = await api(
      "POST",
      `/api/organizations/${organizationId}/imports`,
      cookie,
      withDates("Seed team", createdAt ?? "", submittedAt ?? ""),
    );
    expect(refused.status, `${createdAt} → ${submittedAt}`).toBe(400);
  }

  // The extremes that are accepted: assessments from 2000 to today, spread over many teams.
  const now = Date.now();
  const start = Date.parse("2000-01-01T00:00:00.000Z");
  for (let i = 0; i < 60; i++) {
    const at = new Date(start + ((now - 60_000 - start) * i) / 59).toISOString();
    const imported = await api(
      "POST",
      `/api/organizations/${organizationId}/imports`,
      cookie,
      withDates(`Team ${"n".repeat(70)} ${String(i % 30).padStart(2, "0")}`, at, at),
    );
    expect(imported.status, imported.text).toBe(200);
  }

  const manager = await sessionOf(PERSONAS.manager, "", false);
  const timed = async (url: string, who: string) => {
    const t = Date.now();
    const response = await api("GET", url, who);
    return { url, status: response.status, bytes: Buffer.byteLength(response.text), ms: Date.now() - t };
  };
  // Another organisation's page, timed again and again while the hostile organisation's pages and reports render.
  const others: number[] = [];
  let busy = true;
  const watcher = (async () => {
    while (busy) {
      others.push((await timed(`/api/health/ready`, "")).ms);
      others.push((await timed(`/organizations/${NORTHWIND_ID}/dashboard`, manager)).ms);
    }
  })();
  const hostile = [
    await timed(`/organizations/${organizationId}/dashboard`, cookie),
    await timed(`/api/organizations/${organizationId}/dashboard.pdf`, cookie),
    await timed(`/api/organizations/${organizationId}/dashboard.csv`, cookie),
    await timed(`/teams/${teamId}`, cookie),
    await timed(`/api/assessments/${assessmentId}/report.pdf`, cookie),
  ];
  busy = false;
  await watcher;
  console.log(
    "Hostile organisation:",
    hostile
      .map((h) => `${h.url.split("/").pop()} ${h.status} ${(h.bytes / 1024).toFixed(0)} kB ${h.ms} ms`)
      .join("; "),
  );
  console.log(`Another organisation meanwhile: ${others.length} requests, slowest ${Math.max(...others)} ms`);
  for (const h of hostile) expect(h.status, h.url).toBe(200);
  expect(hostile[0]?.bytes ?? 0, "dashboard HTML").toBeLessThan(1_000_000);
  for (const h of hostile.slice(0, 4)) expect(h.ms, h.url).toBeLessThan(10_000);
  expect(Math.max(...others), "the slowest request of another organisation").toBeLessThan(3_000);

  // The quarterly series stops at 40 quarters, however far back the assessments go.
  const page = (await api("GET", `/organizations/${organizationId}/dashboard`, cookie)).text;
  const quarters = new Set(page.match(/\d{4}-Q[1-4]/g) ?? []);
  expect(quarters.size).toBeLessThanOrEqual(40);
  expect(quarters.has("2000-Q1")).toBe(false);

  // Every character of a 4,000-character note without spaces is in the report.
  const pdfFile = path.join(dataDir, "hostile.pdf");
  const pdf = await fetch(`${base}/api/assessments/${assessmentId}/report.pdf`, { headers: { cookie } });
  fs.writeFileSync(pdfFile, Buffer.from(await pdf.arrayBuffer()));
  const text = execFileSync("pdftotext", [pdfFile, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .replace(/-\n/g, "")
    .replace(/\s+/g, "");
  expect(text).toContain(`Note:${note}`);
  expect(text).toContain(link);
});
