import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findingsDocumentSchema } from "@/domain/evidence/findings";
import { buildScanner } from "@/evidence/bundle";
import { loadScanContent } from "@/evidence/content";
import { scanFolders } from "@/evidence/scan";
import { maturePlatform, notebooksOnly, SECRET } from "../support/archetypes";
import type { GitRepo } from "../support/git-repo";

/**
 * The one-file scanner as a team runs it in CI: built by npm run build:scanner, copied to a folder
 * with no node_modules anywhere above it, run with plain node on a real repository, and posting
 * its findings to a stand-in for the app.
 */
const NOW = new Date();
let folder: string;
let scanner: string;
let mature: GitRepo;
let notebooks: GitRepo;
let server: http.Server;
let base: string;
const received: { url?: string; authorization?: string; body: string }[] = [];

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [scanner, ...args],
      // A token in the environment of whoever runs the tests must not reach the scanner.
      {
        cwd: folder,
        env: { ...process.env, MATURITY_TOKEN: "", ...env },
        maxBuffer: 32 * 1024 * 1024,
        encoding: "utf8",
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "scanner-bundle-"));
  const built = await buildScanner(path.join(folder, "build", "scanner.mjs"));
  scanner = path.join(folder, "scan.mjs");
  fs.copyFileSync(built.outfile, scanner);
  mature = maturePlatform(NOW);
  notebooks = notebooksOnly(NOW);
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ url: req.url, authorization: req.headers.authorization, body });
      res.writeHead(202, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  mature.remove();
  notebooks.remove();
  fs.rmSync(folder, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("the one-file scanner", () => {
  it("is one ES module with the questionnaire and rules built in, and no node_modules within reach", () => {
    const text = fs.readFileSync(scanner, "utf8");
    expect(text.startsWith("#!/usr/bin/env node")).toBe(true);
    expect(text).toContain("data-personal-paths");
    expect(text).not.toMatch(/from\s*["'](zod|yaml|smol-toml)["']/);
    let dir = folder;
    while (dir !== path.dirname(dir)) {
      expect(fs.existsSync(path.join(dir, "node_modules")), dir).toBe(false);
      dir = path.dirname(dir);
    }
  });

  it("prints the same findings as the scanner in the project, as a valid findings document", async () => {
    const { code, stdout } = await run([mature.dir, "--json"]);
    expect(code).toBe(0);
    const document = findingsDocumentSchema.parse(JSON.parse(stdout));
    const inProject = await scanFolders([mature.dir], loadScanContent(), {
      now: new Date(document.scannedAt),
    });
    expect(document.findings).toEqual(inProject.findings);
    expect(document.suggestions).toEqual(inProject.suggestions);
  });

  it("prints a summary per object with the questions' words, where the evidence is and what it suggests", async () => {
    const { code, stdout } = await run([notebooks.dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^DATA$/m);
    expect(stdout).toMatch(/^MODEL$/m);
    expect(stdout).toMatch(/^CODE$/m);
    expect(stdout).toContain(
      "Which automatic checks block a pull request to production ML code when they fail? [code-ci-checks]",
    );
    expect(stdout).toContain('Suggests: "None run automatically." (high confidence)');
    expect(stdout).toContain("explore.ipynb (cell 3, line 1)");
    expect(stdout).not.toContain(SECRET);
  });

  it("posts { findings } to the team with the token from --token or MATURITY_TOKEN, and no file contents", async () => {
    const first = await run([
      notebooks.dir,
      "--json",
      "--post",
      `${base}/teams/a42`,
      "--token",
      "mm_abc.def",
    ]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/sent \d+ findings to the team \(202\)/);
    const second = await run([notebooks.dir, "--post", `${base}/teams/a42/history`], {
      MATURITY_TOKEN: "mm_from_env",
    });
    expect(second.code).toBe(0);
    const [a, b] = received.slice(-2);
    expect(a?.url).toBe("/api/v1/teams/a42/evidence");
    expect(a?.authorization).toBe("Bearer mm_abc.def");
    expect(b?.authorization).toBe("Bearer mm_from_env");
    const body = JSON.parse(a?.body ?? "{}") as { findings: unknown };
    expect(findingsDocumentSchema.parse(body.findings).findings.length).toBeGreaterThan(5);
    for (const request of [a, b]) {
      expect(request?.body).not.toContain(SECRET);
      expect(request?.body).not.toContain("joblib.dump");
    }
  });

  it("refuses with a clear line: no folder, no token, a folder that does not exist", async () => {
    expect(await run([])).toMatchObject({ code: 1, stderr: expect.stringMatching(/usage: scan <folder>/) });
    expect(await run([notebooks.dir, "--post", `${base}/teams/a42`])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--post needs a token/),
    });
    expect(await run([path.join(folder, "missing")])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/not a folder/),
    });
    expect(await run([notebooks.dir, "--post", "http://example.com/teams/a", "--token", "t"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/https/),
    });
  });
});
