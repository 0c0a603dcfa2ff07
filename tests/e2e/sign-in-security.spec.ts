import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer } from "../support/app-server";
import { PERSONAS, signIn } from "./auth";

/** Password guessing is throttled, a signed-out session stays dead, and a password reset works without mail. */

test.use({ storageState: { cookies: [], origins: [] } });

test("repeated failed sign-ins are throttled per account, even from changing addresses", async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  const context = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const email = "guess-target@example.test";
  const password = "the-right-password";
  expect((await context.post("/api/auth/sign-up/email", { data: { name: "Target", email, password } })).status()).toBe(200);
  await context.post("/api/auth/sign-out", { data: {} });

  for (let attempt = 1; attempt <= 5; attempt++) {
    const wrong = await context.post("/api/auth/sign-in/email", { data: { email, password: `guess-${attempt}-wrong` }, headers: { "x-forwarded-for": `198.51.100.${attempt}` } });
    expect(wrong.status(), `attempt ${attempt}`).toBe(401);
  }
  // Even the right password is refused now, from yet another address.
  const blocked = await context.post("/api/auth/sign-in/email", { data: { email, password }, headers: { "x-forwarded-for": "198.51.100.77" } });
  expect(blocked.status()).toBe(429);
  expect(((await blocked.json()) as { message: string }).message).toMatch(/Too many failed sign-ins for this account/);
  await context.dispose();
});

test("a burst of parallel guesses gets no more tries than one after another", async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  const context = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const email = "burst-target@example.test";
  expect((await context.post("/api/auth/sign-up/email", { data: { name: "Burst", email, password: "the-right-password" } })).status()).toBe(200);
  await context.post("/api/auth/sign-out", { data: {} });
  const statuses = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      context.post("/api/auth/sign-in/email", { data: { email, password: `parallel-guess-${i}` }, headers: { "x-forwarded-for": `192.0.2.${i + 1}` } }).then((r) => r.status()),
    ),
  );
  expect(statuses.filter((s) => s === 401)).toHaveLength(5);
  expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  expect((await context.post("/api/auth/sign-in/email", { data: { email, password: "the-right-password" } })).status()).toBe(429);
  await context.dispose();
});

test("repeated sign-ins from one address are throttled", async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  const context = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base, "x-forwarded-for": "203.0.113.50" } });
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) {
    const response = await context.post("/api/auth/sign-in/email", { data: { email: `nobody-${i}@example.test`, password: "not-a-password" } });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
  await context.dispose();
});

test("a session cookie is rejected after sign-out", async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  const context = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  await signIn(context, base, PERSONAS.member);
  const { cookies } = await context.storageState();
  expect(((await (await context.get("/api/auth/get-session")).json()) as { user: { email: string } }).user.email).toBe(PERSONAS.member);
  expect((await context.post("/api/auth/sign-out", { data: {} })).status()).toBe(200);
  await context.dispose();

  // The old cookie, replayed as it was before sign-out.
  const replay = await playwright.request.newContext({ baseURL: base, storageState: { cookies, origins: [] } });
  expect(await (await replay.get("/api/auth/get-session")).json()).toBeNull();
  const page = await replay.get("/", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toMatch(/^\/sign-in/);
  const write = await replay.post("/api/organizations", { data: { name: "Replayed" }, headers: { origin: base } });
  expect(write.status()).toBe(401);
  await replay.dispose();
});

test("a password reset link goes to the server log without mail, and sets a new password", async ({ page, playwright }) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-reset-"));
  const server = await startAppServer({ port: 3192, env: { DATA_DIR: dataDir } });
  try {
    const base = server.baseURL;
    await page.goto(`${base}/forgot-password`);
    await page.getByLabel("E-mail").fill(PERSONAS.member);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(page.getByRole("status")).toContainText("a link to choose a new password is on its way");
    const resetLink = () => server.output().match(/http:\/\/\S+\/api\/auth\/reset-password\/\S+/)?.[0] ?? "";
    await expect.poll(resetLink, { timeout: 10_000 }).not.toBe("");
    const link = resetLink();
    await page.goto(link.replace(/^http:\/\/localhost:\d+/, base));
    await expect(page).toHaveURL(/\/reset-password\?token=/);
    await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password is changed");

    const context = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
    expect((await context.post("/api/auth/sign-in/email", { data: { email: PERSONAS.member, password: "northwind-demo" } })).status()).toBe(401);
    await signIn(context, base, PERSONAS.member, "a-brand-new-password");
    await context.dispose();
  } finally {
    await server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
