import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
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
    const page = await browser.newPage();
    await page.goto(`${server.baseURL}/`);
    const resultsHref = await page.getByRole("link", { name: /Latest results/ }).first().getAttribute("href");
    await page.getByRole("button", { name: /Start assessment/ }).first().click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]+$/);
    const answeringPath = new URL(page.url()).pathname;
    const rows: Record<string, string | number>[] = [];
    for (const [name, url] of [["home", "/"], ["answering", answeringPath], ["results", resultsHref ?? "/"]] as const) {
      const fresh = await browser.newPage();
      const bodies: Promise<Buffer>[] = [];
      fresh.on("response", (response) => {
        if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => Buffer.alloc(0)));
      });
      await fresh.goto(`${server.baseURL}${url}`, { waitUntil: "networkidle" });
      const scripts = await Promise.all(bodies);
      const raw = scripts.reduce((n, b) => n + b.length, 0);
      const gzip = scripts.reduce((n, b) => n + gzipSync(b).length, 0);
      rows.push({ page: name, scripts: scripts.length, "JS kB": (raw / 1024).toFixed(0), "JS kB gzipped": (gzip / 1024).toFixed(0) });
      await fresh.close();
    }
    return rows;
  } finally {
    await browser.close();
    await server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
