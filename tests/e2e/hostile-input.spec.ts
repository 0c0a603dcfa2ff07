import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { stableId } from "@/server/seed/stable-id";
import { NORTHWIND_ID, storageStateOf, teamIdOf } from "./auth";

/** Odd URLs and bodies on the newer entry points: a clear 4xx or an ordinary page, never a 5xx. */

test.use({ storageState: storageStateOf("admin") });

const TEAM = teamIdOf("fraud-detection");
const SUBMITTED = stableId("assessment:fraud-detection:2");
const NUL = "%00";

test("query strings with control characters, bad values and out-of-range pages get a page or a 4xx", async ({
  page,
}) => {
  const urls = [
    `/organizations/${NORTHWIND_ID}/dashboard?sort=zzz&dir=up&page=-3&unit=${NUL}&ownership=x&version=%27;drop`,
    `/organizations/${NORTHWIND_ID}/dashboard?page=1000&unit=${"x".repeat(500)}`,
    `/organizations/${NORTHWIND_ID}/compare?team=1&team=2`,
    `/organizations/${NORTHWIND_ID}/compare?${Array.from({ length: 7 }, () => `team=${TEAM}`).join("&")}`,
    `/teams/${TEAM}?from=${SUBMITTED}&to=junk`,
    `/api/organizations/${NORTHWIND_ID}/dashboard.csv?page=99999&unit=${NUL}`,
    `/api/organizations/${NORTHWIND_ID}/dashboard.pdf?paper=zzz&version=${NUL}`,
    `/api/assessments/${SUBMITTED}/report.pdf?lens=%3Cscript%3E&paper=letter`,
    `/api/assessments/${SUBMITTED}/plan.csv?lens=${NUL}`,
    `/invitations/${NUL.repeat(20)}`,
  ];
  const failures: string[] = [];
  for (const url of urls) {
    const response = await page.request.get(url);
    if (response.status() >= 500) failures.push(`${response.status()} ${url}`);
  }
  expect(failures).toEqual([]);
});

test("bodies carrying NUL characters are refused with a message", async ({ page, baseURL }) => {
  const headers = { origin: baseURL ?? "" };
  const organization = await page.request.post("/api/organizations", {
    data: { name: "Evil\u0000Corp" },
    headers,
  });
  expect(organization.status()).toBe(400);
  const team = await page.request.post(`/api/organizations/${NORTHWIND_ID}/teams`, {
    data: { name: "A\u0000", businessUnit: "B", ownershipModel: "shared", structure: "embedded" },
    headers,
  });
  expect(team.status()).toBe(400);
  const exported = await (await page.request.get(`/api/assessments/${SUBMITTED}/export.json`)).json();
  const imported = await page.request.post(`/api/organizations/${NORTHWIND_ID}/imports`, {
    data: { ...exported, team: { ...exported.team, name: "Fraud\u0000" } },
    headers,
  });
  expect(imported.status()).toBe(400);
  expect(((await imported.json()) as { message: string }).message).toMatch(/control characters|NUL/);
  const signIn = await page.request.post("/api/auth/sign-in/email", {
    data: { email: "nul\u0000@example.test", password: "whatever-it-is" },
    headers,
  });
  expect(signIn.status()).toBeLessThan(500);
  expect(signIn.status()).toBeGreaterThanOrEqual(400);
});

test("random query parameters on every page and export never get a 5xx", async ({ page }) => {
  test.setTimeout(120_000);
  const draft = stableId("assessment:fraud-detection:draft");
  const paths = [
    "/",
    `/assessments/${draft}`,
    `/assessments/${SUBMITTED}/results`,
    `/teams/${TEAM}`,
    `/organizations/${NORTHWIND_ID}`,
    `/organizations/${NORTHWIND_ID}/dashboard`,
    `/organizations/${NORTHWIND_ID}/compare`,
    `/api/organizations/${NORTHWIND_ID}/dashboard.csv`,
    `/api/assessments/${SUBMITTED}/plan.csv`,
    `/api/assessments/${SUBMITTED}/export.json`,
  ];
  const keys = ["lens", "sort", "dir", "page", "unit", "ownership", "version", "team", "from", "to", "paper"];
  const failures: string[] = [];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...paths),
      fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ unit: "binary", maxLength: 40 })), {
        maxLength: 4,
      }),
      async (path, params) => {
        const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const response = await page.request.get(`${path}?${query}`, { maxRedirects: 0 });
        if (response.status() >= 500) failures.push(`${response.status()} ${path}?${query}`);
        return response.status() < 500;
      },
    ),
    { numRuns: 300, seed: 20261125 },
  );
  expect(failures).toEqual([]);
});
