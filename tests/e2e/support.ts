import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const SCREENSHOT_DIR = "tests/artifacts/screenshots";

/** Saves the first screen and the full page at desktop (1280 px) and phone (375 px) width; nothing may scroll sideways. */
export async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  for (const [label, width] of [
    ["desktop", 1280],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // Charts resize a moment after the viewport does: poll until the layout settles.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
        message: `${name} at ${width} px scrolls sideways`,
      })
      .toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${label}.png` });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${label}-full.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** WCAG 2.1 A and AA rules of axe; any violation fails the test with its rule and targets. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/**
 * A port for a test that starts its own server: E2E_PORT (the suite's server, 3100 by default)
 * plus an offset, so that two suites run side by side with different E2E_PORTs do not collide.
 */
export function sparePort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 3100) + offset;
}

/** A team context in which every question of the questionnaire applies (online, trained, in production). */
export const EVERY_QUESTION_APPLIES: Record<string, string> = {
  "models-in-production": "few",
  "serving-mode": "online",
  "model-kind": "trained",
  "label-delay": "fast",
  regulated: "personal-data",
  platform: "open-source",
};

/**
 * Calls the app's JSON API as a same-site browser would (with its Origin), expects 200 and returns
 * the reply's data: the fixtures' way of building organisations, teams and answers quickly.
 */
export function apiCaller(request: APIRequestContext, base: string) {
  return async <T>(url: string, data: unknown, method: "post" | "put" = "post"): Promise<T> => {
    const response = await request[method](url, { data, headers: { origin: base } });
    expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
    const body = (await response.json()) as { data?: T } & T;
    return body.data ?? body;
  };
}
