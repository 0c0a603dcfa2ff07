import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/env";
import type { Database } from "@/server/db/database";

/**
 * Checks run before the server starts, each turning a misconfiguration into one line that says
 * what is wrong and how to fix it.
 */
export class StartupError extends Error {
  override name = "StartupError";
}

export async function assertPortFree(port: number, host = "0.0.0.0"): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === "EADDRINUSE"
            ? `port ${port} is already in use: stop the program using it, or start on another port with PORT=${port + 1}`
            : `cannot listen on port ${port} (${error.code ?? error.message}): choose another port with PORT=…`,
        ),
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

export async function assertDataDirWritable(dataDir: string): Promise<void> {
  const probe = path.join(dataDir, `.write-check-${process.pid}`);
  try {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(probe, "");
    await fs.rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new StartupError(
      `the data folder ${dataDir} is not writable (${code}): choose a folder you can write to with DATA_DIR=…, or fix its permissions`,
    );
  }
}

/** Opens one connection to prove the server is reachable and accepts the credentials. */
export async function assertDatabaseReachable(database: Database): Promise<void> {
  try {
    await database.withSession((session) => session.query("SELECT 1"));
  } catch (error) {
    throw new StartupError(describeConnectionError(database.target, error));
  }
}

export function describeConnectionError(target: DatabaseTarget, error: unknown): string {
  if (target.kind === "pglite") {
    return `the embedded database in ${target.dataDir} cannot be opened (${errorText(error)}): if another copy of the app is running on it, stop that one; otherwise move the folder aside to start afresh`;
  }
  const url = new URL(target.url);
  const where = `${url.hostname}:${url.port || "5432"}`;
  const database = decodeURIComponent(url.pathname.slice(1)) || "(default)";
  const user = decodeURIComponent(url.username) || "(default user)";
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ECONNREFUSED":
      return `cannot reach the database server at ${where} (connection refused): start Postgres there, or correct DATABASE_URL`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot resolve the database host ${url.hostname}: correct the host name in DATABASE_URL`;
    case "ETIMEDOUT":
      return `the database server at ${where} did not answer in time: check that it runs and that no firewall blocks it`;
    case "28P01":
    case "28000":
      return `the database server at ${where} refused user ${user} (wrong user name or password): correct the credentials in DATABASE_URL`;
    case "3D000":
      return `the database "${database}" does not exist on ${where}: create it (createdb ${database}) or correct DATABASE_URL`;
    default:
      if (/timeout/i.test(errorText(error))) {
        return `the database server at ${where} did not answer in time: check that it runs and that no firewall blocks it`;
      }
      return `cannot use the database at ${where} (${errorText(error)}): check DATABASE_URL`;
  }
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  return error instanceof Error ? error.message.split("\n")[0] || error.name : String(error);
}
