import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer, startExpectingExit, type AppServer } from "../support/app-server";
import { startOidcProvider, type OidcProvider } from "../support/oidc-provider";
import { NORTHWIND_ID, PERSONAS, signIn } from "./auth";

/**
 * Single sign-on against a real OpenID Connect provider on this machine: a user signs in there and
 * lands in the app, joins the demo organisation by invitation and is made manager by its admin.
 * A wrong issuer or client secret stops start-up with one line. The app runs as a server of the
 * test's own, since OIDC_* is read when it starts.
 */

const CLIENT = { id: "mlops-maturity", secret: "a-client-secret-only-this-test-knows" };
const ROBIN = { login: "robin", email: "robin@sso.northwind.example", name: "Robin Single" };
const SSO_NAME = "Northwind SSO";

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ storageState: { cookies: [], origins: [] } });

let provider: OidcProvider;
let server: AppServer;
const dataDirs: string[] = [];

function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-oidc-"));
  dataDirs.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function oidcEnv(issuer: string, secret = CLIENT.secret): Record<string, string> {
  return { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: secret, OIDC_NAME: SSO_NAME };
}

test.beforeAll(async () => {
  const port = await freePort();
  // The provider sends users back to APP_URL's callback; the browser must stay on that one origin.
  const appUrl = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider({
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    redirectUri: `${appUrl}/api/auth/callback/oidc`,
    accounts: [ROBIN],
  });
  server = await startAppServer({
    port,
    env: { DATA_DIR: freshDataDir(), APP_URL: appUrl, ...oidcEnv(provider.issuer) },
  });
});

test.afterAll(async () => {
  await server?.kill("SIGTERM");
  await provider?.stop();
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

test("a user signs in through the provider, joins by invitation, and the admin makes them manager", async ({
  page,
  browser,
}) => {
  const base = server.baseURL;

  await test.step("sign in through the provider's own login page", async () => {
    await page.goto(`${base}/sign-in`);
    await page.getByRole("button", { name: `Sign in with ${SSO_NAME}` }).click();
    await page.waitForURL(`${provider.issuer}/interaction/**`);
    await page.locator("input[name=login]").fill(ROBIN.login);
    await page.locator("input[name=password]").fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`${base}/`);
    await expect(page.getByTestId("signed-in-as")).toHaveText(ROBIN.name);
    await expect(page.getByRole("form", { name: "Create an organisation" })).toBeVisible();
  });

  const admin = await browser.newContext();
  try {
    await signIn(admin.request, base, PERSONAS.admin);
    const organization = await admin.newPage();
    const organizationUrl = `${base}/organizations/${NORTHWIND_ID}`;

    const link = await test.step("the admin creates an invitation link", async () => {
      await organization.goto(organizationUrl);
      const form = organization.getByRole("form", { name: "Invite someone" });
      await form.getByLabel("Role in the organisation").selectOption("member");
      await form.getByLabel("Team", { exact: true }).selectOption({ label: "No team" });
      await form.getByRole("button", { name: "Create invitation link" }).click();
      await expect(organization.getByTestId("invitation-url")).toHaveValue(/\/invitations\/[\w-]{20,}$/);
      return organization.getByTestId("invitation-url").inputValue();
    });

    await test.step("the single-sign-on user opens it and joins as member", async () => {
      await page.goto(link);
      await expect(page.getByText(`You are signed in as ${ROBIN.email}.`)).toBeVisible();
      await page.getByRole("button", { name: "Join Northwind Labs" }).click();
      await page.waitForURL(`${base}/`);
      await expect(page.getByText("You are a member")).toBeVisible();
      expect((await page.goto(`${base}/organizations/${NORTHWIND_ID}/dashboard`))?.status()).toBe(404);
    });

    await test.step("the admin makes them manager, which holds and takes effect", async () => {
      await organization.reload();
      const role = organization.getByLabel(`Role of ${ROBIN.name}`, { exact: true });
      await role.selectOption("manager");
      await expect(role).toHaveValue("manager");
      await organization.reload();
      await expect(organization.getByTestId(`member-${ROBIN.email}`)).toBeVisible();
      await expect(role).toHaveValue("manager");

      expect((await page.goto(`${base}/organizations/${NORTHWIND_ID}/dashboard`))?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    });
  } finally {
    await admin.close();
  }
});

test("a wrong issuer or client secret stops start-up with one line that names the problem", async () => {
  const unused = await freePort();
  const cases = [
    {
      env: oidcEnv(`http://127.0.0.1:${unused}`),
      says: /cannot reach the OpenID Connect discovery document http:\/\/127\.0\.0\.1:\d+\/\.well-known\/openid-configuration \(connection refused\): check OIDC_ISSUER/,
    },
    {
      env: oidcEnv(provider.issuer.replace("127.0.0.1", "localhost")),
      says: new RegExp(
        `OIDC_ISSUER is http://localhost:\\d+, but the provider there names its issuer ${provider.issuer}: set OIDC_ISSUER=${provider.issuer}$`,
      ),
    },
    {
      env: oidcEnv(provider.issuer, "not-the-secret"),
      says: new RegExp(
        `the OpenID Connect provider refused client ${CLIENT.id} \\(HTTP 401, invalid_client\\): check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET$`,
      ),
    },
  ];
  // Each start migrates and seeds its own embedded database first; they run side by side.
  const results = await Promise.all(
    cases.map(async ({ env }) =>
      startExpectingExit({ port: await freePort(), env: { DATA_DIR: freshDataDir(), ...env } }),
    ),
  );
  for (const [i, result] of results.entries()) {
    const lines = result.stderr.trim().split("\n");
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: /);
    expect(lines[0]).toMatch(cases[i]?.says ?? /^$/);
  }
});
