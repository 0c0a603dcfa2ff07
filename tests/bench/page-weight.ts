import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { startAppServer } from "../support/app-server";

/**
 * First-load JavaScript of each page of a production build, as a browser downloads it:
 * uncompressed and gzipped. The answering page must stay light; chart code belongs to the
 * results page only.
 */
export async function benchPageWeight(): Promise<Record<string, string | number>[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-weight-"));
  const server = await startAppServer({ port: 3196, env: { DATA_DIR: dataDir } });
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    // The lead of Fraud Detection (which has a draft and results), the manager for the dashboard.
    const lead = await signedInContext(browser, server.baseURL, "lead@northwind.example");
    const manager = await signedInContext(browser, server.baseURL, "manager@northwind.example");
    const anonymous = await browser.newContext();
    const page = await lead.newPage();
    await page.goto(`${server.baseURL}/`);
    const team = page.getByRole("listitem").filter({ hasText: "Fraud Detection" });
    const resultsHref =
      (await team.getByRole("link", { name: /Latest results/ }).getAttribute("href")) ?? "/";
    const historyHref = (await team.getByRole("link", { name: /History/ }).getAttribute("href")) ?? "/";
    await team.getByRole("button", { name: /Resume draft/ }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
    const answeringPath = new URL(page.url()).pathname;
    const dashboardPage = await manager.newPage();
    await dashboardPage.goto(`${server.baseURL}/`);
    const dashboardHref =
      (await dashboardPage.getByRole("link", { name: "Dashboard" }).first().getAttribute("href")) ?? "/";
    const pages: [string, BrowserContext, string][] = [
      ["sign-in", anonymous, "/sign-in"],
      ["home", lead, "/"],
      ["answering", lead, answeringPath],
      ["results", lead, resultsHref],
      ["team history", lead, historyHref],
      ["dashboard", manager, dashboardHref],
    ];
    const rows: Record<string, string | number>[] = [];
    for (const [name, context, url] of pages) {
      const fresh = await context.newPage();
      const bodies: Promise<Buffer>[] = [];
      fresh.on("response", (response) => {
        if (response.request().resourceType() === "script")
          bodies.push(response.body().catch(() => Buffer.alloc(0)));
      });
      await fresh.goto(`${server.baseURL}${url}`, { waitUntil: "networkidle" });
      const scripts = await Promise.all(bodies);
      const raw = scripts.reduce((n, b) => n + b.length, 0);
      const gzip = scripts.reduce((n, b) => n + gzipSync(b).length, 0);
      rows.push({
        page: name,
        scripts: scripts.length,
        "JS kB": (raw / 1024).toFixed(0),
        "JS kB gzipped": (gzip / 1024).toFixed(0),
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

async function signedInContext(browser: Browser, baseURL: string, email: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const response = await context.request.post(`${baseURL}/api/auth/sign-in/email`, {
    data: { email, password: "northwind-demo" },
    headers: { origin: baseURL },
  });
  if (!response.ok()) throw new Error(`sign-in of ${email} failed: ${response.status()}`);
  return context;
}
