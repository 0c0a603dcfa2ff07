import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer } from "../support/app-server";
import { postJsonFrom } from "../support/http-from";
import { PERSONAS, signIn } from "./auth";
import { sparePort } from "./support";

/** Password guessing is throttled, a signed-out session stays dead, and a password reset works without mail. */

test.use({ storageState: { cookies: [], origins: [] } });

/**
 * Each test speaks from loopback addresses of its own (127.0.N.x): the per-address limits see a
 * different client per address, and the rest of the suite (on 127.0.0.1) is not throttled by it.
 */
const signInFrom = (
  from: string,
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) => postJsonFrom(from, `${base}/api/auth/sign-in/email`, { email, password }, headers);

test("repeated failed sign-ins lock the account, even from changing addresses; the message offers a reset", async ({
  baseURL,
}) => {
  const base = baseURL ?? "";
  const email = "guess-target@example.test";
  const password = "the-right-password";
  expect(
    (await postJsonFrom("127.0.1.100", `${base}/api/auth/sign-up/email`, { name: "Target", email, password }))
      .status,
  ).toBe(200);

  for (let attempt = 1; attempt <= 5; attempt++) {
    expect(
      (await signInFrom(`127.0.1.${attempt}`, base, email, `guess-${attempt}-wrong`)).status,
      `attempt ${attempt}`,
    ).toBe(401);
  }
  // Even the right password is refused now, from yet another address.
  const blocked = await signInFrom("127.0.1.77", base, email, password);
  expect(blocked.status).toBe(429);
  expect(JSON.parse(blocked.text)).toMatchObject({
    code: "ACCOUNT_LOCKED",
    message: expect.stringMatching(/Too many failed sign-ins for this account.*reset your password/),
  });
});

test("a browser that signed in to the account before is not locked out by a stranger's guesses", async ({
  baseURL,
}) => {
  const base = baseURL ?? "";
  const email = "owner-with-device@example.test";
  const password = "the-owners-password";
  const signUp = await postJsonFrom("127.0.4.1", `${base}/api/auth/sign-up/email`, {
    name: "Owner",
    email,
    password,
  });
  expect(signUp.status).toBe(200);
  const ownSignIn = await signInFrom("127.0.4.1", base, email, password);
  expect(ownSignIn.status).toBe(200);
  const deviceCookie = (ownSignIn.headers["set-cookie"] ?? [])
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.includes("device="));
  expect(deviceCookie, "the sign-in sets a device cookie").toBeTruthy();

  for (let attempt = 1; attempt <= 6; attempt++)
    await signInFrom(`127.0.4.${10 + attempt}`, base, email, `stranger-guess-${attempt}`);
  expect(
    (await signInFrom("127.0.4.30", base, email, password)).status,
    "the account is locked for everyone else",
  ).toBe(429);
  expect(
    (await signInFrom("127.0.4.1", base, email, password, { cookie: deviceCookie ?? "" })).status,
    "the owner's browser still signs in",
  ).toBe(200);
});

test("the sign-in form offers a password reset when the account is locked", async ({ page, baseURL }) => {
  const base = baseURL ?? "";
  const email = "locked-in-browser@example.test";
  expect(
    (
      await postJsonFrom("127.0.5.1", `${base}/api/auth/sign-up/email`, {
        name: "Locked",
        email,
        password: "the-right-password",
      })
    ).status,
  ).toBe(200);
  for (let attempt = 1; attempt <= 5; attempt++)
    await signInFrom(`127.0.5.${10 + attempt}`, base, email, `wrong-${attempt}-guess`);
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" });
  await expect(alert).toContainText("Too many failed sign-ins for this account");
  await expect(alert.getByRole("link", { name: "Reset your password" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
});

test("a burst of parallel guesses gets no more tries than one after another", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const email = "burst-target@example.test";
  expect(
    (
      await postJsonFrom("127.0.2.100", `${base}/api/auth/sign-up/email`, {
        name: "Burst",
        email,
        password: "the-right-password",
      })
    ).status,
  ).toBe(200);
  const statuses = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signInFrom(`127.0.2.${i + 1}`, base, email, `parallel-guess-${i}`).then((r) => r.status),
    ),
  );
  expect(statuses.filter((s) => s === 401)).toHaveLength(5);
  expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  expect((await signInFrom("127.0.2.99", base, email, "the-right-password")).status).toBe(429);
});

