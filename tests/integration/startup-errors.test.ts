import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresServerUrl } from "./support/databases";

/** Bad configuration stops `npm start` with exit code 1 and one line that names the fix. */

function start(env: Record<string, string>): { code: number | null; stderr: string; stdout: string } {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", "./src/cli/outside-next.mjs", "src/cli/start.ts"],
    {
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH ?? "",
        HOME: os.tmpdir(),
        DATA_DIR: freshDir(),
        PORT: "3999",
        ...env,
      },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

function freshDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "mlops-start-"));
}

function expectOneClearLine(result: ReturnType<typeof start>, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stderr.split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(/^Cannot start: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
}

describe("start-up with bad configuration", () => {
  let blocker: net.Server;
  let blockedPort = 0;
  beforeAll(async () => {
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", resolve));
    blockedPort = (blocker.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it("names a port that is in use and how to choose another", () => {
    expectOneClearLine(
      start({ PORT: String(blockedPort) }),
      new RegExp(`port ${blockedPort} is already in use: .*PORT=`),
    );
  });

  it("rejects a port that is not a number", () => {
    expectOneClearLine(start({ PORT: "eighty" }), /PORT must be a number/);
  });

  it("names a data folder it cannot write to", () => {
    const file = path.join(freshDir(), "a-file");
    fs.writeFileSync(file, "");
    expectOneClearLine(
      start({ DATA_DIR: path.join(file, "data") }),
      /data folder .* is not writable .*DATA_DIR=/,
    );
  });

  it("names the file, the place in it and the problem when a questionnaire file is invalid", () => {
    const root = freshDir();
    fs.cpSync("tests/fixtures/questionnaires", root, { recursive: true });
    const codeFile = path.join(root, "tiny", "v1", "code.yaml");
    fs.writeFileSync(
      codeFile,
      fs.readFileSync(codeFile, "utf8").replace("capability: tests", "capability: testz"),
    );
    const result = start({ QUESTIONNAIRES_DIR: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Cannot start: .*tiny\/v1\/code\.yaml: questions\[1\]\.capability: unknown capability "testz"/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a DATABASE_URL that is not a Postgres URL", () => {
    expectOneClearLine(
      start({ DATABASE_URL: "mysql://root@localhost/app" }),
      /DATABASE_URL must start with postgresql:\/\//,
    );
  });

  it("names an unreachable database server", () => {
    expectOneClearLine(
      start({ DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/app" }),
      /cannot reach the database server at 127\.0\.0\.1:1 \(connection refused\): start Postgres there, or correct DATABASE_URL/,
    );
  });

  describe.runIf(postgresServerUrl)("against the Postgres server of TEST_DATABASE_URL", () => {
    const server = new URL(postgresServerUrl ?? "postgresql://localhost");

    it("names wrong credentials", () => {
      const url = new URL(server);
      url.username = "no_such_user_here";
      url.password = "wrong";
      expectOneClearLine(
        start({ DATABASE_URL: url.toString() }),
        /refused user no_such_user_here .*correct the credentials in DATABASE_URL/,
      );
    });

    it("names a database that does not exist", () => {
      const url = new URL(server);
      url.pathname = "/no_such_database_here";
      expectOneClearLine(
        start({ DATABASE_URL: url.toString() }),
        /database "no_such_database_here" does not exist .*createdb/,
      );
    });
  });
});
