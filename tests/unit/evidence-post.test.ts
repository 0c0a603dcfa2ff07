import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findingsDocumentSchema, type FindingsDocument } from "@/domain/evidence/findings";
import { loadScanContent } from "@/evidence/content";
import { evidenceEndpoint, PostError, postFindings } from "@/evidence/post";
import { scanFolders } from "@/evidence/scan";
import { SECRET } from "../support/archetypes";
import { ADA, GitRepo } from "../support/git-repo";

/** What leaves the machine: the findings, to POST /api/v1/teams/{id}/evidence, with the token as a bearer token and nothing else. */

describe("the evidence address, from the team's address in the app", () => {
  it.each([
    [
      "https://maturity.example.com/teams/abc123",
      "https://maturity.example.com/api/v1/teams/abc123/evidence",
    ],
    [
      "https://maturity.example.com/teams/abc123/",
      "https://maturity.example.com/api/v1/teams/abc123/evidence",
    ],
    [
      "https://maturity.example.com/teams/abc123/results?tab=plan#risks",
      "https://maturity.example.com/api/v1/teams/abc123/evidence",
    ],
    [
      "https://example.com/tools/maturity/teams/a_b-9",
      "https://example.com/tools/maturity/api/v1/teams/a_b-9/evidence",
    ],
    ["http://localhost:3000/teams/x1", "http://localhost:3000/api/v1/teams/x1/evidence"],
    ["http://127.0.0.1:3000/teams/x1", "http://127.0.0.1:3000/api/v1/teams/x1/evidence"],
  ])("%s → %s", (input, expected) => {
    expect(evidenceEndpoint(input).href).toBe(expected);
  });

  it.each([
    ["http://maturity.example.com/teams/abc", /https/],
    ["ftp://maturity.example.com/teams/abc", /https/],
    ["https://user:pw@maturity.example.com/teams/abc", /user name or password/],
    ["https://maturity.example.com/assessments/abc", /not a team address/],
    ["maturity.example.com/teams/abc", /not an address/],
  ])("refuses %s", (input, message) => {
    expect(() => evidenceEndpoint(input)).toThrow(PostError);
    expect(() => evidenceEndpoint(input)).toThrow(message);
  });
});

describe("posting findings", () => {
  const NOW = new Date("2026-11-28T12:00:00Z");
  const received: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  let server: http.Server;
  let base: string;
  let repo: GitRepo;
  let document: FindingsDocument;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      req.on("end", () => {
        received.push({ method: req.method, url: req.url, headers: req.headers, body });
        const refused = req.url?.includes("/refuse/");
        res.writeHead(refused ? 403 : 202, { "content-type": "application/json" });
        res.end(
          JSON.stringify(
            refused ? { message: "this token may not write evidence\u0007 for this team" } : { ok: true },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    repo = GitRepo.create("post", NOW).commit(ADA, 1, "Training", {
      "train.py": `import mlflow\nPASSWORD = "${SECRET}"\nwith mlflow.start_run():\n    mlflow.log_param("secret", "${SECRET}")\n`,
      "notes.ipynb": JSON.stringify({
        cells: [{ cell_type: "code", source: [`wandb.init(key="${SECRET}")\n`] }],
      }),
    });
    document = await scanFolders([repo.dir], loadScanContent(), { now: NOW });
  });

  afterAll(async () => {
    repo.remove();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("the scan found the files with the secret in them", () => {
    const paths = document.findings.flatMap((f) => f.locations.map((l) => l.path));
    expect(paths).toEqual(expect.arrayContaining(["train.py", "notes.ipynb"]));
  });

  it("sends { findings } with the bearer token, and no file contents", async () => {
    const result = await postFindings({
      teamUrl: `${base}/teams/a1`,
      token: "mm_test_token.123",
      document,
    });
    expect(result.status).toBe(202);
    const request = received.at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/api/v1/teams/a1/evidence");
    expect(request?.headers.authorization).toBe("Bearer mm_test_token.123");
    expect(request?.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(request?.body ?? "{}") as { findings: unknown };
    expect(Object.keys(body)).toEqual(["findings"]);
    expect(findingsDocumentSchema.parse(body.findings)).toEqual(document);
    expect(request?.body).not.toContain(SECRET);
    expect(request?.body).not.toContain("mlflow.start_run");
    expect(request?.body).not.toContain(ADA.email);
  });

  it("reports the server's refusal in one clean line", async () => {
    const result = await postFindings({
      teamUrl: `${base}/refuse/teams/a1`,
      token: "t",
      document,
    });
    expect(result).toEqual({ status: 403, message: "this token may not write evidence for this team" });
  });

  it("refuses a token with spaces or control characters before sending anything", async () => {
    const count = received.length;
    await expect(postFindings({ teamUrl: `${base}/teams/a1`, token: "two words", document })).rejects.toThrow(
      /token/,
    );
    expect(received).toHaveLength(count);
  });

  it("says so when the app cannot be reached", async () => {
    await expect(
      postFindings({
        teamUrl: "http://127.0.0.1:9/teams/a1",
        token: "t",
        document,
        timeoutMs: 2000,
      }),
    ).rejects.toThrow(/could not reach http:\/\/127\.0\.0\.1:9/);
  });
});