test("repeated sign-ins from one address are throttled, and a forged X-Forwarded-For does not change the address", async ({
  baseURL,
}) => {
  const base = baseURL ?? "";
  const plain: number[] = [];
  for (let i = 0; i < 25; i++)
    plain.push((await signInFrom("127.0.3.50", base, `nobody-${i}@example.test`, "not-a-password")).status);
  expect(plain.slice(0, 20).every((s) => s === 401)).toBe(true);
  expect(plain.slice(20).every((s) => s === 429)).toBe(true);

  const forged: number[] = [];
  for (let i = 0; i < 25; i++)
    forged.push(
      (
        await signInFrom("127.0.3.51", base, `forger-${i}@example.test`, "not-a-password", {
          "x-forwarded-for": `203.0.113.${i}`,
        })
      ).status,
    );
  expect(forged.slice(20).every((s) => s === 429)).toBe(true);
});

test("sign-up and password-reset limits hold against forged X-Forwarded-For", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const signUps: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await postJsonFrom(
      "127.0.3.60",
      `${base}/api/auth/sign-up/email`,
      { name: "Flood", email: `flood-${i}@example.test`, password: "flood-password-1" },
      { "x-forwarded-for": `198.51.100.${i}` },
    );
    signUps.push(response.status);
  }
  expect(signUps.slice(0, 10).every((s) => s === 200)).toBe(true);
  expect(signUps.slice(10)).toEqual([429, 429]);

  const resets: number[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await postJsonFrom(
      "127.0.3.61",
      `${base}/api/auth/request-password-reset`,
      { email: "victim@example.test", redirectTo: "/reset-password" },
      { "x-forwarded-for": `192.0.2.${i}` },
    );
    resets.push(response.status);
  }
  expect(resets.slice(0, 3).every((s) => s === 200)).toBe(true);
  expect(resets.slice(3)).toEqual([429, 429]);
});

test("a session cookie is rejected after sign-out", async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  const context = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  await signIn(context, base, PERSONAS.member);
  const { cookies } = await context.storageState();
  expect(
    ((await (await context.get("/api/auth/get-session")).json()) as { user: { email: string } }).user.email,
  ).toBe(PERSONAS.member);
  expect((await context.post("/api/auth/sign-out", { data: {} })).status()).toBe(200);
  await context.dispose();

  // The old cookie, replayed as it was before sign-out.
  const replay = await playwright.request.newContext({
    baseURL: base,
    storageState: { cookies, origins: [] },
  });
  expect(await (await replay.get("/api/auth/get-session")).json()).toBeNull();
  const page = await replay.get("/", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toMatch(/^\/sign-in/);
  const write = await replay.post("/api/organizations", {
    data: { name: "Replayed" },
    headers: { origin: base },
  });
  expect(write.status()).toBe(401);
  await replay.dispose();
});

test("a password reset link goes to the server log without mail, and sets a new password", async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-reset-"));
  const server = await startAppServer({ port: sparePort(92), env: { DATA_DIR: dataDir } });
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

    const context = await playwright.request.newContext({
      baseURL: base,
      extraHTTPHeaders: { origin: base },
    });
    expect(
      (
        await context.post("/api/auth/sign-in/email", {
          data: { email: PERSONAS.member, password: "northwind-demo" },
        })
      ).status(),
    ).toBe(401);
    await signIn(context, base, PERSONAS.member, "a-brand-new-password");
    await context.dispose();
  } finally {
    await server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
