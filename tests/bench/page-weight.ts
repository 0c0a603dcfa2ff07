import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { startAppServer } from "../support/app-server";

/** The first-load goal per page: gzipped JavaScript before any chart is in view. */
export const FIRST_LOAD_GOAL_KB = 150;

/**
 * First-load JavaScript of each page of a production build, as a browser downloads it:
 * uncompressed and gzipped. "First load" is the scripts the page's HTML names, which the browser
 * runs before the page responds (Next.js's "First Load JS"). Counted apart: the code of the
 * charts in the first screen of a 1280×800 window, fetched after the page has loaded, and the code
 * fetched while the page is scrolled to its end (charts coming into view).
 */
export async function benchPageWeight(): Promise<Record<string, string | number>[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-weight-"));
  const server = await startAppServer({ port: await freePort(), env: { DATA_DIR: dataDir } });
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    // The lead of Fraud Detection (which has a draft and results), the manager for the dashboard
    // and the comparison, the admin for the organisation page.
    const lead = await signedInContext(browser, server.baseURL, "lead@northwind.example");
    const manager = await signedInContext(browser, server.baseURL, "manager@northwind.example");
    const admin = await signedInContext(browser, server.baseURL, "admin@northwind.example");
    const anonymous = await browser.newContext();
    const page = await lead.newPage();
    await page.goto(`${server.baseURL}/`);
    const team = page.getByRole("listitem").filter({ hasText: "Fraud Detection" });
    const resultsHref =
      (await team.getByRole("link", { name: /Latest results/ }).getAttribute("href")) ?? "/";
    const historyHref =
      (await team.getByRole("link", { name: "Fraud Detection", exact: true }).getAttribute("href")) ?? "/";
    const answeringPath =
      (await team.getByRole("link", { name: /Resume draft/ }).getAttribute("href")) ?? "/";
    const dashboardPage = await manager.newPage();
    await dashboardPage.goto(`${server.baseURL}/`);
    const dashboardHref =
      (await dashboardPage.getByRole("link", { name: "Dashboard" }).first().getAttribute("href")) ?? "/";
    await dashboardPage.goto(`${server.baseURL}${dashboardHref}`);
    // The first three teams with a submitted assessment, compared.
    const compared = await dashboardPage
      .locator('input[name="team"]:not([disabled])')
      .evaluateAll((boxes) => boxes.slice(0, 3).map((b) => (b as HTMLInputElement).value));
    const compareHref = `${dashboardHref.replace(/\/dashboard$/, "/compare")}?${compared.map((t) => `team=${t}`).join("&")}`;
    const organisationHref = dashboardHref.replace(/\/dashboard$/, "");
    const pages: [string, BrowserContext, string][] = [
      ["sign-in", anonymous, "/sign-in"],
      ["home", lead, "/"],
      ["answering", lead, answeringPath],
      ["results", lead, resultsHref],
      ["team", lead, historyHref],
      ["dashboard", manager, dashboardHref],
      ["compare", manager, compareHref],
      ["organisation", admin, organisationHref],
      ["settings", lead, "/settings"],
    ];
    const rows: Record<string, string | number>[] = [];
    for (const [name, context, url] of pages) {
      const fresh = await context.newPage();
      await fresh.setViewportSize({ width: 1280, height: 800 });
      const scripts: Promise<{ path: string; body: Buffer }>[] = [];
      fresh.on("response", (response) => {
        if (response.request().resourceType() === "script")
          scripts.push(
            response
              .body()
              .catch(() => Buffer.alloc(0))
              .then((body) => ({ path: new URL(response.url()).pathname, body })),
          );
      });
      const response = await fresh.goto(`${server.baseURL}${url}`, { waitUntil: "networkidle" });
      if (!response?.ok() || new URL(fresh.url()).pathname !== url.split("?")[0])
        throw new Error(`${name}: ${url} answered ${response?.status()} at ${fresh.url()}`);
      // The scripts the page's HTML names: what the browser must run before the page responds.
      const html = await response.text();
      const named = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]));
      const atTop = await Promise.all(scripts.slice());
      // Scroll to the end in steps, so that every chart comes into view, then wait for its code.
      await fresh.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      await fresh.waitForLoadState("networkidle");
      await fresh.waitForTimeout(300);
      const all = await Promise.all(scripts);
      const first = atTop.filter((s) => named.has(s.path));
      const inView = atTop.filter((s) => !named.has(s.path));
      const onScroll = all.slice(atTop.length);
      const kB = (list: { body: Buffer }[]) => list.reduce((n, s) => n + s.body.length, 0) / 1024;
      const gzipKB = (list: { body: Buffer }[]) =>
        list.reduce((n, s) => n + gzipSync(s.body).length, 0) / 1024;
      const firstKB = gzipKB(first);
      rows.push({
        page: name,
        scripts: first.length,
        "first load kB": kB(first).toFixed(0),
        "first load kB gzipped": firstKB.toFixed(0),
        [`≤ ${FIRST_LOAD_GOAL_KB} kB`]: firstKB <= FIRST_LOAD_GOAL_KB ? "yes" : "no",
        "chart code in first load": first.some((s) => s.body.includes("recharts")) ? "yes" : "no",
        "then, charts in the first screen kB gzipped": gzipKB(inView).toFixed(0),
        "then, on scrolling kB gzipped": gzipKB(onScroll).toFixed(0),
      });
      await fresh.close();
    }
    return rows;
  } finally {
    await browser.close();
    await server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A port nobody listens on now, so that the bench does not collide with a running app or test. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function signedInContext(browser: Browser, baseURL: string, email: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const response = await context.request.post(`${baseURL}/api/auth/sign-in/email`, {
    data: { email, password: "northwind-demo" },
    headers: { origin: baseURL },
  });
  if (!response.ok()) throw new Error(`sign-in of ${email} failed: ${response.status()}`);
  return context;
}
