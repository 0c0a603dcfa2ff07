import { expect, test, type Page } from "@playwright/test";
import { NORTHWIND_ID, storageStateOf } from "./auth";

/**
 * The forms check their input in the browser with the schemas their routes use: a refused form
 * shows each message beside its field (tied to it for screen readers), moves the focus to the
 * first field in error and sends nothing; once submitted, a corrected field is checked again as
 * the user types.
 */

/** Fails the test when the page calls the app's API (a form refused in the browser sends nothing). */
function expectNoApiCalls(page: Page): () => void {
  const calls: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) calls.push(`${request.method()} ${url.pathname}`);
  });
  return () => expect(calls).toEqual([]);
}

async function expectFieldError(page: Page, label: string, message: string) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.()?]/g, "\\$&")));
  await expect(page.getByText(message, { exact: true })).toBeVisible();
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("sign-in: empty fields are refused in the browser, and a corrected field is checked as it is typed", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    const noCalls = expectNoApiCalls(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectFieldError(page, "E-mail", "Enter an e-mail address, such as name@example.com.");
    await expectFieldError(page, "Password", "Enter your password.");
    await expect(page.getByLabel("E-mail")).toBeFocused();

    await page.getByLabel("E-mail").fill("lead@northwind");
    await expectFieldError(page, "E-mail", "Enter an e-mail address, such as name@example.com.");
    await page.getByLabel("E-mail").fill("lead@northwind.example");
    await expect(page.getByLabel("E-mail")).not.toHaveAttribute("aria-invalid");
    await expect(page.getByText("Enter an e-mail address, such as name@example.com.")).toHaveCount(0);
    await expectFieldError(page, "Password", "Enter your password.");
    noCalls();
  });

  test("sign-in: when the checks cannot be fetched the form says so and sends nothing, and checks on the next try", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await page.waitForLoadState("networkidle");
    const noCalls = expectNoApiCalls(page);
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
      "No connection to the server. Check your network and try again; nothing was changed.",
    );
    await page.unroute("**/_next/static/chunks/**");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectFieldError(page, "Password", "Enter your password.");
    noCalls();
  });

  test("sign-up: a short name and a short password are refused with the rule they break", async ({
    page,
  }) => {
    await page.goto("/sign-up");
    const noCalls = expectNoApiCalls(page);
    await page.getByLabel("Your name").fill("A");
    await page.getByLabel("E-mail").fill("someone@example.com");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expectFieldError(page, "Your name", "The name needs at least 2 characters.");
    await expectFieldError(page, "Password", "The password needs at least 10 characters.");
    await expect(page.getByLabel("Your name")).toBeFocused();
    noCalls();
  });

  test("forgot-password: an address that is not one is refused", async ({ page }) => {
    await page.goto("/forgot-password");
    const noCalls = expectNoApiCalls(page);
    await page.getByLabel("E-mail").fill("not an address");
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await expectFieldError(page, "E-mail", "Enter an e-mail address, such as name@example.com.");
    noCalls();
  });
});

test.describe("the organisation's admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("adding a team, the review cadence and an import are checked before they are sent", async ({
    page,
  }) => {
    await page.goto(`/organizations/${NORTHWIND_ID}`);
    const noCalls = expectNoApiCalls(page);
    await page.getByText("Add a team", { exact: true }).click();
    const addTeam = page.getByRole("form", { name: "Add a team" });
    await addTeam.getByLabel("Team name").fill("X");
    await addTeam.getByRole("button", { name: "Add team" }).click();
    await expectFieldError(page, "Team name", "The team's name needs at least 2 characters.");
    await expectFieldError(page, "Business unit", "The business unit needs at least 2 characters.");
    await expect(addTeam.getByLabel("Team name")).toBeFocused();

    const cadence = page.getByRole("form", { name: "Review cadence" });
    const days = cadence.getByLabel("Answers are due for review after (days)");
    await expect(days).not.toHaveValue("");
    await days.fill("3");
    await cadence.getByRole("button", { name: "Save" }).click();
    await expectFieldError(page, "Answers are due for review after (days)", "At least 30 days.");
    await days.fill("45.5");
    await expectFieldError(page, "Answers are due for review after (days)", "Enter a whole number of days.");

    const importForm = page.getByRole("form", { name: "Import an assessment" });
    await importForm.getByRole("button", { name: "Import" }).click();
    await expect(importForm.getByRole("alert")).toHaveText("Choose an exported assessment (.json) first.");
    noCalls();
  });
});

test("settings: a token needs a name and something it may do", async ({ page }) => {
  await page.goto("/settings");
  const noCalls = expectNoApiCalls(page);
  const form = page.getByRole("form", { name: "Make a token" });
  await expect(form.getByLabel("read the team's assessments and results")).toBeChecked();
  await form.getByLabel("read the team's assessments and results").uncheck();
  await form.getByRole("button", { name: "Make token" }).click();
  await expectFieldError(page, "Name", "The token's name needs at least 2 characters.");
  await expect(form.getByText("Pick at least one thing the token may do.")).toBeVisible();
  await expect(form.getByLabel("Name")).toBeFocused();
  await form.getByLabel("post evidence from the team's repositories (leads of the team only)").check();
  await expect(form.getByText("Pick at least one thing the token may do.")).toHaveCount(0);
  noCalls();
});
